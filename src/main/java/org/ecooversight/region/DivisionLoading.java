package org.ecooversight.region;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ecooversight.region.internal.DivisionSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads the official division codes: the whole country from a directory of the four files
 * (provinces.csv, cities.csv, areas.csv, streets.csv) or from the copy bundled with the application,
 * or, at start-up, just the jurisdiction's county with the province and city above it and its towns.
 * <p>
 * The files are read and checked as a whole before anything is stored, so a bad file stores
 * nothing. Loading only adds the codes that are not stored yet; it never changes or removes one.
 */
@Component
public class DivisionLoading {

	private static final Logger log = LoggerFactory.getLogger(DivisionLoading.class);

	private static final int BATCH_SIZE = 1000;

	/** Above this many codes, reading all stored codes is cheaper than asking for each. */
	private static final int MAX_CODES_IN_QUERY = 500;

	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;
	private final Regions regions;

	DivisionLoading(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Regions regions) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.regions = regions;
	}

	/**
	 * Loads all four files, provinces first.
	 *
	 * @param directory the directory holding the files, or null for the bundled copy
	 * @throws DivisionFileException naming the file and line of the first problem; nothing is stored then
	 */
	@Transactional
	public LoadReport loadAll(Path directory) {
		DivisionSet divisions = directory == null ? DivisionSet.bundled() : DivisionSet.fromDirectory(directory);
		LoadReport report = store(divisions.all());
		log.info("Loaded division codes from {}: {}", directory == null ? "the bundled files" : directory, report);
		return report;
	}

	/**
	 * Loads one county from the bundled files: its province, its city, the county and its towns.
	 *
	 * @throws IllegalArgumentException if the bundled files have no county with that code
	 */
	@Transactional
	public LoadReport loadChain(String countyCode) {
		LoadReport report = store(DivisionSet.bundled().chain(countyCode));
		log.info("Loaded the division codes of county {}: {}", countyCode, report);
		return report;
	}

	private LoadReport store(List<Region> divisions) {
		Set<String> stored = storedCodes(divisions);
		List<Region> missing = divisions.stream().filter(region -> !stored.contains(region.code())).toList();
		if (!missing.isEmpty()) {
			jdbcTemplate.batchUpdate("insert into region (code, name, level, parent_code) values (?, ?, ?, ?)", missing,
					BATCH_SIZE, (statement, region) -> {
						statement.setString(1, region.code());
						statement.setString(2, region.name());
						statement.setString(3, region.level().name());
						statement.setString(4, region.parentCode());
					});
			afterCommit(regions::forgetChildren);
		}
		return new LoadReport(divisions.size(), missing.size(), divisions.size() - missing.size());
	}

	private Set<String> storedCodes(List<Region> divisions) {
		if (divisions.isEmpty()) {
			return Set.of();
		}
		if (divisions.size() > MAX_CODES_IN_QUERY) {
			return new HashSet<>(jdbc.sql("select code from region").query(String.class).list());
		}
		List<String> codes = divisions.stream().map(Region::code).toList();
		return new HashSet<>(jdbc.sql("select code from region where code in (:codes)")
			.param("codes", codes)
			.query(String.class)
			.list());
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}
}
