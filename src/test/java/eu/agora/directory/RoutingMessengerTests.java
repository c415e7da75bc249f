package eu.agora.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformMessenger;
import eu.agora.conversation.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingMessengerTests {

	private final Recording slack = new Recording(Platform.SLACK);

	private final Recording discord = new Recording(Platform.DISCORD);

	private final Map<String, Person> people = Map.of("P-1", person("P-1", "slack:U1", "discord:11"), "P-2",
			person("P-2", "discord:22"), "P-3", person("P-3", "shell:ola"));

	private final Reply hello = Reply.text("Your panel starts in 15 minutes.");

	@Test
	void aPersonIsReachedOnTheirPreferredRunningPlatform() {
		messenger(slack, discord).send(new Address.Person("P-1"), hello);
		messenger(discord).send(new Address.Person("P-1"), hello);

		assertThat(slack.sent).containsExactly("user U1");
		assertThat(discord.sent).containsExactly("user 11");
	}

	@Test
	void aGroupGoesToAPlatformWhereEveryMemberHasAnAccount() {
		messenger(slack, discord).send(new Address.Group(List.of("P-1", "P-2")), hello);

		assertThat(slack.sent).isEmpty();
		assertThat(discord.sent).containsExactly("group [11, 22]");
	}

	@Test
	void aChannelGoesToItsPlatform() {
		messenger(slack, discord).send(new Address.Channel(Platform.SLACK, "C42"), hello);

		assertThat(slack.sent).containsExactly("channel C42");
	}

	@Test
	void anUnreachableAddressIsReportedNotDropped() {
		Messenger messenger = messenger(slack);

		assertThatThrownBy(() -> messenger.send(new Address.Person("P-3"), hello))
			.isInstanceOf(Messenger.UndeliverableException.class)
			.hasMessageContaining("P-3");
		assertThatThrownBy(() -> messenger.send(new Address.Channel(Platform.DISCORD, "9"), hello))
			.isInstanceOf(Messenger.UndeliverableException.class);
	}

	private RoutingMessenger messenger(PlatformMessenger... adapters) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		for (PlatformMessenger adapter : adapters) {
			beans.addBean(adapter.platform().id(), adapter);
		}
		return new RoutingMessenger(beans.getBeanProvider(PlatformMessenger.class), new People() {
			@Override
			public Optional<Person> byId(String personId) {
				return Optional.ofNullable(people.get(personId));
			}

			@Override
			public List<Person> officersOf(String cityKey) {
				return List.of();
			}

			@Override
			public List<Person> coordinatorsOf(City city) {
				return List.of();
			}

			@Override
			public Person resolve(String reference, Platform platform) {
				throw new UnsupportedOperationException();
			}
		});
	}

	private static Person person(String id, String... identities) {
		return new Person(id, id, List.of(identities), null, null, Set.of(), Instant.EPOCH);
	}

	private static final class Recording implements PlatformMessenger {

		private final Platform platform;

		private final List<String> sent = new ArrayList<>();

		Recording(Platform platform) {
			this.platform = platform;
		}

		@Override
		public Platform platform() {
			return platform;
		}

		@Override
		public void toChannel(String channelId, Reply message) {
			sent.add("channel " + channelId);
		}

		@Override
		public void toUser(String userId, Reply message) {
			sent.add("user " + userId);
		}

		@Override
		public void toGroup(List<String> userIds, Reply message) {
			sent.add("group " + userIds);
		}

	}

}
