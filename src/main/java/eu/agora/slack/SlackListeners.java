package eu.agora.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;

import eu.agora.conversation.Conversation;
import eu.agora.conversation.Element;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Reply;

/**
 * Connects Bolt to the conversation core. Every listener acknowledges at once and lets
 * the core work on {@code executor} (which first completes the sender's name and groups,
 * {@link SlackPeople}); the answer follows through {@link Delivery}. A view submission
 * waits up to {@link #FORM_WAIT_MILLIS} for the core, so that field errors can be shown
 * inline in the modal. A mention of the bot and a direct message are read alike: a
 * command when they start with {@code /}, else a plain message, which the core asks as a
 * question when it reads as one.
 */
class SlackListeners {

	static final long FORM_WAIT_MILLIS = 2_000;

	private static final Pattern ANY = Pattern.compile(".+");

	private final Conversation conversation;

	private final Delivery delivery;

	private final ProcessedEvents events;

	private final ExecutorService executor;

	private final SlackPeople people;

	SlackListeners(Conversation conversation, Delivery delivery, ProcessedEvents events, ExecutorService executor,
			SlackPeople people) {
		this.people = people;
		this.conversation = conversation;
		this.delivery = delivery;
		this.events = events;
		this.executor = executor;
	}

	App register(App app) {
		app.command(Pattern.compile("/.+"), (request, context) -> {
			answer(SlackInbounds.command(request.getPayload()), SlackInbounds.target(request.getPayload()));
			return context.ack();
		});
		app.blockAction(ANY, (request, context) -> {
			answer(SlackInbounds.action(request.getPayload()), SlackInbounds.target(request.getPayload()));
			return context.ack();
		});
		app.messageShortcut(ANY, (request, context) -> {
			answer(SlackInbounds.shortcut(request.getPayload()), SlackInbounds.target(request.getPayload()));
			return context.ack();
		});
		app.viewSubmission(ANY, (request, context) -> submitted(SlackInbounds.submission(request.getPayload()),
				SlackInbounds.target(request.getPayload())));
		app.event(AppMentionEvent.class, (payload, context) -> {
			if (events.firstTime(payload.getEventId())) {
				answer(SlackInbounds.mention(payload), SlackInbounds.target(payload));
			}
			return context.ack();
		});
		app.event(MessageEvent.class, (payload, context) -> {
			if (SlackInbounds.directMessage(payload.getEvent()) && events.firstTime(payload.getEventId())) {
				answer(SlackInbounds.direct(payload), SlackInbounds.directTarget(payload));
			}
			return context.ack();
		});
		// edits and deletions in a direct conversation need no answer
		app.event(MessageChangedEvent.class, (payload, context) -> context.ack());
		app.event(MessageDeletedEvent.class, (payload, context) -> context.ack());
		return app;
	}

	private void answer(Inbound inbound, ReplyTarget target) {
		executor.execute(() -> delivery.deliver(conversation.handle(people.complete(inbound)), target));
	}

	private Response submitted(Inbound inbound, ReplyTarget target) {
		CompletableFuture<Reply> reply = CompletableFuture
			.supplyAsync(() -> conversation.handle(people.complete(inbound)), executor);
		try {
			return formResponse(reply.get(FORM_WAIT_MILLIS, TimeUnit.MILLISECONDS), target);
		}
		catch (TimeoutException slow) {
			reply.thenAccept((late) -> delivery.deliver(late, target));
			return Response.ok();
		}
		catch (ExecutionException | InterruptedException failure) {
			if (failure instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("Handling a form submission failed", failure);
		}
	}

	private Response formResponse(Reply reply, ReplyTarget target) {
		List<Element.Form> forms = Modals.forms(reply.elements());
		if (forms.isEmpty()) {
			executor.execute(() -> delivery.deliver(reply, target));
			return Response.ok();
		}
		Map<String, Object> body = new LinkedHashMap<>();
		Map<String, String> errors = Modals.errors(forms.get(0));
		if (errors.isEmpty()) {
			body.put("response_action", "update");
			body.put("view", Modals.view(forms.get(0), target.channel()));
		}
		else {
			body.put("response_action", "errors");
			body.put("errors", errors);
		}
		return Response.builder()
			.statusCode(200)
			.contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
			.body(Blocks.json(body))
			.build();
	}

}
