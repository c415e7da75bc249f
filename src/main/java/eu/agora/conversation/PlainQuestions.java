package eu.agora.conversation;

import java.util.regex.Pattern;

/**
 * The one rule for text that is not a command — a direct message, a mention of the bot, a
 * shell line without {@code /}: when it reads as a question it is asked with the
 * catalog's {@value #COMMAND} command, on every platform alike. It reads as a question
 * when it ends with a question mark or starts with a question word of one of the
 * Mission's main languages.
 */
public final class PlainQuestions {

	/** The command a plain question is given to, when the catalog has it. */
	public static final String COMMAND = "ask";

	/** Its free-text option. */
	public static final String OPTION = "question";

	private static final Pattern QUESTION_MARK = Pattern.compile("[?？¿;]\\s*\\p{So}*\\s*$");

	private static final Pattern QUESTION_WORD = Pattern.compile("(?iu)^\\s*(?:"
			+ "what|which|who|whom|whose|when|where|why|how|is|are|was|were|does|do|did|can|could|should|will|would|has|have|"
			+ "was|welche[rsnm]?|wer|wie|wo|wann|warum|gibt|" + "quel(?:le)?s?|qui|quand|où|pourquoi|comment|est-ce|"
			+ "qué|que|cuál(?:es)?|quién(?:es)?|cuándo|dónde|cómo|por qué|" + "quale|quali|chi|quando|dove|perché|come|"
			+ "qual|quais|quem|onde|porque|" + "wat|welke|wie|wanneer|waar|waarom|hoe|"
			+ "czy|co|jak|jaki[ea]?|które|kiedy|gdzie|dlaczego|ile|" + "vad|vilk[ae]t?|när|var|varför|hur|"
			+ "mikä|mitkä|kuka|milloin|missä|miksi|miten" + ")\\b");

	private PlainQuestions() {
	}

	/** Whether {@code text} (not a command) reads as a question. */
	public static boolean readsAsQuestion(String text) {
		String stripped = text.strip();
		if (stripped.isEmpty() || stripped.startsWith("/")) {
			return false;
		}
		return QUESTION_MARK.matcher(stripped).find() || QUESTION_WORD.matcher(stripped).find();
	}

}
