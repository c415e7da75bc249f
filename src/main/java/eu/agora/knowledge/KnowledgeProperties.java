package eu.agora.knowledge;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code agora.knowledge.*}.
 *
 * @param maxFileSize the largest file Agora ingests
 * @param index where the search index lives: {@code disk}
 * ({@code <data-dir>/knowledge-index}, rebuilt from MongoDB when missing or corrupt),
 * {@code memory} (rebuilt at every start) or {@code auto} (default: memory when the
 * embedded store keeps its data in memory, as in tests, else disk)
 * @param starter whether the starter pages in {@code config/knowledge/} are ingested at
 * start (unchanged pages are skipped)
 * @param passagesPerAnswer how many passages an answer shows at first, and per "more"
 * @param minConfidence below this confidence Agora says it does not know
 * @param lexicalWeight how much a passage's BM25 rank counts in the fusion with its
 * embedding rank (which counts 1)
 * @param startWait how long a question asked while the knowledge base is still loading
 * after the start waits for it before it is told what is still loading
 */
@Validated
@ConfigurationProperties("agora.knowledge")
public record KnowledgeProperties(@DefaultValue("25MB") @NotNull DataSize maxFileSize,
		@DefaultValue("auto") @NotNull IndexLocation index, @DefaultValue("true") boolean starter,
		@DefaultValue("5") @Min(1) @Max(10) int passagesPerAnswer,
		@DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double minConfidence,
		@DefaultValue("3.0") @DecimalMin("0") @DecimalMax("10") double lexicalWeight,
		@DefaultValue("10s") @NotNull Duration startWait) {

	public enum IndexLocation {

		AUTO, DISK, MEMORY

	}

}
