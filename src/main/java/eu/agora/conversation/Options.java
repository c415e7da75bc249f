package eu.agora.conversation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed option values of one command call, by option name. Values were validated
 * against the catalog before the handler runs, so a handler asks for what it declared.
 */
public final class Options {

	private final Map<String, Object> values;

	public Options(Map<String, ?> values) {
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	public static Options none() {
		return new Options(Map.of());
	}

	public boolean has(String name) {
		return values.containsKey(name);
	}

	public Optional<String> text(String name) {
		return get(name, String.class);
	}

	/** A value the catalog declares as required. */
	public String requiredText(String name) {
		return text(name).orElseThrow(() -> new IllegalStateException("Option not validated: " + name));
	}

	public Optional<Long> integer(String name) {
		return get(name, Long.class);
	}

	public Optional<BigDecimal> number(String name) {
		return get(name, BigDecimal.class);
	}

	public Optional<Boolean> bool(String name) {
		return get(name, Boolean.class);
	}

	/** Whether a {@link OptionType#FLAG} was given. */
	public boolean flag(String name) {
		return get(name, Boolean.class).orElse(false);
	}

	public Optional<LocalDate> date(String name) {
		return get(name, LocalDate.class);
	}

	public Optional<LocalDateTime> dateTime(String name) {
		return get(name, LocalDateTime.class);
	}

	public Optional<ZoneId> zone(String name) {
		return get(name, ZoneId.class);
	}

	/**
	 * An {@link OptionType#ATTACHMENT} option, or the first file of the message a message
	 * action ran on (option {@code file}).
	 */
	public Optional<FileRef> file(String name) {
		return get(name, FileRef.class);
	}

	/**
	 * Every file under {@code name}: all files of the message a message action ran on
	 * (option {@code files}), or the one file of an attachment option; empty when none.
	 */
	public List<FileRef> files(String name) {
		Object value = values.get(name);
		if (value instanceof FileRef file) {
			return List.of(file);
		}
		if (value instanceof List<?> list && list.stream().allMatch(FileRef.class::isInstance)) {
			return list.stream().map(FileRef.class::cast).toList();
		}
		if (value != null) {
			throw new IllegalStateException("Option " + name + " is " + value.getClass().getSimpleName());
		}
		return List.of();
	}

	public Map<String, Object> asMap() {
		return values;
	}

	private <T> Optional<T> get(String name, Class<T> type) {
		Object value = values.get(name);
		if (value == null) {
			return Optional.empty();
		}
		if (!type.isInstance(value)) {
			throw new IllegalStateException("Option " + name + " is " + value.getClass().getSimpleName());
		}
		return Optional.of(type.cast(value));
	}

	@Override
	public String toString() {
		return values.toString();
	}

}
