package eu.agora.knowledge;

import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Downloads;
import eu.agora.conversation.FileRef;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.knowledge.documents.DocumentParsers;
import eu.agora.knowledge.ingestion.IngestResult;
import eu.agora.knowledge.ingestion.Ingestion;
import eu.agora.knowledge.search.DocumentKind;

/**
 * {@code /knowledge add file:<attachment>} and the message action "Add to knowledge": a
 * moderator gives the knowledge base a file in chat. The file type is checked before it
 * is fetched, its size while it is fetched.
 */
@Component
class AddingDocuments {

	static final String ACTION = "knowledge:add-file";

	/**
	 * From this many passages on, the person adding is told the file is being indexed.
	 */
	static final int TOLD_FROM = 40;

	/**
	 * Wall time per passage of one file on two idle cores (measured 2026-12-07: the 295
	 * passages of a copy of {@code lund.md} in 4.0 s through {@code /knowledge add}).
	 */
	private static final double SECONDS_PER_PASSAGE = 0.014;

	private final Ingestion ingestion;

	private final Downloads downloads;

	private final Messenger messenger;

	AddingDocuments(Ingestion ingestion, Downloads downloads, Messenger messenger) {
		this.ingestion = ingestion;
		this.downloads = downloads;
		this.messenger = messenger;
	}

	Reply add(CommandCall call) {
		FileRef file = call.options()
			.file("file")
			.orElseThrow(() -> new UserError("Give the file to add.",
					"Attach it: `/knowledge add file:<file>` (on Slack, use the message shortcut \"Add to knowledge\" on a message with the file)."));
		return ingest(call, file);
	}

	Reply fromMessage(CommandCall call) {
		return ingest(call, call.options().file("file").orElseThrow(() -> new UserError("This message has no file.")));
	}

	/**
	 * A long file takes seconds to embed: say so at once, so that the wait is not silent.
	 */
	private void tell(CommandCall call, FileRef file, String title, int passages) {
		if (passages < TOLD_FROM) {
			return;
		}
		try {
			messenger.send(new Address.Person(call.caller().personId()),
					Reply.text(String.format(Locale.ROOT,
							"Read **%s** (%s): embedding and indexing its %,d passages now, about %d s…", title,
							file.name(), passages, Math.max(1, Math.round(passages * SECONDS_PER_PASSAGE)))));
		}
		catch (Messenger.UndeliverableException ex) {
			// the final reply still comes; the notice is a courtesy
		}
	}

	private Reply ingest(CommandCall call, FileRef file) {
		if (!DocumentParsers.supports(file.name())) {
			throw new UserError(file.name() + " is not a type Agora reads.",
					"Give Markdown (.md), plain text (.txt), HTML (.html) or PDF (.pdf).");
		}
		byte[] content = downloads.fetch(call.inbound().platform(), file, ingestion.maxFileSize());
		IngestResult result = ingestion.file("file:" + file.name(), file.name(), content, DocumentKind.FILE,
				call.caller().personId(), (title, passages) -> tell(call, file, title, passages));
		return switch (result) {
			case IngestResult.Ingested done ->
				Reply.text(String.format(Locale.ROOT, "%s **%s** (%s, %s%s). `/ask` finds it now.",
						done.replaced() ? "Replaced the earlier version of" : "Added", done.document().title(),
						file.name(), Plural.grouped(done.document().passages(), "passage"),
						(done.document().cityKey() != null) ? ", tagged with its city" : ", for every city"));
			case IngestResult.Unchanged same -> Reply.text("**" + same.document().title() + "** (" + file.name()
					+ ") is already in the knowledge base, unchanged.");
			case IngestResult.Skipped skipped ->
				Reply.error("Nothing was added: " + skipped.reason(), "Fix the file and add it again.");
		};
	}

}
