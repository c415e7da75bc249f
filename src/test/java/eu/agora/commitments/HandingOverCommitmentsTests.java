package eu.agora.commitments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import eu.agora.MutableClock;
import eu.agora.conversation.Address;
import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Options;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.Sender;
import eu.agora.conversation.UserError;

import static eu.agora.commitments.CommitmentTestData.aCommitment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code /commit handover} and {@code /city change-administration}, without Spring. */
class HandingOverCommitmentsTests {

	private final InMemoryCityDirectory cities = new InMemoryCityDirectory();

	private final InMemoryPeople people = new InMemoryPeople().officer("P-1", "Ola", "lodz")
		.officer("P-2", "Jan", "lodz")
		.officer("P-3", "Piotr", "krakow");

	private final List<Address> told = new ArrayList<>();

	private final Messenger messenger = (to, message) -> told.add(to);

	private final AtomicLong numbers = new AtomicLong();

	private final Ledger ledger = new Ledger(new InMemoryCommitments(), new InMemoryCommitmentEvents(),
			(name) -> numbers.incrementAndGet(), new MutableClock(Instant.parse("2026-02-01T10:00:00Z")));

	private final CommitmentAccess access = new CommitmentAccess(cities);

	private final HandingOverCommitments handingOver = new HandingOverCommitments(ledger,
			new UpdatingCommitments(ledger), cities, people, messenger);

	private final Caller ola = new Caller("P-1", "Ola", Set.of(new RoleGrant(Role.OFFICER, "city:lodz")), "lodz", null);

	@Test
	void givenAnOfficerOfTheCity_whenOneCommitmentIsHandedOver_thenTheyBecomeItsContactAndAreTold() {
		Commitment solar = create(aCommitment().forLodz().titled("Solar roofs"));

		String reply = PlainText.render(handingOver.handover(call(ola, Map.of("id", "c-1", "to", "Jan"))));

		assertThat(reply).isEqualTo("Handed C-1 over to Jan. They have been told.");
		assertThat(ledger.byId(solar.id()).orElseThrow().contactPersonId()).isEqualTo("P-2");
		assertThat(ledger.history(solar.id())).extracting(CommitmentEvent::type)
			.containsExactly("created", "handed-over");
		assertThat(told).containsExactly(new Address.Person("P-2"));
	}

	@Test
	void givenAPersonOfAnotherCity_whenHandingOver_thenNothingIsHandedOver() {
		Commitment solar = create(aCommitment().forLodz());

		assertThatThrownBy(() -> handingOver.handover(call(ola, Map.of("id", "C-1", "to", "Piotr"))))
			.isInstanceOf(UserError.class)
			.hasMessage("Piotr is not an officer of Lodz; nothing was handed over.");
		assertThat(ledger.history(solar.id())).hasSize(1);
		assertThat(told).isEmpty();
	}

	@Test
	void givenACity_whenHandingOver_thenItsOpenCommitmentsMoveAndClosedOnesKeepTheirContact() {
		create(aCommitment().forLodz().titled("Solar roofs"));
		create(aCommitment().forLodz().titled("Bike lanes"));
		create(aCommitment().forLodz().titled("Old plan").withStatus(Status.ACHIEVED));

		String reply = PlainText.render(handingOver.handover(call(ola, Map.of("city", "Lodz", "to", "Jan"))));

		assertThat(reply).startsWith("Handed C-1, C-2 over to Jan.");
		assertThat(ledger.all()).extracting(Commitment::contactPersonId).containsExactly("P-2", "P-2", "P-1");
	}

	@Test
	void givenBothAnIdAndACity_thenTheCallerIsAskedToNameOne() {
		assertThatThrownBy(() -> handingOver.handover(call(ola, Map.of("id", "C-1", "city", "Lodz", "to", "Jan"))))
			.hasMessage("Name either one commitment or a city.");
	}

	@Test
	void givenAChangeOfAdministration_thenOpenCommitmentsAwaitReaffirmationAndEveryOfficerGetsThePack() {
		create(aCommitment().forLodz().titled("Solar roofs"));
		create(aCommitment().forLodz().titled("Bike lanes").awaitingReaffirmation());
		create(aCommitment().forLodz().titled("Old plan").withStatus(Status.DROPPED));
		Caller coordinator = new Caller("P-7", "Eva", Set.of(new RoleGrant(Role.COORDINATOR, "country:PL")), null,
				null);

		String reply = PlainText.render(handingOver.changeAdministration(call(coordinator, Map.of("city", "Lodz"))));

		assertThat(reply).contains("1 open commitment now awaits re-affirmation")
			.contains("handover pack sent to 2 of 2 officers");
		assertThat(ledger.openOf("lodz")).allMatch(Commitment::awaitingReaffirmation);
		assertThat(ledger.history("C-1")).extracting(CommitmentEvent::type).endsWith("reaffirmation-requested");
		assertThat(told).containsExactly(new Address.Person("P-1"), new Address.Person("P-2"));
	}

	@Test
	void givenAnOfficerOfTheCity_whenTheyRecordAChangeOfAdministration_thenTheRuleRefusesThem() {
		create(aCommitment().forLodz());

		assertThat(access.moderatorsAndCoordinatorsOfCity().check().refusal(call(ola, Map.of("city", "Lodz"))))
			.hasValueSatisfying((refusal) -> assertThat(refusal)
				.hasMessageStartingWith("Only moderators, admins and coordinators of Lodz"));
	}

	@Test
	void givenAnOfficerOfAnotherCity_whenTheyHandOverACitysCommitments_thenTheRuleRefusesThem() {
		create(aCommitment().forLodz().titled("Solar roofs"));
		Caller lars = new Caller("P-5", "Lars", Set.of(new RoleGrant(Role.OFFICER, "city:malmo")), "malmo", null);
		CommandCall byLars = call(lars, Map.of("city", "Lodz", "to", "Jan"));

		assertThat(access.changersOfAll(handingOver::chosen).check().refusal(byLars)).isPresent();
		assertThat(access.changersOfAll(handingOver::chosen).check().refusal(call(ola, Map.of("city", "Lodz"))))
			.isEmpty();
	}

	private Commitment create(CommitmentTestData commitment) {
		return ledger.create(commitment.build(), ola, null);
	}

	private static CommandCall call(Caller caller, Map<String, ?> options) {
		Inbound inbound = Inbound.direct(new Sender(Platform.SHELL, caller.displayName(), caller.displayName()),
				new Input.CommandText("/commit handover"));
		return new CommandCall(caller, inbound, new Options(options));
	}

}
