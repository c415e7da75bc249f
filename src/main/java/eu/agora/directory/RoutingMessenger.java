package eu.agora.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformMessenger;
import eu.agora.conversation.Reply;

/**
 * The {@link Messenger} features use: it finds, for each address, a running platform on
 * which the person (or everyone in a group) has an account, and hands the message to that
 * platform's adapter. Slack is preferred over Discord, and both over the shell.
 */
@Component
class RoutingMessenger implements Messenger {

	private static final List<Platform> PREFERENCE = List.of(Platform.SLACK, Platform.DISCORD, Platform.SHELL);

	private final ObjectProvider<PlatformMessenger> adapters;

	private final People people;

	RoutingMessenger(ObjectProvider<PlatformMessenger> adapters, People people) {
		this.adapters = adapters;
		this.people = people;
	}

	@Override
	public void send(Address to, Reply message) {
		Map<Platform, PlatformMessenger> platforms = new EnumMap<>(Platform.class);
		adapters.orderedStream().forEach((adapter) -> platforms.put(adapter.platform(), adapter));
		switch (to) {
			case Address.Channel channel -> Optional.ofNullable(platforms.get(channel.platform()))
				.orElseThrow(() -> new UndeliverableException(channel.platform().id() + " is not running"))
				.toChannel(channel.channelId(), message);
			case Address.Person person -> toPerson(platforms, person.personId(), message);
			case Address.Group group -> toGroup(platforms, group.personIds(), message);
		}
	}

	private void toPerson(Map<Platform, PlatformMessenger> platforms, String personId, Reply message) {
		Person person = people.byId(personId).orElseThrow(() -> new UndeliverableException("No person " + personId));
		for (Platform platform : PREFERENCE) {
			Optional<String> account = account(person, platform);
			if (account.isPresent() && platforms.containsKey(platform)) {
				platforms.get(platform).toUser(account.get(), message);
				return;
			}
		}
		throw new UndeliverableException(personId + " has no account on a running platform");
	}

	private void toGroup(Map<Platform, PlatformMessenger> platforms, List<String> personIds, Reply message) {
		List<Person> members = personIds.stream()
			.map((id) -> people.byId(id).orElseThrow(() -> new UndeliverableException("No person " + id)))
			.toList();
		for (Platform platform : PREFERENCE) {
			List<String> accounts = new ArrayList<>();
			members.forEach((member) -> account(member, platform).ifPresent(accounts::add));
			if (accounts.size() == members.size() && platforms.containsKey(platform)) {
				platforms.get(platform).toGroup(accounts, message);
				return;
			}
		}
		throw new UndeliverableException("No running platform has all of " + personIds);
	}

	private static Optional<String> account(Person person, Platform platform) {
		String prefix = platform.id() + ":";
		return person.identities()
			.stream()
			.filter((identity) -> identity.startsWith(prefix))
			.map((identity) -> identity.substring(prefix.length()))
			.findFirst();
	}

}
