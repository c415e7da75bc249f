package eu.agora.conversation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A file the user gave with a command or on a message, as the platform described it. Only
 * the adapter that made it knows what {@code location} means; features fetch the bytes
 * through {@link Downloads}.
 *
 * @param name the file name as the user sees it, e.g. {@code plan.pdf}
 * @param mediaType the media type the platform reported, e.g. {@code application/pdf};
 * {@code null} when unknown
 * @param size the size in bytes; {@code -1} when unknown
 * @param location where the adapter fetches it from (a URL, a local path)
 */
public record FileRef(String name, @Nullable String mediaType, long size, String location) {

	public FileRef {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(location, "location");
		mediaType = (mediaType == null || mediaType.isBlank()) ? null : mediaType;
		size = Math.max(size, -1);
	}

	/** Whether the platform said how large the file is. */
	public boolean sizeKnown() {
		return size >= 0;
	}

}
