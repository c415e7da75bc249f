/**
 * City Panels: peer groups of cities bound to Slack and Discord channels, with scheduled
 * sessions, moderated discussion rounds, key points saved by anyone in the panel, and
 * results-oriented outcomes that attribute nothing to individuals. Publishes
 * {@link eu.agora.panels.PanelOutcomePublished}.
 */
@ApplicationModule(displayName = "City Panels")
@NullMarked
package eu.agora.panels;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
