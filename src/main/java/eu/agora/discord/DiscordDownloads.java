package eu.agora.discord;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.Downloads;
import eu.agora.conversation.FileRef;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformDownloads;

/**
 * Fetches Discord attachments from their CDN URL (no authorisation needed, the URL is
 * signed and expires after a while), reading at most the limit.
 */
final class DiscordDownloads implements PlatformDownloads {

	private static final Logger log = LoggerFactory.getLogger(DiscordDownloads.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	@Override
	public Platform platform() {
		return Platform.DISCORD;
	}

	@Override
	public byte[] fetch(FileRef file, long maxBytes) {
		HttpRequest request = HttpRequest.newBuilder(uri(file)).timeout(TIMEOUT).GET().build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() / 100 != 2) {
					log.warn("Discord answered HTTP {} for attachment {}", response.statusCode(), file.location());
					throw failed(file, "HTTP " + response.statusCode(), null);
				}
				return PlatformDownloads.readAtMost(body, file, maxBytes);
			}
		}
		catch (IOException ex) {
			log.warn("Could not fetch Discord attachment {}: {}", file.location(), ex.toString());
			throw failed(file, ex.getClass().getSimpleName(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failed(file, "interrupted", ex);
		}
	}

	private static URI uri(FileRef file) {
		try {
			return URI.create(file.location());
		}
		catch (IllegalArgumentException ex) {
			throw failed(file, "not a URL", ex);
		}
	}

	private static Downloads.DownloadFailedException failed(FileRef file, String why, @Nullable Throwable cause) {
		return new Downloads.DownloadFailedException("Discord did not give Agora `" + file.name() + "` (" + why + ").",
				"Attachment links expire: attach the file again and retry.", cause);
	}

}
