package eu.agora.commitments;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: the ledger's commitments as other features may cite them (knowledge answers
 * "which cities…" questions from the ledger beside the documents), without reading its
 * storage. Dropped commitments are left out.
 */
public interface CommitmentSearch {

	/** Every commitment that is not dropped, oldest first. */
	List<Listed> listed();

	/**
	 * A commitment as it may be cited.
	 *
	 * @param id e.g. {@code C-17}
	 * @param cityKey the city it belongs to
	 * @param title its title
	 * @param description its description, or empty
	 * @param domain the Mission domain id
	 * @param status e.g. {@code in-progress}
	 * @param progress percent
	 * @param target e.g. {@code 40 km by 2030}
	 * @param deadline when it is due
	 * @param version changes with every change, for caching
	 */
	record Listed(String id, String cityKey, String title, String description, String domain, String status,
			int progress, String target, LocalDate deadline, long version) {
	}

}
