package eu.agora.directory;

/**
 * Two people turned out to be one (their accounts were linked): {@code from} no longer
 * exists and everything that referred to it should refer to {@code into}.
 *
 * @param from the id that disappeared
 * @param into the id that remains
 * @param name the remaining person's display name
 */
public record PeopleMerged(String from, String into, String name) {
}
