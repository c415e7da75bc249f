package eu.agora.conversation;

import java.util.List;

/**
 * Where a proactive message goes.
 */
public sealed interface Address {

	/** A direct message to a person, on whichever platform they use. */
	record Person(String personId) implements Address {
	}

	/** A channel on one platform. */
	record Channel(Platform platform, String channelId) implements Address {
	}

	/** A private conversation with several people. */
	record Group(List<String> personIds) implements Address {

		public Group {
			personIds = List.copyOf(personIds);
		}

	}

}
