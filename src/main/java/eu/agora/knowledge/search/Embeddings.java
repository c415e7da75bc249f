package eu.agora.knowledge.search;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import org.springframework.stereotype.Component;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), which ships inside a Maven
 * artifact and runs in process on the ONNX runtime ({@link MiniLmSession}): nothing is
 * downloaded at run time. Vectors have 384 dimensions and unit length, so their dot
 * product is the cosine similarity.
 */
@Component
public class Embeddings {

	public static final String MODEL = "all-minilm-l6-v2-q";

	static final int DIMENSIONS = 384;

	/** The calls into the model's native runtime, which the JVM's exit waits for. */
	private static final NativeCalls NATIVE = NativeCalls.awaitedAtExit();

	public float[] embed(String text) {
		return Vectors.unit(NATIVE.call(() -> Model.INSTANCE.embed(text)).content().vector());
	}

	public List<float[]> embedAll(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
		return NATIVE.call(() -> Model.INSTANCE.embedAll(segments))
			.content()
			.stream()
			.map((embedding) -> Vectors.unit(embedding.vector()))
			.toList();
	}

	/** The text a passage is embedded from: its nearest heading, then its text. */
	public static String textOf(List<String> sectionPath, String text) {
		return sectionPath.isEmpty() ? text : sectionPath.get(sectionPath.size() - 1) + "\n" + text;
	}

	/**
	 * One model per JVM, loaded on first use (about a second): it is immutable and
	 * thread-safe, and test contexts share it.
	 */
	private static final class Model {

		static final EmbeddingModel INSTANCE = MiniLmSession.load();

	}

}
