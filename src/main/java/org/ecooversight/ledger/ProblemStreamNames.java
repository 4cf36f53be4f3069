package org.ecooversight.ledger;

import org.ecooversight.audit.StreamNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A problem's stream in the record is known by the problem's code. */
@Component
class ProblemStreamNames extends StreamNames.FromTables {

	ProblemStreamNames(JdbcClient jdbc) {
		super(jdbc,
				"select id, code from problem where id in (:ids)");
	}
}
