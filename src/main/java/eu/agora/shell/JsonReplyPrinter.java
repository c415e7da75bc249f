package eu.agora.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import eu.agora.conversation.Address;
import eu.agora.conversation.Element;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Reply;

/**
 * Replies as exactly one JSON line each: {@code replyTo}, {@code visibility},
 * {@code error}, {@code text} and the structured {@code elements}. Proactive messages
 * have no {@code replyTo} and say where they went in {@code to}.
 */
class JsonReplyPrinter implements ReplyPrinter {

	private final PrintWriter out;

	private final JsonMapper json;

	JsonReplyPrinter(PrintWriter out, JsonMapper json) {
		this.out = out;
		this.json = json;
	}

	@Override
	public synchronized void reply(int line, Reply reply) {
		write(new Line(line, null, reply));
	}

	@Override
	public synchronized void message(Address to, Reply message) {
		write(new Line(null, ShellMessenger.describe(to), message));
	}

	private void write(Line line) {
		out.println(json.writeValueAsString(line.toJson()));
		out.flush();
	}

	private record Line(@Nullable Integer replyTo, @Nullable String to, Reply reply) {

		Json toJson() {
			return new Json(replyTo, to, reply.visibility().name().toLowerCase(Locale.ROOT), reply.error(),
					PlainText.render(reply), reply.elements());
		}

	}

	record Json(@Nullable Integer replyTo, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String to,
			String visibility, boolean error, String text, List<Element> elements) {
	}

}
