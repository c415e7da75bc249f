package eu.agora.knowledge;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import eu.agora.AgoraTest;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;
import eu.agora.knowledge.search.KnowledgeLoading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base loads in the background after the start, so the prompt does not wait
 * for it; a question asked first waits for it and says so, or is told what is still
 * loading.
 */
@AgoraTest
class KnowledgeLoadingTests {

	@Autowired
	KnowledgeLoading loading;

	@Autowired
	Conversation conversation;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void theStartUpLoadingIsOver() {
		assertThat(loading.awaitLoaded(Duration.ofSeconds(60))).isTrue();
	}

	@Test
	void aQuestionAskedWhileTheKnowledgeLoadsWaitsForItAndSaysItWaited() throws InterruptedException {
		loading.begin("reading the starter pages");
		Thread ending = Thread.ofVirtual().start(() -> {
			try {
				Thread.sleep(700);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			loading.loaded();
		});

		String reply = PlainText.render(ask("How does Turku heat homes without coal?"));
		// no thread of this test may end another test's loading
		ending.join();

		assertThat(reply).contains("Agora was still loading its knowledge when you asked (reading the starter pages)")
			.containsPattern("this answer waited [0-9]+\\.[0-9] s for it");
		assertThat(loading.underWay()).isNull();
	}

	@Test
	void aQuestionAskedWhileTheKnowledgeTakesLongerThanTheWaitIsToldWhatIsLoadingAndNothingIsStored() {
		long answers = mongo.getCollection("knowledge_answers").countDocuments();
		long gaps = mongo.getCollection("knowledge_gaps").countDocuments();
		loading.begin("bringing the search index up to date");
		Reply reply;
		try {
			reply = ask("How does Turku heat homes without coal?");
		}
		finally {
			loading.loaded();
		}

		assertThat(reply.error()).isFalse();
		assertThat(PlainText.render(reply))
			.contains("Agora is still loading its knowledge (bringing the search index up to date)")
			.contains("Ask again in a minute; nothing was saved.");
		assertThat(mongo.getCollection("knowledge_answers").countDocuments()).isEqualTo(answers);
		assertThat(mongo.getCollection("knowledge_gaps").countDocuments()).isEqualTo(gaps);
	}

	private Reply ask(String question) {
		return conversation.handle(
				Inbound.direct(new Sender(Platform.SHELL, "rita", "rita"), new Input.CommandText("/ask " + question)));
	}

}
