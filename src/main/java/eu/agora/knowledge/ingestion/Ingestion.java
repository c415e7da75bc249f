package eu.agora.knowledge.ingestion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.Domain;
import eu.agora.knowledge.KnowledgeProperties;
import eu.agora.knowledge.documents.DocumentParsers;
import eu.agora.knowledge.documents.ParsedDocument;
import eu.agora.knowledge.documents.PassageDraft;
import eu.agora.knowledge.documents.UnreadableDocumentException;
import eu.agora.knowledge.search.DocumentKind;
import eu.agora.knowledge.search.Embeddings;
import eu.agora.knowledge.search.KnowledgeDocument;
import eu.agora.knowledge.search.KnowledgeDocuments;
import eu.agora.knowledge.search.KnowledgeIndex;
import eu.agora.knowledge.search.LanguageAnalyzers;
import eu.agora.knowledge.search.Passage;
import eu.agora.knowledge.search.Vectors;

/**
 * Turns files and texts into stored, searchable documents: checks the size, skips what
 * has not changed, reads and splits it, tags its city and domains, embeds its passages,
 * then stores it (whole, see {@link KnowledgeDocuments#replace}) and indexes it. A file
 * that cannot be read is skipped with the reason; nothing of it is stored.
 */
@Component
public class Ingestion {

	private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

	private static final int EMBEDDING_BATCH = 32;

	private final KnowledgeDocuments documents;

	private final KnowledgeIndex index;

	private final Embeddings embeddings;

	private final DocumentParsers parsers;

	private final CityDirectory cities;

	private final KnowledgeProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Ingestion(KnowledgeDocuments documents, KnowledgeIndex index, Embeddings embeddings, CityDirectory cities,
			KnowledgeProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.documents = documents;
		this.index = index;
		this.embeddings = embeddings;
		this.parsers = new DocumentParsers();
		this.cities = cities;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Ingests a file's content under {@code source}, e.g. {@code file:plans/lodz.md}.
	 * @param fileName the file's name, whose extension says how to read it
	 * @param by who gave it, or {@code null}
	 */
	public IngestResult file(String source, String fileName, byte[] content, DocumentKind kind, @Nullable String by) {
		return file(source, fileName, content, kind, by, Progress.QUIET);
	}

	/**
	 * Ingests a file's content as
	 * {@link #file(String, String, byte[], DocumentKind, String)} does, telling
	 * {@code progress} once the file is read, before its passages are embedded (the part
	 * that takes seconds).
	 */
	public IngestResult file(String source, String fileName, byte[] content, DocumentKind kind, @Nullable String by,
			Progress progress) {
		if (content.length > maxFileSize()) {
			return tooLarge(fileName, content.length);
		}
		String sha = sha256(content);
		Optional<KnowledgeDocument> existing = documents.document(source);
		if (existing.isPresent() && sha.equals(existing.get().sha256())) {
			return new IngestResult.Unchanged(fileName, existing.get());
		}
		ParsedDocument parsed;
		try {
			parsed = parsers.parse(fileName, content);
		}
		catch (UnreadableDocumentException ex) {
			// an unreadable document always says why
			return new IngestResult.Skipped(fileName, Objects.requireNonNull(ex.getMessage()));
		}
		Optional<City> city = cityOf(parsed, fileName);
		List<String> domains = frontMatterDomains(parsed);
		progress.read(parsed.title(), parsed.passages().size());
		return store(source, fileName, parsed, kind, city.orElse(null), domains, sha, by, existing.isPresent());
	}

	/**
	 * Ingests Markdown text that Agora itself holds (a panel outcome, a verified answer);
	 * {@code cityKey} may be {@code null} for knowledge of every city.
	 */
	public IngestResult text(String source, String title, String markdown, DocumentKind kind, @Nullable String cityKey,
			List<String> domains, @Nullable String by) {
		byte[] content = markdown.getBytes(StandardCharsets.UTF_8);
		String sha = sha256(content);
		Optional<KnowledgeDocument> existing = documents.document(source);
		if (existing.isPresent() && sha.equals(existing.get().sha256())) {
			return new IngestResult.Unchanged(title, existing.get());
		}
		ParsedDocument parsed;
		try {
			parsed = parsers.parse(source.replace(':', '-') + ".md", content);
		}
		catch (UnreadableDocumentException ex) {
			// an unreadable document always says why
			return new IngestResult.Skipped(title, Objects.requireNonNull(ex.getMessage()));
		}
		ParsedDocument titled = new ParsedDocument(title, parsed.frontMatter(), parsed.language(), parsed.passages());
		City city = (cityKey != null) ? cities.byKey(cityKey).orElse(null) : null;
		return store(source, title, titled, kind, city, domains, sha, by, existing.isPresent());
	}

	private IngestResult store(String source, String name, ParsedDocument parsed, DocumentKind kind,
			@Nullable City city, List<String> documentDomains, String sha, @Nullable String by, boolean replacing) {
		String generation = UUID.randomUUID().toString();
		String language = LanguageAnalyzers.supported(parsed.language());
		List<PassageDraft> drafts = parsed.passages();
		List<float[]> vectors = embed(drafts);
		List<Passage> passages = new ArrayList<>(drafts.size());
		Set<String> allDomains = new LinkedHashSet<>(documentDomains);
		for (int i = 0; i < drafts.size(); i++) {
			PassageDraft draft = drafts.get(i);
			Set<String> domains = new LinkedHashSet<>(documentDomains);
			domains.addAll(DomainTagging.domainsOf(String.join(" ", draft.sectionPath()) + "\n" + draft.text()));
			allDomains.addAll(domains);
			passages.add(new Passage(generation + ":" + i, source, generation, i, draft.sectionPath(), draft.page(),
					draft.text(), (city != null) ? city.key() : null, (city != null) ? city.country() : null,
					List.copyOf(domains), language, Vectors.toBytes(vectors.get(i)), Embeddings.MODEL));
		}
		KnowledgeDocument document = new KnowledgeDocument(source, parsed.title(), kind,
				(city != null) ? city.key() : null, (city != null) ? city.country() : null,
				List.copyOf(documentDomains.isEmpty() ? allDomains : documentDomains), language, sha, generation,
				passages.size(), clock.instant(), by);
		synchronized (index) {
			documents.replace(document, passages);
			index.put(document, passages);
		}
		log.info("Ingested {} ({} passages{})", source, passages.size(), (city != null) ? ", city " + city.name() : "");
		events.publishEvent(new DocumentIngested(source, document.title()));
		return new IngestResult.Ingested(name, document, replacing);
	}

	/** Told how an ingestion goes, for someone waiting for it. */
	@FunctionalInterface
	public interface Progress {

		/** Tells nobody. */
		Progress QUIET = (title, passages) -> {
		};

		/**
		 * The file is read: {@code passages} passages are now embedded, stored and
		 * indexed.
		 */
		void read(String title, int passages);

	}

	/** Removes the document from the store and the index. */
	void remove(KnowledgeDocument document) {
		synchronized (index) {
			documents.remove(document);
			index.remove(document.id());
		}
	}

	public long maxFileSize() {
		return properties.maxFileSize().toBytes();
	}

	/** Skips a file of {@code size} bytes over the limit, saying both. */
	IngestResult.Skipped tooLarge(String fileName, long size) {
		return new IngestResult.Skipped(fileName, fileName + " is " + megabytes(size) + "; the limit is "
				+ megabytes(maxFileSize()) + " (agora.knowledge.max-file-size).");
	}

	private List<float[]> embed(List<PassageDraft> drafts) {
		List<float[]> vectors = new ArrayList<>(drafts.size());
		for (int from = 0; from < drafts.size(); from += EMBEDDING_BATCH) {
			List<String> batch = drafts.subList(from, Math.min(drafts.size(), from + EMBEDDING_BATCH))
				.stream()
				.map((draft) -> Embeddings.textOf(draft.sectionPath(), draft.text()))
				.toList();
			vectors.addAll(embeddings.embedAll(batch));
		}
		return vectors;
	}

	/**
	 * The city named in the front matter, else the one the file name names:
	 * {@code the_hague.md}, {@code lodz-ccc-2023.pdf}.
	 */
	private Optional<City> cityOf(ParsedDocument parsed, String fileName) {
		String named = parsed.frontMatter().get("city");
		if (named != null && !named.isBlank()) {
			return city(named);
		}
		String stem = fileName.replaceFirst(".*[/\\\\]", "").replaceFirst("\\.[^.]+$", "");
		String[] words = stem.split("[\\s_\\-.]+");
		for (int length = words.length; length > 0; length--) {
			String candidate = String.join(" ", Arrays.copyOf(words, length)).strip();
			if (candidate.length() >= 3 && !candidate.matches("\\d+")) {
				Optional<City> city = city(candidate);
				if (city.isPresent()) {
					return city;
				}
			}
		}
		return Optional.empty();
	}

	private Optional<City> city(String name) {
		try {
			return Optional.of(cities.resolve(name));
		}
		catch (UserError unknown) {
			return Optional.empty();
		}
	}

	private static List<String> frontMatterDomains(ParsedDocument parsed) {
		String listed = parsed.frontMatter().getOrDefault("domains", "");
		List<String> domains = new ArrayList<>();
		for (String part : listed.split(",")) {
			Domain.parse(part).map(Domain::id).ifPresent(domains::add);
		}
		return domains;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
