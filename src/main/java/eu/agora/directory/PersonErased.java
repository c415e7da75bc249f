package eu.agora.directory;

import java.util.List;

/**
 * Published when a person has been erased from Agora's database, for adapters that keep
 * files of their own (the shell's history and saved files) to erase them there too.
 *
 * @param anonymousSubject the label that now stands for the person, e.g. {@code former
 * officer #3}
 * @param traces what identified them: their name, Agora id, platform identities and
 * platform user ids
 */
public record PersonErased(String anonymousSubject, List<String> traces) {

	public PersonErased {
		traces = List.copyOf(traces);
	}

}
