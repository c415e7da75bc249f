package eu.agora.directory;

/**
 * Extension point: a module that holds data about people implements it, so that a
 * person's export ({@code /agora my-data}, GDPR Art. 15 and 20) and erasure
 * ({@code /agora
 * forget-me}, {@code /agora erase}, Art. 17) reach every module.
 */
public interface PersonalData {

	/** The name of this module's section in the export, e.g. {@code commitments}. */
	String section();

	/**
	 * What this module holds about the person, as plain values that serialise to JSON
	 * (records, lists, maps, strings, numbers); an empty list or map when nothing.
	 */
	Object heldAbout(String personId);

	/**
	 * Removes or anonymises what this module holds about the person. Where a history must
	 * stay whole, the person's id is replaced by {@code anonymousSubject} (an opaque
	 * label such as "former officer #3"). Idempotent: erasing twice changes nothing more.
	 */
	void erase(String personId, String anonymousSubject);

}
