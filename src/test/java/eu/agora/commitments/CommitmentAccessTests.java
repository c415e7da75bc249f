package eu.agora.commitments;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Options;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.Sender;
import eu.agora.conversation.UserError;

import static eu.agora.commitments.CommitmentTestData.aCommitment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may read and change which commitment. */
class CommitmentAccessTests {

	private final CommitmentAccess access = new CommitmentAccess(new InMemoryCityDirectory());

	private final Commitment lodzCommitment = aCommitment().forLodz().build();

	private final Commitment partnerCommitmentInKrakow = aCommitment().inCity("krakow").withPartner("veolia").build();

	@Test
	void anOfficerChangesTheirOwnCitysCommitmentsButNotAnotherCitys() {
		Caller officer = caller(new RoleGrant(Role.OFFICER, "city:lodz"), "lodz", null);

		assertThat(access.mayChange(officer, "lodz", null)).isTrue();
		assertThat(access.mayChange(officer, "krakow", null)).isFalse();
		assertThat(access.mayRead(officer, partnerCommitmentInKrakow)).isFalse();
	}

	@Test
	void aPartnersRepresentativeChangesTheirOrganisationsCommitmentInAnyCity() {
		Caller partner = caller(new RoleGrant(Role.PARTNER, "org:veolia"), null, "veolia");

		assertThat(access.mayChange(partner, "krakow", "veolia")).isTrue();
		assertThat(access.mayChange(partner, "krakow", "other-org")).isFalse();
		assertThat(access.mayRead(partner, lodzCommitment)).isFalse();
	}

	@Test
	void aCoordinatorReadsTheCitiesOfTheirCountryButChangesNone() {
		Caller polish = caller(new RoleGrant(Role.COORDINATOR, "country:PL"), null, null);
		Caller french = caller(new RoleGrant(Role.COORDINATOR, "country:FR"), null, null);

		assertThat(access.mayRead(polish, lodzCommitment)).isTrue();
		assertThat(access.mayChange(polish, "lodz", null)).isFalse();
		assertThat(access.mayRead(french, lodzCommitment)).isFalse();
	}

	@Test
	void aRegionalCoordinatorReadsOnlyTheirRegion() {
		Caller lodzkie = caller(new RoleGrant(Role.COORDINATOR, "region:PL/Łódzkie"), null, null);

		assertThat(access.mayRead(lodzkie, lodzCommitment)).isTrue();
		assertThat(access.mayRead(lodzkie, partnerCommitmentInKrakow)).isFalse();
	}

	@Test
	void anAdminReadsAndChangesEverything() {
		Caller admin = caller(RoleGrant.of(Role.ADMIN), null, null);

		assertThat(access.mayChange(admin, "krakow", "veolia")).isTrue();
		assertThat(access.mayRead(admin, lodzCommitment)).isTrue();
	}

	@Test
	void givenACommitmentOfAnotherCity_whenAChangeIsChecked_thenTheRefusalNamesThatCity() {
		Caller officer = caller(new RoleGrant(Role.OFFICER, "city:krakow"), "krakow", null);

		assertThatThrownBy(() -> access.checkChange(officer, "lodz", null)).isInstanceOf(UserError.class)
			.hasMessageContaining("Only Lodz's officers");
		assertThat(access.readersOf((call) -> lodzCommitment).check().refusal(call(officer)))
			.hasValueSatisfying((refusal) -> assertThat(refusal).hasMessageContaining("You can't see C-1"));
	}

	private static CommandCall call(Caller caller) {
		Inbound inbound = Inbound.direct(new Sender(Platform.SHELL, caller.displayName(), caller.displayName()),
				new Input.CommandText("/commit show C-1"));
		return new CommandCall(caller, inbound, new Options(Map.of()));
	}

	private static Caller caller(RoleGrant grant, String cityKey, String organisationId) {
		return new Caller("P-9", "Someone", Set.of(grant), cityKey, organisationId);
	}

}
