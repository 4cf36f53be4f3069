package org.ecooversight;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecooversight.support.MutableClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * What the tests put in place of the real world: a clock they move, and (profile "pg") a real
 * PostgreSQL started from Maven Central's embedded binaries, one per test JVM.
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class TestPlatformConfiguration {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Configuration(proxyBeanMethods = false)
	@Profile("pg")
	static class EmbeddedPostgresDatabase {

		private static EmbeddedPostgres postgres;

		@Bean
		@Primary
		DataSource dataSource() throws Exception {
			synchronized (EmbeddedPostgresDatabase.class) {
				if (postgres == null) {
					postgres = EmbeddedPostgres.builder().start();
				}
			}
			var hikari = new com.zaxxer.hikari.HikariDataSource();
			hikari.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			hikari.setMaximumPoolSize(16);
			return hikari;
		}
	}
}
