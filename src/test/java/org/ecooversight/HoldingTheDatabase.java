package org.ecooversight;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A separate JVM that opens an embedded H2 file database and holds it, as a running platform does,
 * until its input closes: the commands' test runs {@code verify-audit} against the held file.
 */
public final class HoldingTheDatabase {

	private HoldingTheDatabase() {
	}

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
			connection.createStatement().execute("create table if not exists held (id int)");
			System.out.println("holding");
			System.out.flush();
			while (System.in.read() != -1) {
				// wait until the test closes our input
			}
		}
	}
}
