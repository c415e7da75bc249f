package eu.agora.logging;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message as Logback's {@code %m} would write it, with Slack and Discord tokens,
 * Slack response URLs and webhook URLs masked, and cut at {@link #MAX_CHARS} characters,
 * so that no line holds a request body, a {@code response_url} or a token. It replaces
 * {@code %m}, {@code %msg} and {@code %message} in {@code logback-spring.xml}.
 */
public class RedactedMessageConverter extends MessageConverter {

	/** The longest message written; the rest is counted, not written. */
	public static final int MAX_CHARS = 1000;

	private static final Pattern SLACK_TOKEN = Pattern.compile("xox[a-z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+");

	private static final Pattern HOOK_URL = Pattern
		.compile("https?://(hooks\\.slack\\.com|[^\\s\"'&]*/(response|commands|actions)/)[^\\s\"'&]*");

	private static final Pattern RESPONSE_URL = Pattern.compile("(response_url[\"'=:\\s]+)[^\\s\"'&,}]+");

	private static final Pattern DISCORD_TOKEN = Pattern
		.compile("[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}");

	@Override
	public String convert(ILoggingEvent event) {
		return redact(super.convert(event));
	}

	/** {@code message} fit for a log line. */
	public static String redact(String message) {
		String masked = RESPONSE_URL.matcher(message).replaceAll("$1[redacted]");
		masked = HOOK_URL.matcher(masked).replaceAll("[redacted url]");
		masked = SLACK_TOKEN.matcher(masked).replaceAll("[redacted token]");
		masked = DISCORD_TOKEN.matcher(masked).replaceAll("[redacted token]");
		if (masked.length() <= MAX_CHARS) {
			return masked;
		}
		return masked.substring(0, MAX_CHARS) + "… (" + (masked.length() - MAX_CHARS) + " more characters not logged)";
	}

}
