package eu.agora.slack;

import java.time.Duration;
import java.time.Instant;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.agora.MutableClock;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Slack sender gets the name people see and their user groups, through real Bolt calls
 * to the fake Slack Web API; the groups are asked once per period for the whole
 * workspace, and only when a Slack group confers a role.
 */
class SlackPeopleTests {

	private final FakeSlack slack = new FakeSlack();

	private final MutableClock clock = new MutableClock(Instant.parse("2030-03-01T09:00:00Z"));

	@AfterEach
	void stop() {
		slack.close();
	}

	@Test
	void aSenderWithoutANameIsNamedAsSlackShowsThemAndAskedOnce() {
		slack.user("U1", "Ola Kowalska");
		SlackPeople people = people(false);

		Sender first = people.sender("U1", null);
		Sender again = people.sender("U1", "");

		assertThat(first.displayName()).isEqualTo("Ola Kowalska");
		assertThat(again.displayName()).isEqualTo("Ola Kowalska");
		assertThat(slack.calls((call) -> call.is("users.info"))).hasSize(1);
	}

	@Test
	void aNameInThePayloadIsKeptAndAnUnknownUserKeepsTheirId() {
		SlackPeople people = people(false);

		assertThat(people.sender("U2", "ola.k").displayName()).isEqualTo("ola.k");
		assertThat(people.sender("U404", null).displayName()).isEqualTo("U404");
		assertThat(slack.calls((call) -> call.is("users.info"))).hasSize(1);
	}

	@Test
	void userGroupsBecomePlatformRolesByIdAndHandleAndAreAskedOncePerPeriod() {
		slack.userGroup("S0614TZR7", "mission-moderators", "U1", "U3");
		SlackPeople people = people(true);

		Inbound completed = people
			.complete(Inbound.direct(new Sender(Platform.SLACK, "U1", "ola"), new Input.CommandText("/agora whoami")));
		people.groupsOf("U3");
		clock.advance(Duration.ofMinutes(6));
		people.groupsOf("U3");

		assertThat(completed.sender().platformRoles()).containsExactlyInAnyOrder("S0614TZR7", "mission-moderators");
		assertThat(completed.sender().displayName()).isEqualTo("ola");
		assertThat(people.groupsOf("U2")).isEmpty();
		assertThat(slack.calls((call) -> call.is("usergroups.list"))).hasSize(2);
	}

	@Test
	void withoutASlackGroupInThePlatformRolesNoGroupIsAsked() {
		slack.userGroup("S0614TZR7", "mission-moderators", "U1");

		assertThat(people(false).groupsOf("U1")).isEmpty();
		assertThat(slack.calls((call) -> call.is("usergroups.list"))).isEmpty();
	}

	private SlackPeople people(boolean groupsWanted) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(slack.apiUrl());
		return new SlackPeople(Slack.getInstance(config).methods(FakeSlack.BOT_TOKEN), groupsWanted, clock);
	}

}
