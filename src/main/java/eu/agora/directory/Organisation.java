package eu.agora.directory;

import org.jspecify.annotations.Nullable;

/**
 * A sectoral partner of cities: a company, university, research body, bank, civic group
 * or public body.
 *
 * @param id stable id derived from the name, e.g. {@code lodz-university-of-technology}
 * @param name the organisation's name
 * @param sector its sector
 * @param cityKey the city it mainly works with, or {@code null}
 */
public record Organisation(String id, String name, Sector sector, @Nullable String cityKey) {
}
