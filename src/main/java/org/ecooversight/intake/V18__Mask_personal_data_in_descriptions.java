package org.ecooversight.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Masks the personal data in the descriptions of leads and problems stored before intake masked them
 * ({@link PersonalData}, general rules), in the projection tables {@code lead} and {@code problem}
 * only: lists, searches, the Excel export and duplicate candidates read these. The tamper-evident
 * record is never rewritten; what is replayed from it is masked when it is read ({@link Lead},
 * {@code ledger.ProblemEvent.ProblemOpened#masked()}), with the same rules, so a problem reads the
 * same on its page and in the list. A Spring bean, so that Flyway runs it in order with the SQL
 * migrations (Spring Boot hands Flyway every {@code JavaMigration} bean).
 */
@Component
class V18__Mask_personal_data_in_descriptions extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		maskDescriptions(context.getConnection());
	}

	/** Masks every stored description of the two tables that still carries personal data; returns how many. */
	static int maskDescriptions(Connection connection) throws SQLException {
		return mask(connection, "lead") + mask(connection, "problem");
	}

	private static int mask(Connection connection, String table) throws SQLException {
		int changed = 0;
		try (PreparedStatement select = connection.prepareStatement("select id, description from " + table);
				PreparedStatement update = connection.prepareStatement("update " + table + " set description = ? where id = ?");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				String description = rows.getString(2);
				String masked = PersonalData.mask(description);
				if (description != null && !masked.equals(description)) {
					update.setString(1, masked);
					update.setObject(2, rows.getObject(1, UUID.class));
					update.addBatch();
					if (++changed % 500 == 0) {
						update.executeBatch();
					}
				}
			}
			if (changed % 500 != 0) {
				update.executeBatch();
			}
		}
		return changed;
	}
}
