package eu.agora.panels;

import java.util.List;

import eu.agora.conversation.Reply;

/**
 * What other features may ask of panels: post to a panel's channels, and read the
 * outcomes panels have published (for features that keep them, such as knowledge).
 */
public interface PanelChannels {

	/**
	 * Posts {@code message} to every channel the panel is bound to.
	 * @return the panel's name as stored, and how many channels were reached
	 * @throws eu.agora.conversation.UserError when there is no such panel
	 */
	Posted post(String panelName, Reply message);

	/** Every published outcome, oldest first, as the event announced it. */
	List<PanelOutcomePublished> publishedOutcomes();

	/** Where a post went. */
	record Posted(String panel, int channels) {
	}

}
