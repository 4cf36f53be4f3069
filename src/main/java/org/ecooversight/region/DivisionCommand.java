package org.ecooversight.region;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The command {@code load-divisions [directory]}: loads the official division codes from a
 * directory holding provinces.csv, cities.csv, areas.csv and streets.csv, or from the copy bundled
 * with the application when no directory is given, and prints what it did or the file and line
 * that stopped it.
 */
@Component
public class DivisionCommand {

	public static final String NAME = "load-divisions";

	private static final String USAGE = "usage: " + NAME + " [directory]";

	private final DivisionLoading loading;

	DivisionCommand(DivisionLoading loading) {
		this.loading = loading;
	}

	/**
	 * Runs the command.
	 *
	 * @param args the command's arguments, with or without the command's name in front
	 * @return the exit code: 0 if the codes were loaded, 1 if nothing was stored
	 */
	public int run(List<String> args, PrintStream out) {
		List<String> rest = !args.isEmpty() && NAME.equals(args.get(0)) ? args.subList(1, args.size()) : args;
		if (rest.size() > 1) {
			out.println(USAGE);
			return 1;
		}
		Path directory = rest.isEmpty() ? null : Path.of(rest.get(0));
		if (directory != null && !Files.isDirectory(directory)) {
			out.println(NAME + ": " + directory + " is not a directory");
			out.println(USAGE);
			return 1;
		}
		try {
			LoadReport report = loading.loadAll(directory);
			out.println(NAME + ": " + (directory == null ? "bundled files" : directory.toString()) + ": " + report);
			return 0;
		}
		catch (DivisionFileException ex) {
			out.println(NAME + ": " + ex.getMessage());
			out.println(NAME + ": nothing was stored");
			return 1;
		}
	}
}
