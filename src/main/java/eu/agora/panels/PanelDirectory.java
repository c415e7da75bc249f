package eu.agora.panels;

import java.util.List;

/**
 * Port: the panels as other features see them — which cities each panel gathers and where
 * it is bound — for scopes made of a panel, and for reports on the outcomes of panels
 * with a member city in a scope.
 */
public interface PanelDirectory {

	/** Every panel that is not archived, by name. */
	List<PanelInfo> active();

	/**
	 * A panel in brief.
	 *
	 * @param name its name
	 * @param memberCities keys of its member cities
	 * @param channels bound channels as {@code platform:channelId}
	 */
	record PanelInfo(String name, List<String> memberCities, List<String> channels) {

		public PanelInfo {
			memberCities = List.copyOf(memberCities);
			channels = List.copyOf(channels);
		}

	}

}
