package org.ecooversight.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small set of division files for tests: Shaanxi, Ankang, Shiquan county and two of its towns,
 * which a test then breaks or extends. Line 1 of each file is its header; in streets.csv 城关镇 is on
 * line 2 and 池河镇 on line 3, so a line a test appends to streets.csv is line 4.
 */
final class DivisionFiles {

	private final Map<String, String> files = new LinkedHashMap<>();

	private DivisionFiles() {
		files.put("provinces.csv", "code,name\n61,\"陕西省\"\n");
		files.put("cities.csv", "code,name,provinceCode\n6109,\"安康市\",61\n");
		files.put("areas.csv", "code,name,cityCode,provinceCode\n610922,\"石泉县\",6109,61\n");
		files.put("streets.csv", "code,name,areaCode,provinceCode,cityCode\n"
				+ "610922100,\"城关镇\",610922,61,6109\n"
				+ "610922104,\"池河镇\",610922,61,6109\n");
	}

	static DivisionFiles shiquan() {
		return new DivisionFiles();
	}

	DivisionFiles appending(String file, String line) {
		files.put(file, files.get(file) + line + "\n");
		return this;
	}

	DivisionFiles with(String file, String content) {
		files.put(file, content);
		return this;
	}

	DivisionFiles without(String file) {
		files.remove(file);
		return this;
	}

	Path writtenTo(Path directory) {
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return directory;
	}
}
