package org.ecooversight.region.internal;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ecooversight.region.DivisionFileException;
import org.ecooversight.region.Region;
import org.ecooversight.region.RegionLevel;

/**
 * The four division files read and checked as one set, before anything is stored: every row has
 * the file's columns, every code has the digits of its level and appears once in its file, every
 * row's parent is in the file above, and the codes a row repeats for the higher levels are those of
 * its parent's own ancestors. The first row that breaks a rule fails the whole set with a
 * {@link DivisionFileException} naming the file and the line.
 */
public final class DivisionSet {

	/** Where the official lists ship inside the application. */
	public static final String BUNDLED_LOCATION = "reference/divisions/";

	/** The region table's name column is varchar(100). */
	static final int MAX_NAME_LENGTH = 100;

	/** Opens one division file of a set. A missing file is a {@link NoSuchFileException} or a {@link FileNotFoundException}. */
	@FunctionalInterface
	public interface Source {

		InputStream open(DivisionFile file) throws IOException;
	}

	private final Map<RegionLevel, Map<String, Region>> byLevel = new EnumMap<>(RegionLevel.class);

	private DivisionSet() {
		for (RegionLevel level : RegionLevel.values()) {
			byLevel.put(level, new LinkedHashMap<>());
		}
	}

	/** Reads provinces.csv, cities.csv, areas.csv and streets.csv from a directory. */
	public static DivisionSet fromDirectory(Path directory) {
		return read(file -> Files.newInputStream(directory.resolve(file.fileName())), "in " + directory);
	}

	/** Reads the files bundled with the application. */
	public static DivisionSet bundled() {
		ClassLoader loader = DivisionSet.class.getClassLoader();
		return read(file -> {
			InputStream in = loader.getResourceAsStream(BUNDLED_LOCATION + file.fileName());
			if (in == null) {
				throw new FileNotFoundException(BUNDLED_LOCATION + file.fileName());
			}
			return in;
		}, "on the class path under " + BUNDLED_LOCATION);
	}

	/**
	 * Reads and checks the four files in order.
	 *
	 * @param where how to say where the files were looked for, when one is missing ("in /data/divisions")
	 * @throws DivisionFileException for the first file and line that breaks a rule
	 */
	public static DivisionSet read(Source source, String where) {
		DivisionSet set = new DivisionSet();
		for (DivisionFile file : DivisionFile.values()) {
			set.readFile(file, source, where);
		}
		return set;
	}

	/** Every division, provinces first, then cities, counties and towns, each in file order. */
	public List<Region> all() {
		List<Region> all = new ArrayList<>(size());
		for (Map<String, Region> regions : byLevel.values()) {
			all.addAll(regions.values());
		}
		return Collections.unmodifiableList(all);
	}

	public int size() {
		return byLevel.values().stream().mapToInt(Map::size).sum();
	}

	public Optional<Region> find(String code) {
		return RegionLevel.ofCode(code).map(level -> byLevel.get(level).get(code));
	}

	/**
	 * A county with its province and city above it and its towns below it, in that order: what a
	 * deployment for one county needs.
	 *
	 * @throws IllegalArgumentException if the set has no county with that code
	 */
	public List<Region> chain(String countyCode) {
		Region county = byLevel.get(RegionLevel.COUNTY).get(countyCode);
		if (county == null) {
			throw new IllegalArgumentException("division code " + countyCode + " is not a county in the division files");
		}
		Region city = byLevel.get(RegionLevel.CITY).get(county.parentCode());
		Region province = byLevel.get(RegionLevel.PROVINCE).get(city.parentCode());
		List<Region> chain = new ArrayList<>(List.of(province, city, county));
		for (Region town : byLevel.get(RegionLevel.TOWN).values()) {
			if (countyCode.equals(town.parentCode())) {
				chain.add(town);
			}
		}
		return Collections.unmodifiableList(chain);
	}

	private void readFile(DivisionFile file, Source source, String where) {
		String name = file.fileName();
		int line = 0;
		try (InputStream in = source.open(file);
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()))) {
			String text = reader.readLine();
			line = 1;
			if (text == null) {
				throw new DivisionFileException(name, 0, "the file is empty; expected the header " + headerOf(file));
			}
			checkHeader(file, stripByteOrderMark(text));
			Map<String, Integer> firstLines = new HashMap<>();
			while ((text = reader.readLine()) != null) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				addRow(file, line, split(file, line, text), firstLines);
			}
		}
		catch (NoSuchFileException | FileNotFoundException ex) {
			throw new DivisionFileException(name, 0, "not found " + where);
		}
		catch (CharacterCodingException ex) {
			// the reader decodes ahead, so the bad bytes are somewhere after the last line read
			throw new DivisionFileException(name, 0, "is not UTF-8 text (bad bytes after line " + line + ")");
		}
		catch (IOException ex) {
			throw new DivisionFileException(name, 0, "cannot be read: " + ex.getMessage());
		}
	}

	private static void checkHeader(DivisionFile file, String text) {
		List<String> header = split(file, 1, text).stream().map(String::strip).toList();
		if (!header.equals(file.header())) {
			throw new DivisionFileException(file.fileName(), 1,
					"the header is \"" + text + "\", expected " + headerOf(file));
		}
	}

	private void addRow(DivisionFile file, int line, List<String> fields, Map<String, Integer> firstLines) {
		RegionLevel level = file.level();
		if (fields.size() != file.header().size()) {
			throw fail(file, line, fields.size() + (fields.size() == 1 ? " column" : " columns") + ", expected "
					+ file.header().size() + " (" + String.join(",", file.header()) + ")");
		}
		String code = fields.get(0);
		checkCode(file, line, "code", code, level);
		String name = fields.get(1).strip();
		if (name.isEmpty()) {
			throw fail(file, line, "code " + code + " has no name");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw fail(file, line, "the name of " + code + " has " + name.length() + " characters, at most "
					+ MAX_NAME_LENGTH + " fit");
		}
		for (RegionLevel ancestor : RegionLevel.values()) {
			if (ancestor.ordinal() < level.ordinal()) {
				checkCode(file, line, DivisionFile.columnName(ancestor), fields.get(file.columnOf(ancestor).orElseThrow()),
						ancestor);
			}
		}
		Integer first = firstLines.putIfAbsent(code, line);
		if (first != null) {
			throw fail(file, line, "code " + code + " appears twice (first on line " + first + ")");
		}
		String parentCode = null;
		Optional<RegionLevel> parentLevel = level.parent();
		if (parentLevel.isPresent()) {
			parentCode = fields.get(file.columnOf(parentLevel.get()).orElseThrow());
			Region parent = byLevel.get(parentLevel.get()).get(parentCode);
			if (parent == null) {
				throw fail(file, line, DivisionFile.columnName(parentLevel.get()) + " " + parentCode + " of " + noun(level)
						+ " " + code + " is not in " + DivisionFile.of(parentLevel.get()).fileName());
			}
			checkRepeatedAncestors(file, line, fields, parent);
		}
		byLevel.get(level).put(code, new Region(code, name, level, parentCode));
	}

	/** The codes a row repeats for the levels above its parent must be the parent's own ancestors. */
	private void checkRepeatedAncestors(DivisionFile file, int line, List<String> fields, Region parent) {
		Region below = parent;
		while (below.parentCode() != null) {
			Region above = find(below.parentCode()).orElseThrow();
			Optional<Integer> column = file.columnOf(above.level());
			if (column.isPresent() && !fields.get(column.get()).equals(above.code())) {
				throw fail(file, line, DivisionFile.columnName(above.level()) + " " + fields.get(column.get())
						+ " does not match " + above.code() + ", the " + noun(above.level()) + " of "
						+ noun(parent.level()) + " " + parent.code());
			}
			below = above;
		}
	}

	private static void checkCode(DivisionFile file, int line, String column, String value, RegionLevel level) {
		if (value.isEmpty()) {
			throw fail(file, line, column + " is empty");
		}
		if (!allDigits(value)) {
			throw fail(file, line, column + " \"" + value + "\" must be digits only");
		}
		if (value.length() != level.digits()) {
			throw fail(file, line, column + " " + value + " has " + value.length() + " digits, a " + noun(level)
					+ " code has " + level.digits());
		}
	}

	private static List<String> split(DivisionFile file, int line, String text) {
		try {
			return CsvLine.split(text);
		}
		catch (IllegalArgumentException ex) {
			throw fail(file, line, ex.getMessage());
		}
	}

	private static DivisionFileException fail(DivisionFile file, int line, String reason) {
		return new DivisionFileException(file.fileName(), line, reason);
	}

	private static String headerOf(DivisionFile file) {
		return "\"" + String.join(",", file.header()) + "\"";
	}

	private static String noun(RegionLevel level) {
		return level.name().toLowerCase(Locale.ROOT);
	}

	private static String stripByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static boolean allDigits(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}
}
