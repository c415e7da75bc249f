package eu.agora.conversation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Port: fetches a {@link FileRef}'s bytes from the platform it came from. Features pass
 * the platform of the {@link Inbound} that carried the file
 * ({@code call.inbound().platform()}). Both exceptions are {@link UserError}s, so a
 * handler that lets them through answers the user with an error reply.
 */
public interface Downloads {

	/**
	 * The file's bytes.
	 * @throws FileTooLargeException when the file is larger than {@code maxBytes}
	 * (checked against its size first, then while reading — never more than
	 * {@code maxBytes + 1} bytes are held)
	 * @throws DownloadFailedException with a user-facing message when it cannot be
	 * fetched
	 */
	byte[] fetch(Platform platform, FileRef file, long maxBytes);

	/** The file is larger than the caller accepts; the message says the limit in MB. */
	class FileTooLargeException extends UserError {

		private final long maxBytes;

		public FileTooLargeException(FileRef file, long maxBytes) {
			super(problem(file, maxBytes), "Make it smaller (split or compress it) and give it again.");
			this.maxBytes = maxBytes;
		}

		public long maxBytes() {
			return maxBytes;
		}

		private static String problem(FileRef file, long maxBytes) {
			String limit = megabytes(maxBytes);
			if (!file.sizeKnown() || file.size() <= maxBytes) {
				return "`" + file.name() + "` is larger than " + limit + ", the most Agora takes.";
			}
			String size = megabytes(file.size());
			if (size.equals(limit)) {
				return String.format(Locale.ROOT, "`%s` is %,d bytes; Agora takes files up to %s (%,d bytes).",
						file.name(), file.size(), limit, maxBytes);
			}
			return "`" + file.name() + "` is " + size + "; Agora takes files up to " + limit + ".";
		}

		/** E.g. {@code 1 MB}, {@code 2.5 MB}, {@code 0.1 MB} (1 MB = 1,048,576 bytes). */
		static String megabytes(long bytes) {
			double mb = bytes / (1024.0 * 1024.0);
			String shown = String.format(Locale.ROOT, "%.1f", Math.max(mb, 0.1));
			return (shown.endsWith(".0") ? shown.substring(0, shown.length() - 2) : shown) + " MB";
		}

	}

	/** The platform did not give Agora the file; the message says why and what to do. */
	class DownloadFailedException extends UserError {

		public DownloadFailedException(String message) {
			super(message, null);
		}

		public DownloadFailedException(String message, @Nullable String hint) {
			super(message, hint);
		}

		public DownloadFailedException(String message, @Nullable String hint, @Nullable Throwable cause) {
			super(message, hint, cause);
		}

	}

}
