package eu.agora.conversation;

import java.util.Objects;

/**
 * A form a feature's replies request: its id, who may submit it and what a submission
 * does. The handler receives the fields' values as options of the same names.
 *
 * @param id the form id, e.g. {@code panel:outcome}
 * @param access who may submit it
 * @param handler what a submission does
 */
public record FormSpec(String id, Access access, CommandHandler handler) {

	public FormSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(access, "access");
		Objects.requireNonNull(handler, "handler");
	}

}
