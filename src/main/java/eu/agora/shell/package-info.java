/**
 * The shell adapter: Agora in a terminal (a REPL with history and completion) or driven
 * by a script on standard input, with replies as readable text or one JSON line each. It
 * runs when no Slack or Discord credentials are configured.
 */
@ApplicationModule(displayName = "Shell adapter")
@NullMarked
package eu.agora.shell;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
