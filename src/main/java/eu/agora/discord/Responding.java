package eu.agora.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;

/**
 * Answers an interaction without blocking the gateway thread: the work runs on an
 * executor; when it finishes within {@code deferAfter} (2 s by default) its reply is the
 * interaction's first response, so a reply that is only a form opens as a modal at once
 * and public replies are public. Otherwise the interaction is deferred (ephemerally, as
 * its visibility is not known yet) and the reply follows through the interaction hook; a
 * form then comes as a button that opens the modal, since a modal must be the first
 * response.
 */
final class Responding {

	private static final Logger log = LoggerFactory.getLogger(Responding.class);

	private final Executor workers;

	private final ScheduledExecutorService timer;

	private final Duration deferAfter;

	private final MessageRendering rendering;

	private final FormModals modals;

	Responding(Executor workers, ScheduledExecutorService timer, Duration deferAfter, MessageRendering rendering,
			FormModals modals) {
		this.workers = workers;
		this.timer = timer;
		this.deferAfter = deferAfter;
		this.rendering = rendering;
		this.modals = modals;
	}

	void respond(IReplyCallback interaction, Supplier<Reply> work) {
		AtomicBoolean answered = new AtomicBoolean();
		ScheduledFuture<?> deferral = timer.schedule(() -> defer(interaction, answered), deferAfter.toMillis(),
				TimeUnit.MILLISECONDS);
		CompletableFuture.supplyAsync(work, workers).exceptionally(Responding::failed).thenAccept((reply) -> {
			deferral.cancel(false);
			if (answered.compareAndSet(false, true)) {
				first(interaction, reply);
			}
			else {
				followUp(interaction.getHook(), reply);
			}
		}).exceptionally((failure) -> {
			log.error("Could not render the answer to Discord interaction {}", interaction.getId(), failure);
			return null;
		});
	}

	/** Answers at once, for replies that need no work (e.g. a form button). */
	void first(IReplyCallback interaction, Reply reply) {
		Optional<Element.Form> form = onlyForm(reply);
		if (form.isPresent() && interaction instanceof IModalCallback modal && FormModals.fits(form.get())) {
			modal.replyModal(modals.modal(form.get())).queue(null, (failure) -> warn(interaction, failure));
			return;
		}
		boolean ephemeral = reply.visibility() == Visibility.EPHEMERAL;
		List<MessageCreateData> messages = rendering.render(reply);
		interaction.reply(messages.get(0)).setEphemeral(ephemeral).queue(null, (failure) -> warn(interaction, failure));
		send(interaction.getHook(), messages.subList(1, messages.size()), ephemeral);
	}

	private void defer(IReplyCallback interaction, AtomicBoolean answered) {
		if (answered.compareAndSet(false, true)) {
			interaction.deferReply(true).queue(null, (failure) -> warn(interaction, failure));
		}
	}

	private void followUp(InteractionHook hook, Reply reply) {
		List<MessageCreateData> messages = rendering.render(reply);
		if (reply.visibility() == Visibility.EPHEMERAL) {
			hook.editOriginal(MessageEditData.fromCreateData(messages.get(0))).queue(null, this::warn);
			send(hook, messages.subList(1, messages.size()), true);
		}
		else {
			// the deferred response is ephemeral; public answers follow it as new
			// messages
			hook.editOriginal("Done: the answer is below.").queue(null, this::warn);
			send(hook, messages, false);
		}
	}

	private void send(InteractionHook hook, List<MessageCreateData> messages, boolean ephemeral) {
		messages.forEach((message) -> hook.sendMessage(message).setEphemeral(ephemeral).queue(null, this::warn));
	}

	private static Optional<Element.Form> onlyForm(Reply reply) {
		if (reply.elements().size() == 1 && reply.elements().get(0) instanceof Element.Form form) {
			return Optional.of(form);
		}
		return Optional.empty();
	}

	private static Reply failed(Throwable failure) {
		log.error("A Discord interaction failed in the adapter", failure);
		return Reply.error("Sorry, something went wrong on our side.", "Try again in a moment.");
	}

	private void warn(IReplyCallback interaction, Throwable failure) {
		log.warn("Could not answer Discord interaction {}: {}", interaction.getId(), failure.toString());
	}

	private void warn(Throwable failure) {
		log.warn("Could not send a Discord follow-up message: {}", failure.toString());
	}

}
