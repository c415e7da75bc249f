package eu.agora.knowledge.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text: UTF-8 (a byte order mark is dropped), UTF-16
 * when it starts with its byte order mark, and windows-1252 when the bytes are not valid
 * UTF-8. Bytes that are not text at all are refused.
 */
final class TextDecoder {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextDecoder() {
	}

	/**
	 * @throws UnreadableDocumentException when the bytes hold NUL or many control
	 * characters
	 */
	static String decode(String fileName, byte[] content) throws UnreadableDocumentException {
		String text = hasUtf16Mark(content) ? new String(content, StandardCharsets.UTF_16) : utf8OrWindows(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (isBinary(text)) {
			throw new UnreadableDocumentException(fileName + " does not look like a text file: it contains binary data."
					+ " Save it as plain text (UTF-8) or upload the original PDF.");
		}
		return text;
	}

	private static boolean hasUtf16Mark(byte[] content) {
		return content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
				|| (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE));
	}

	private static String utf8OrWindows(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(content, WINDOWS_1252);
		}
	}

	private static boolean isBinary(String text) {
		int control = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				return true;
			}
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
				control++;
			}
		}
		return control * 100 > text.length();
	}

}
