package eu.agora.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What Agora answers: a few neutral elements, who sees them, and whether the reply
 * reports bad input or a failure. Adapters render it within their platform's limits.
 */
public record Reply(List<Element> elements, Visibility visibility, boolean error) {

	public Reply {
		elements = List.copyOf(elements);
		Objects.requireNonNull(visibility, "visibility");
	}

	/** A reply only the asker sees, with one paragraph of markup. */
	public static Reply text(String markup) {
		return new Reply(List.of(new Element.Text(markup)), Visibility.EPHEMERAL, false);
	}

	/** An error reply: what is wrong and, when given, how to do it right. */
	public static Reply error(String problem, @Nullable String hint) {
		String markup = (hint == null || hint.isBlank()) ? problem : problem + "\n" + hint;
		return new Reply(List.of(new Element.Text(markup)), Visibility.EPHEMERAL, true);
	}

	public static Reply of(Element... elements) {
		return new Reply(List.of(elements), Visibility.EPHEMERAL, false);
	}

	public Reply visibleTo(Visibility newVisibility) {
		return new Reply(elements, newVisibility, error);
	}

	public Reply with(Element element) {
		List<Element> more = new ArrayList<>(elements);
		more.add(element);
		return new Reply(more, visibility, error);
	}

}
