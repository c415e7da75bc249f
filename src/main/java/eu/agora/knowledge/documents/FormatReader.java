package eu.agora.knowledge.documents;

/**
 * Reads the text of one file format into sections of paragraphs and tables.
 */
interface FormatReader {

	/**
	 * @param fileName the file's name, for messages
	 * @throws UnreadableDocumentException with a message naming the file
	 */
	DocumentBody read(String fileName, byte[] content) throws UnreadableDocumentException;

}
