package eu.agora.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import eu.agora.AgoraTest;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people update one commitment at once: every update either lands as its own event
 * or is refused with "retry" — and a retried update always lands. None is lost.
 */
@AgoraTest
class ConcurrentUpdatesTests {

	private static final int UPDATES = 24;

	@Autowired
	Conversation conversation;

	@Autowired
	MongoTemplate mongo;

	@Test
	void parallelUpdatesLoseNone() throws Exception {
		String ola = CommitmentsTests.unique("ola");
		say(ola, "/city register Lodz");
		say("shell-admin", "/city approve " + ola);
		String id = createdId(say(ola, "/commit add target:\"40 % by 2030\" title:\"Parallel " + ola
				+ "\" owner:\"Energy\" domain:energy deadline:2030-12-31"));
		AtomicInteger retries = new AtomicInteger();
		List<Callable<Boolean>> updates = new ArrayList<>();
		for (int i = 1; i <= UPDATES; i++) {
			String note = "update " + i;
			updates.add(() -> updateUntilSaved(ola, id, note, retries));
		}

		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			for (Future<Boolean> saved : pool.invokeAll(updates)) {
				assertThat(saved.get()).isTrue();
			}
		}

		List<CommitmentEvent> events = mongo.find(Query.query(Criteria.where("commitmentId").is(id)),
				CommitmentEvent.class, MongoCommitmentEvents.COLLECTION);
		assertThat(events).hasSize(UPDATES + 1);
		assertThat(events).extracting(CommitmentEvent::sequence).doesNotHaveDuplicates();
		assertThat(events).extracting(CommitmentEvent::note).filteredOn((note) -> note != null).hasSize(UPDATES);
		Commitment state = mongo.findById(id, Commitment.class, MongoCommitments.COLLECTION);
		assertThat(state.version()).isEqualTo(UPDATES + 1);
		assertThat(retries.get()).as("some updates met a concurrent one and were retried").isPositive();
	}

	private boolean updateUntilSaved(String user, String id, String note, AtomicInteger retries) {
		for (int attempt = 0; attempt < 200; attempt++) {
			Reply reply = say(user, "/commit update " + id + " note:\"" + note + "\"");
			if (!reply.error()) {
				return true;
			}
			assertThat(PlainText.render(reply)).contains("changed by someone else just now");
			retries.incrementAndGet();
		}
		return false;
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(CommitmentsTests.shell(user), new Input.CommandText(text)));
	}

	private static String createdId(Reply reply) {
		Matcher id = Pattern.compile("C-\\d+").matcher(PlainText.render(reply));
		assertThat(id.find()).as(PlainText.render(reply)).isTrue();
		return id.group();
	}

}
