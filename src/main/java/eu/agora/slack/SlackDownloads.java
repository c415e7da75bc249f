package eu.agora.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.Downloads;
import eu.agora.conversation.FileRef;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformDownloads;
import eu.agora.conversation.UserError;

/**
 * Fetches Slack files from their {@code url_private} with the bot token, following
 * redirects by hand so that the token only ever goes to Slack's own hosts. Without the
 * {@code files:read} scope Slack answers with its login page (HTML) instead of the file,
 * which is reported as such. Slash commands cannot carry files, so typed text for an
 * attachment option points people to the message shortcuts that take files.
 */
final class SlackDownloads implements PlatformDownloads {

	static final String NOT_GIVEN = "Slack did not give Agora the file: add the files:read scope / re-install the app";

	private static final Logger log = LoggerFactory.getLogger(SlackDownloads.class);

	private static final int MAX_REDIRECTS = 5;

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final String botToken;

	private final List<URI> slackOrigins;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/**
	 * @param apiUrl the Web API prefix; its scheme and host (and subdomains) may see the
	 * token besides {@code https://slack.com}, {@code https://slack-gov.com} and their
	 * subdomains
	 */
	SlackDownloads(String botToken, String apiUrl) {
		this.botToken = botToken;
		this.slackOrigins = List.of(URI.create("https://slack.com"), URI.create("https://slack-gov.com"),
				URI.create(apiUrl));
	}

	@Override
	public Platform platform() {
		return Platform.SLACK;
	}

	@Override
	public FileRef fromText(String text, List<MessageActionSpec> fileActions) {
		if (fileActions.isEmpty()) {
			throw new UserError("Slack slash commands can't carry files: attach the file to a message instead.");
		}
		String shortcuts = fileActions.stream()
			.map((action) -> "⋯ → " + action.name())
			.collect(Collectors.joining(" or "));
		throw new UserError("Slack slash commands can't carry files: post the file in a message, then use the "
				+ "message shortcut (" + shortcuts + ") on it.");
	}

	@Override
	public byte[] fetch(FileRef file, long maxBytes) {
		URI uri = uri(file);
		try {
			for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
				HttpResponse<InputStream> response = http.send(request(file, uri),
						HttpResponse.BodyHandlers.ofInputStream());
				try (InputStream body = response.body()) {
					if (response.statusCode() / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
						uri = uri.resolve(response.headers().firstValue("Location").get());
						continue;
					}
					checkIsTheFile(file, response);
					return PlatformDownloads.readAtMost(body, file, maxBytes);
				}
			}
			throw notGiven(file, "more than " + MAX_REDIRECTS + " redirects");
		}
		catch (IOException ex) {
			log.warn("Could not fetch Slack file {}: {}", file.location(), ex.toString());
			throw new Downloads.DownloadFailedException(
					"Slack did not give Agora `" + file.name() + "`: " + ex.getClass().getSimpleName() + ".",
					"Try again in a moment.", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Downloads.DownloadFailedException("Fetching `" + file.name() + "` from Slack was interrupted.",
					"Try again.", ex);
		}
	}

	private HttpRequest request(FileRef file, URI uri) {
		if (!isSlack(uri)) {
			throw notGiven(file, "not a Slack host: " + uri.getHost());
		}
		return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Authorization", "Bearer " + botToken).GET().build();
	}

	/** A 2xx answer that is not Slack's HTML login page standing in for the file. */
	private static void checkIsTheFile(FileRef file, HttpResponse<InputStream> response) {
		if (response.statusCode() / 100 != 2) {
			throw notGiven(file, "HTTP " + response.statusCode());
		}
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		if (isHtml(contentType) && !isHtml(file.mediaType())) {
			throw notGiven(file, "an HTML page instead of " + file.mediaType());
		}
	}

	private boolean isSlack(URI uri) {
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		return slackOrigins.stream().anyMatch((slack) -> {
			String slackHost = slack.getHost().toLowerCase(Locale.ROOT);
			return slack.getScheme().equalsIgnoreCase(uri.getScheme())
					&& (host.equals(slackHost) || host.endsWith("." + slackHost));
		});
	}

	private static boolean isHtml(@Nullable String mediaType) {
		return mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("text/html");
	}

	private static URI uri(FileRef file) {
		try {
			return URI.create(file.location());
		}
		catch (IllegalArgumentException ex) {
			throw notGiven(file, "not a URL: " + file.location());
		}
	}

	private static Downloads.DownloadFailedException notGiven(FileRef file, String why) {
		log.warn("Slack did not give file {} ({}): {}", file.name(), file.location(), why);
		return new Downloads.DownloadFailedException(NOT_GIVEN);
	}

}
