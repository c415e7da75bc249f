/**
 * The application's root: {@link eu.agora.AgoraApplication} and the start-up.
 */
@NullMarked
package eu.agora;

import org.jspecify.annotations.NullMarked;
