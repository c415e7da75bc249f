package eu.agora.directory;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * An organisation as stored in the {@code organisations} collection; its id is derived
 * from the name, so two organisations never share a name.
 */
record OrganisationDocument(@Id String id, String name, String sector, @Nullable String cityKey) {

	static OrganisationDocument from(Organisation organisation) {
		return new OrganisationDocument(organisation.id(), organisation.name(), organisation.sector().id(),
				organisation.cityKey());
	}

	Organisation toOrganisation() {
		return new Organisation(id, name, Sector.parse(sector).orElseThrow(), cityKey);
	}

}
