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
					// Stopped after every application context of the JVM is closed (Spring Boot's shutdown
					// handlers run last), not by a hook of its own racing them: a context closing against
					// a stopped database waits 30 s for a connection.
					postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
					EmbeddedPostgres started = postgres;
					org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
						try {
							started.close();
						}
						catch (java.io.IOException e) {
							throw new java.io.UncheckedIOException(e);
						}
					});
				}
			}
			var hikari = new com.zaxxer.hikari.HikariDataSource();
			hikari.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			hikari.setMaximumPoolSize(16);
			return hikari;
		}
	}
}
