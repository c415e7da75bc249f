package eu.agora.commitments;

/**
 * A field of a commitment that cannot be accepted as given; the message completes a
 * sentence starting with the field's name.
 */
class FieldProblem extends RuntimeException {

	private final String field;

	FieldProblem(String field, String problem) {
		super(problem, null, false, false);
		this.field = field;
	}

	String field() {
		return field;
	}

	/** E.g. "`target` needs its year, e.g. …". */
	String sentence() {
		return "`" + field + "` " + getMessage() + ".";
	}

}
