package org.ecooversight.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command {@code load-divisions [directory]} as an operator runs it. */
class DivisionCommandTest {

	@TempDir
	Path directory;

	private final RegionDatabase database = new RegionDatabase();
	private final DivisionCommand command = new DivisionCommand(database.loading);
	private final ByteArrayOutputStream output = new ByteArrayOutputStream();
	private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

	@Test
	void goodFilesAreLoadedAndCounted() {
		Path files = DivisionFiles.shiquan().writtenTo(directory);

		assertThat(command.run(List.of("load-divisions", files.toString()), out)).isZero();
		assertThat(printed()).contains("read 5, inserted 5, already present 0");
		assertThat(database.storedCount()).isEqualTo(5);
	}

	@Test
	void aBadFileIsNamedWithItsLineAndNothingIsStored() {
		Path files = DivisionFiles.shiquan()
			.appending("streets.csv", "61092299,\"某镇\",610922,61,6109")
			.writtenTo(directory);

		assertThat(command.run(List.of(files.toString()), out)).isEqualTo(1);
		assertThat(printed()).contains("streets.csv line 4: code 61092299 has 8 digits, a town code has 9")
			.contains("nothing was stored");
		assertThat(database.storedCount()).isZero();
	}

	@Test
	void aDirectoryThatDoesNotExistIsRefused() {
		assertThat(command.run(List.of("load-divisions", directory.resolve("missing").toString()), out)).isEqualTo(1);
		assertThat(printed()).contains("is not a directory").contains("usage: load-divisions [directory]");
	}

	@Test
	void moreThanOneDirectoryIsRefused() {
		assertThat(command.run(List.of("load-divisions", "a", "b"), out)).isEqualTo(1);
		assertThat(printed()).contains("usage: load-divisions [directory]");
	}

	private String printed() {
		return output.toString(StandardCharsets.UTF_8);
	}
}
