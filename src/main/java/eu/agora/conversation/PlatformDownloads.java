package eu.agora.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Port each adapter implements for files on its platform: fetching the files its
 * {@link FileRef}s point at and, where the platform allows, reading a file named in typed
 * text. Features do not use it: they fetch through {@link Downloads}, which finds the
 * adapter by platform.
 */
public interface PlatformDownloads {

	Platform platform();

	/**
	 * The file's bytes, at most {@code maxBytes} of them.
	 * @throws Downloads.FileTooLargeException when it is larger
	 * @throws Downloads.DownloadFailedException when the platform does not give it
	 */
	byte[] fetch(FileRef file, long maxBytes);

	/**
	 * The file a person named in typed text for an {@link OptionType#ATTACHMENT} option
	 * (e.g. a path in the shell). By default typed text is no file: the error says to
	 * attach the file to a message and names the message actions that take one.
	 * @param text what was typed
	 * @param fileActions the message actions of the same command set that take files
	 * @throws UserError when this platform takes no files as text
	 */
	default FileRef fromText(String text, List<MessageActionSpec> fileActions) {
		throw attachInstead(fileActions);
	}

	/** The default answer to a file typed as text: attach it to a message instead. */
	static UserError attachInstead(List<MessageActionSpec> fileActions) {
		if (fileActions.isEmpty()) {
			return new UserError("A file can't be given as typed text here.", "Attach the file to a message.");
		}
		String names = fileActions.stream()
			.map((action) -> "\"" + action.name() + "\"")
			.collect(Collectors.joining(" or "));
		return new UserError("A file can't be given as typed text here.",
				"Attach the file to a message, then use " + names + " on that message.");
	}

	/**
	 * Reads {@code in} to its end, holding at most {@code maxBytes + 1} bytes.
	 * @throws Downloads.FileTooLargeException when there are more than {@code maxBytes}
	 */
	static byte[] readAtMost(InputStream in, FileRef file, long maxBytes) throws IOException {
		int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8L);
		byte[] bytes = in.readNBytes(cap);
		boolean more = bytes.length > maxBytes || (bytes.length == cap && in.read() != -1);
		if (more) {
			throw new Downloads.FileTooLargeException(file, maxBytes);
		}
		return bytes;
	}

}
