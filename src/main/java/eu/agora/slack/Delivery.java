package eu.agora.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;

/**
 * Delivers a {@link Reply} to a Slack request after the ack: a form as a modal, messages
 * through {@code response_url} (at most {@value #RESPONSE_URL_USES} uses, Slack allows 5)
 * or {@code chat.postMessage}/{@code chat.postEphemeral}, files beside them.
 */
class Delivery {

	static final int RESPONSE_URL_USES = 4;

	private static final Logger log = LoggerFactory.getLogger(Delivery.class);

	private final SlackApi api;

	Delivery(SlackApi api) {
		this.api = api;
	}

	void deliver(Reply reply, ReplyTarget target) {
		try {
			BlockKit.Rendered rendered = BlockKit.render(reply);
			if (rendered.form() != null && target.triggerId() != null
					&& openModal(rendered.form(), target.triggerId(), target)) {
				rendered = BlockKit.render(withoutForms(reply));
				if (rendered.files().isEmpty() && rendered.messages().get(0).blocks().isEmpty()) {
					return;
				}
			}
			List<SlackMessage> messages = rendered.messages();
			for (int i = 0; i < messages.size(); i++) {
				post(messages.get(i), reply.visibility(), target, i < RESPONSE_URL_USES);
			}
			rendered.files().forEach((file) -> upload(file, reply.visibility(), target));
		}
		catch (RuntimeException failure) {
			log.warn("Could not deliver a reply to Slack user {} in {}: {}", target.user(), target.channel(),
					failure.getMessage());
		}
	}

	private boolean openModal(Element.Form form, String triggerId, ReplyTarget target) {
		try {
			api.openModal(triggerId, Modals.view(form, target.channel()));
			return true;
		}
		catch (RateLimitedCalls.SlackCallException failure) {
			log.info("Could not open the modal {} ({}); sending its text instead", form.formId(), failure.getMessage());
			return false;
		}
	}

	private void post(SlackMessage message, Visibility visibility, ReplyTarget target, boolean responseUrlLeft) {
		boolean ephemeral = visibility == Visibility.EPHEMERAL;
		if (target.responseUrl() != null && responseUrlLeft && visibility != Visibility.DIRECT
				&& visibility != Visibility.THREAD) {
			api.respond(target.responseUrl(), payload(message, ephemeral));
		}
		else if (visibility == Visibility.DIRECT || target.channel() == null) {
			api.post(api.openConversation(List.of(target.user())), null, message);
		}
		else if (ephemeral) {
			api.postEphemeral(target.channel(), target.user(), target.thread(), message);
		}
		else {
			api.post(target.channel(), (visibility == Visibility.THREAD) ? target.thread() : null, message);
		}
	}

	private void upload(Element.Attachment file, Visibility visibility, ReplyTarget target) {
		String channel = target.channel();
		if (channel == null || visibility == Visibility.EPHEMERAL || visibility == Visibility.DIRECT) {
			api.upload(api.openConversation(List.of(target.user())), null, file);
		}
		else {
			api.upload(channel, target.thread(), file);
		}
	}

	static Map<String, Object> payload(SlackMessage message, boolean ephemeral) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("response_type", ephemeral ? "ephemeral" : "in_channel");
		payload.put("replace_original", false);
		payload.put("text", message.text());
		payload.put("blocks", message.blocks());
		return payload;
	}

	static Reply withoutForms(Reply reply) {
		List<Element> rest = reply.elements().stream().filter((element) -> !(element instanceof Element.Form)).toList();
		return new Reply(rest, reply.visibility(), reply.error());
	}

}
