package eu.agora.commitments;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Port: a city's commitments in brief, for features that describe a city (twinning
 * profiles) without reading the ledger's storage.
 */
public interface CityCommitments {

	/** The city's commitments, each as of its last event, ordered by id. */
	List<Brief> of(String cityKey);

	/** The levers of change a commitment may name, e.g. {@code finance}. */
	List<String> levers();

	/**
	 * One commitment in brief.
	 *
	 * @param id e.g. {@code C-17}
	 * @param domain the Mission domain's id, e.g. {@code energy}
	 * @param lever the lever's id, or {@code null}
	 * @param status {@code planned}, {@code in-progress}, {@code at-risk},
	 * {@code achieved} or {@code dropped}
	 * @param open whether it is still to be done
	 * @param progress in percent
	 */
	record Brief(String id, String title, String domain, @Nullable String lever, String status, boolean open,
			int progress, LocalDate deadline) {
	}

}
