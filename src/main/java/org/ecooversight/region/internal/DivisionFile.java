package org.ecooversight.region.internal;

import java.util.List;
import java.util.Optional;

import org.ecooversight.region.RegionLevel;

/**
 * The four division files, in the order they load, each with its header. Every file after the first
 * names its row's parent in the third column and repeats the codes of the levels above it.
 */
public enum DivisionFile {

	PROVINCES("provinces.csv", RegionLevel.PROVINCE, List.of("code", "name")),
	CITIES("cities.csv", RegionLevel.CITY, List.of("code", "name", "provinceCode")),
	AREAS("areas.csv", RegionLevel.COUNTY, List.of("code", "name", "cityCode", "provinceCode")),
	STREETS("streets.csv", RegionLevel.TOWN, List.of("code", "name", "areaCode", "provinceCode", "cityCode"));

	private final String fileName;
	private final RegionLevel level;
	private final List<String> header;

	DivisionFile(String fileName, RegionLevel level, List<String> header) {
		this.fileName = fileName;
		this.level = level;
		this.header = header;
	}

	public String fileName() {
		return fileName;
	}

	public RegionLevel level() {
		return level;
	}

	public List<String> header() {
		return header;
	}

	/** The column holding the code of the row's ancestor at a level, if the file has one. */
	Optional<Integer> columnOf(RegionLevel ancestor) {
		int column = header.indexOf(columnName(ancestor));
		return column < 0 ? Optional.empty() : Optional.of(column);
	}

	static DivisionFile of(RegionLevel level) {
		for (DivisionFile file : values()) {
			if (file.level == level) {
				return file;
			}
		}
		throw new IllegalArgumentException("no division file for " + level);
	}

	static String columnName(RegionLevel level) {
		return switch (level) {
			case PROVINCE -> "provinceCode";
			case CITY -> "cityCode";
			case COUNTY -> "areaCode";
			case TOWN -> "streetCode";
		};
	}
}
