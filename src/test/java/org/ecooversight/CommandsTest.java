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

	@Test
	@DisplayName("verify-audit on an embedded database held by a running platform says so in one line and exits 3, not 1 (broken)")
	void verifyingADatabaseInUseSaysSoInOneLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("held").toAbsolutePath();
		Process holder = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), HoldingTheDatabase.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		try {
			assertThat(new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine()).isEqualTo("holding");
			PrintStream originalErr = System.err;
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			int code;
			try {
				code = EcoOversightApplication.runCommand(new String[] { "verify-audit", "--spring.datasource.url=" + url });
			}
			finally {
				System.setErr(originalErr);
			}
			assertThat(code).isEqualTo(3);
			String said = err.toString(StandardCharsets.UTF_8).strip();
			assertThat(said).contains("in use by a running platform").doesNotContain("Exception", "\tat ");
			assertThat(said.lines()).hasSize(1);
		}
		finally {
			holder.getOutputStream().close();
			holder.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
			holder.destroyForcibly();
		}
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
