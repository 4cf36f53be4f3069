package org.ecooversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The commands an operator runs from a shell, each against a database of its own. */
@DisplayName("命令行 / commands")
class CommandsTest {

	@Test
	@DisplayName("verify-audit reports an intact record and exits 0; load-divisions loads every national division code")
	void commandsRunAgainstTheConfiguredDatabase() {
		String db = "--spring.datasource.url=jdbc:h2:mem:cmd-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		String out = capture(() -> assertThat(EcoOversightApplication.runCommand(new String[] { "verify-audit", db })).isZero());
		assertThat(out).contains("intact:");

		String loaded = capture(() -> assertThat(EcoOversightApplication.runCommand(new String[] { "load-divisions", db })).isZero());
		assertThat(loaded).containsPattern("read 44,?703");
	}

	private static String capture(Runnable command) {
		PrintStream original = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
		try {
			command.run();
		}
		finally {
			System.setOut(original);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}
}
