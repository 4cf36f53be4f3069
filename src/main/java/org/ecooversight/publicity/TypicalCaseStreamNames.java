package org.ecooversight.publicity;

import org.ecooversight.audit.StreamNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A typical case's stream in the record is known by its title. */
@Component
class TypicalCaseStreamNames extends StreamNames.FromTables {

	TypicalCaseStreamNames(JdbcClient jdbc) {
		super(jdbc,
				"select id, title from typical_case where id in (:ids)");
	}
}
