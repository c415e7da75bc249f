package eu.agora.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * {@link EveryCollection} over every collection of the database: each document is read,
 * walked (nested documents, lists, map keys) and written back only when it changed. A
 * full scan, which erasure — rare and asked for by a person — can afford.
 */
@Component
class MongoEveryCollection implements EveryCollection {

	/**
	 * Fields that hold a code from a fixed vocabulary, never a person: a person called
	 * "Energy" must not turn the domain {@code energy} into an anonymous label.
	 */
	private static final Set<String> VOCABULARY = Set.of("_id", "type", "status", "domain", "domains", "kind", "sector",
			"lever", "role", "cityKey", "country", "language", "languages", "reason", "missionStatus");

	private final MongoTemplate mongo;

	private final ObjectProvider<EmbeddedMongoServer> embedded;

	MongoEveryCollection(MongoTemplate mongo, ObjectProvider<EmbeddedMongoServer> embedded) {
		this.mongo = mongo;
		this.embedded = embedded;
	}

	@Override
	public long replaceEverywhere(Map<String, String> replacements) {
		Map<Pattern, String> patterns = new LinkedHashMap<>();
		replacements.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().isBlank())
			// longer needles first, so "shell:ola" goes before "ola"
			.sorted((a, b) -> b.getKey().length() - a.getKey().length())
			.forEach((entry) -> patterns.put(word(entry.getKey()), Matcher.quoteReplacement(entry.getValue())));
		long changed = 0;
		for (String collection : collections()) {
			for (Document document : mongo.findAll(Document.class, collection)) {
				Document scrubbed = (Document) replaced(document, patterns);
				if (!scrubbed.equals(document)) {
					mongo.findAndReplace(Query.query(Criteria.where("_id").is(document.get("_id"))), scrubbed,
							collection);
					changed++;
				}
			}
		}
		// the embedded store's file keeps old pages until it is rebuilt
		this.embedded.ifAvailable(EmbeddedMongoServer::rebuildFileAtNextStart);
		return changed;
	}

	@Override
	public boolean holdsAny(Iterable<String> needles) {
		Map<Pattern, String> patterns = new LinkedHashMap<>();
		needles.forEach((needle) -> patterns.put(word(needle), "\u0000"));
		for (String collection : collections()) {
			for (Document document : mongo.findAll(Document.class, collection)) {
				if (!replaced(document, patterns).equals(document)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Agora's collections: MongoDB's own ({@code system.*}) are neither read nor written.
	 */
	private List<String> collections() {
		return mongo.getCollectionNames().stream().filter((name) -> !name.startsWith("system.")).sorted().toList();
	}

	private static Object replaced(Object value, Map<Pattern, String> patterns) {
		return switch (value) {
			case String text -> replacedText(text, patterns);
			case Document document -> {
				Document copy = new Document();
				document.forEach((key, inner) -> {
					if (VOCABULARY.contains(key) || inner == null) {
						// an id stays what it is (documents are found by it), a code too
						copy.put(key, inner);
					}
					else {
						copy.put(replacedText(key, patterns), replaced(inner, patterns));
					}
				});
				yield copy;
			}
			case List<?> list -> {
				List<Object> copy = new ArrayList<>();
				list.forEach((inner) -> copy.add((inner == null) ? null : replaced(inner, patterns)));
				yield copy;
			}
			default -> value;
		};
	}

	private static String replacedText(String text, Map<Pattern, String> patterns) {
		String result = text;
		for (Map.Entry<Pattern, String> entry : patterns.entrySet()) {
			result = entry.getKey().matcher(result).replaceAll(entry.getValue());
		}
		return result;
	}

	private static Pattern word(String needle) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
