package eu.agora.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation as stored in the {@code organisations} collection; its id is derived
 * from the name, so two organisations never share a name.
 */
@Document("organisations")
record OrganisationDocument(@Id String id, String name, String sector, String cityKey) {

	Organisation toOrganisation() {
		return new Organisation(id, name, Sector.parse(sector).orElseThrow(), cityKey);
	}

}
