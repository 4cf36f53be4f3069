package org.ecooversight.intake;

import org.ecooversight.audit.StreamNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A lead's stream in the record is known by its tracking code. */
@Component
class LeadStreamNames extends StreamNames.FromTables {

	LeadStreamNames(JdbcClient jdbc) {
		super(jdbc,
				"select id, tracking_code from lead where id in (:ids)");
	}
}
