package eu.agora.panels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * The one rule for a panel's name with more words after it ({@code /panel note Renovation
 * wave What worked was …}): a quoted name is the name; otherwise the name is the longest
 * leading run of words that names a panel, and the rest is what follows it.
 *
 * @param panel the panel named
 * @param rest the words after its name
 */
record LeadingPanelName(Panel panel, String rest) {

	/**
	 * @param first the first word, or the quoted name
	 * @param rest the words typed after it
	 * @param command how the command starts, for the hint, e.g. {@code /panel note}
	 */
	static LeadingPanelName read(Panels panels, String first, String rest, String command) {
		List<String> words = new ArrayList<>(List.of(first));
		words.addAll(Arrays.stream(rest.strip().split("\\s+")).filter((word) -> !word.isEmpty()).toList());
		for (int end = words.size() - 1; end >= 2; end--) {
			var named = panels.byId(Panel.idFor(String.join(" ", words.subList(0, end))));
			if (named.isPresent()) {
				return new LeadingPanelName(named.get(), String.join(" ", words.subList(end, words.size())));
			}
		}
		return panels.byId(Panel.idFor(first))
			.map((panel) -> new LeadingPanelName(panel, rest.strip()))
			.orElseThrow(() -> unknown(panels, first, words, command));
	}

	private static UserError unknown(Panels panels, String first, List<String> words, String command) {
		List<String> names = panels.all().stream().filter((panel) -> !panel.archived()).map(Panel::name).toList();
		String typedName = String.join(" ", words.subList(0, Math.min(words.size(), 3)));
		List<String> near = Suggestions.nearest(typedName, names, 1);
		if (near.isEmpty()) {
			near = Suggestions.nearest(first, names, 1);
		}
		String example = near.isEmpty() ? (names.isEmpty() ? "<panel>" : names.get(0)) : near.get(0);
		return new UserError("No panel's name starts `" + typedName + "`.",
				"Name the panel first, in quotes if it has several words: `" + command + " "
						+ PanelAccess.quoted(example) + " <your key point>`; `/panel list` shows the panels.");
	}

}
