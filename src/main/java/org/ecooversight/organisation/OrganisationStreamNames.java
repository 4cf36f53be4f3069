package org.ecooversight.organisation;

import org.ecooversight.audit.StreamNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A unit's stream in the record (its posts and appointments) is known by its name, a person's by theirs. */
@Component
class OrganisationStreamNames extends StreamNames.FromTables {

	OrganisationStreamNames(JdbcClient jdbc) {
		super(jdbc,
				"select id, name from unit where id in (:ids)",
				"select id, name from person where id in (:ids)");
	}
}
