package org.ecooversight.accountability;

import org.ecooversight.audit.StreamNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case's stream in the record is known by the case's number, a trigger's by its subject (a problem's
 * code or a lead's tracking code).
 */
@Component
class AccountabilityStreamNames extends StreamNames.FromTables {

	AccountabilityStreamNames(JdbcClient jdbc) {
		super(jdbc,
				"select id, number from acc_case where id in (:ids)",
				"select id, subject from acc_trigger where id in (:ids) and subject is not null");
	}
}
