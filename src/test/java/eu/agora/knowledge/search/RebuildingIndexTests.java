package eu.agora.knowledge.search;

import java.time.Duration;

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

import static org.assertj.core.api.Assertions.assertThat;

@AgoraTest
class RebuildingIndexTests {

	@Autowired
	KnowledgeIndex index;

	@Autowired
	Conversation conversation;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	KnowledgeLoading loading;

	@Test
	void whileTheIndexIsRebuiltAskSaysSoAndStoresNothing() {
		// the start-up pass ends any rebuild mark: let it be over first
		assertThat(loading.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		long answers = mongo.getCollection("knowledge_answers").countDocuments();
		long gaps = mongo.getCollection("knowledge_gaps").countDocuments();
		index.rebuilding(12, 72);
		try {
			Reply reply = conversation.handle(Inbound.direct(new Sender(Platform.SHELL, "rita", "rita"),
					new Input.CommandText("/ask How does Turku heat homes?")));

			assertThat(reply.error()).isFalse();
			assertThat(PlainText.render(reply)).contains("being rebuilt")
				.contains("12 of 72 documents")
				.contains("Ask again in a few minutes");
		}
		finally {
			index.rebuilding(0, 0);
		}
		assertThat(mongo.getCollection("knowledge_answers").countDocuments()).isEqualTo(answers);
		assertThat(mongo.getCollection("knowledge_gaps").countDocuments()).isEqualTo(gaps);
	}

}
