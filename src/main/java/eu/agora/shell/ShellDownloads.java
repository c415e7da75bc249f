package eu.agora.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import eu.agora.conversation.Downloads;
import eu.agora.conversation.FileRef;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformDownloads;

/**
 * Files in the shell are local files: an attachment option takes a path
 * ({@code ./plan.pdf}, {@code /tmp/plan.pdf} or {@code file:///tmp/plan.pdf}), relative
 * paths from the working directory, and fetching reads the file.
 */
class ShellDownloads implements PlatformDownloads {

	private final Path workingDirectory;

	ShellDownloads(Path workingDirectory) {
		this.workingDirectory = workingDirectory.toAbsolutePath();
	}

	@Override
	public Platform platform() {
		return Platform.SHELL;
	}

	@Override
	public FileRef fromText(String text, List<MessageActionSpec> fileActions) {
		Path path = resolve(text);
		Path name = path.getFileName();
		long size = -1;
		String mediaType = null;
		try {
			if (Files.isRegularFile(path)) {
				size = Files.size(path);
				mediaType = Files.probeContentType(path);
			}
		}
		catch (IOException ex) {
			// unknown size and type: fetching reads the file and reports what is wrong
		}
		return new FileRef((name != null) ? name.toString() : text, mediaType, size, path.toString());
	}

	@Override
	public byte[] fetch(FileRef file, long maxBytes) {
		Path path = resolve(file.location());
		if (!Files.exists(path)) {
			throw new Downloads.DownloadFailedException("no such file: " + path,
					"Give the path of an existing file, absolute or relative to " + workingDirectory + ".");
		}
		if (!Files.isRegularFile(path)) {
			throw new Downloads.DownloadFailedException("not a file: " + path, "Give the path of a file.");
		}
		try (InputStream in = Files.newInputStream(path)) {
			return PlatformDownloads.readAtMost(in, file, maxBytes);
		}
		catch (IOException ex) {
			throw new Downloads.DownloadFailedException("cannot read " + path + ": " + ex.getMessage(),
					"Check that the file is readable.", ex);
		}
	}

	private Path resolve(String text) {
		try {
			Path path = text.startsWith("file://") ? Path.of(URI.create(text))
					: Path.of(text.startsWith("file:") ? text.substring("file:".length()) : text);
			return workingDirectory.resolve(path).normalize();
		}
		catch (IllegalArgumentException ex) {
			throw new Downloads.DownloadFailedException("not a file path: " + text,
					"Give a path such as ./plan.pdf or /home/me/plan.pdf.");
		}
	}

}
