package org.ecooversight.region;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory H2 database holding the region table as migration V4 creates it, with the
 * module's components wired by hand: no Spring context, so no transactions either (each statement
 * commits on its own).
 */
final class RegionDatabase {

	final JdbcClient jdbc;
	final Regions regions;
	final DivisionLoading loading;

	RegionDatabase() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:region-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		JdbcTemplate jdbcTemplate = new JdbcTemplate(dataSource);
		jdbcTemplate.execute("""
				create table region (
				  code        varchar(12) not null primary key,
				  name        varchar(100) not null,
				  level       varchar(12) not null,
				  parent_code varchar(12)
				)""");
		jdbcTemplate.execute("create index region_parent_idx on region (parent_code)");
		this.jdbc = JdbcClient.create(jdbcTemplate);
		this.regions = new Regions(jdbc);
		this.loading = new DivisionLoading(jdbc, jdbcTemplate, regions);
	}

	int storedCount() {
		return jdbc.sql("select count(*) from region").query(Integer.class).single();
	}
}
