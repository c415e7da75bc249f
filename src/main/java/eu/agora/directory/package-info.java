/**
 * The directory: cities (with every common spelling of their names), people and their
 * platform identities and roles, and sectoral partner organisations. Other features ask
 * it through {@link eu.agora.directory.CityDirectory} and
 * {@link eu.agora.directory.People}.
 */
@ApplicationModule(displayName = "Directory")
@NullMarked
package eu.agora.directory;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
