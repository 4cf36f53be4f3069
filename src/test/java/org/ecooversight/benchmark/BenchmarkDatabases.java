package org.ecooversight.benchmark;

import java.nio.file.Path;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.ecooversight.support.PackagedPlatform;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The databases a benchmark measures, as durable as the ones users run: the H2 file URL is the one
 * application.yml ships (its options, WRITE_DELAY=0 among them, read from there, so the two cannot
 * drift apart), only the file elsewhere; PostgreSQL commits synchronously, as a server does by
 * default (the embedded one turns synchronous_commit off unless told).
 */
final class BenchmarkDatabases {

	private static final String SHIPPED_FILE = "jdbc:h2:file:./data/eco-oversight";

	private BenchmarkDatabases() {
	}

	/**
	 * The embedded default's URL with its file under {@code dir}. {@code -Dbench.h2=;OPTIONS} replaces
	 * the shipped options (e.g. to measure an earlier setting beside the current one).
	 */
	static String h2File(Path dir) {
		String options = System.getProperty("bench.h2");
		if (options == null) {
			String shipped = shippedUrl();
			if (!shipped.startsWith(SHIPPED_FILE)) {
				throw new IllegalStateException("application.yml's datasource is no longer " + SHIPPED_FILE + "…: " + shipped);
			}
			options = shipped.substring(SHIPPED_FILE.length());
		}
		return "jdbc:h2:file:" + dir.resolve("eco") + options;
	}

	static String shippedUrl() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		// the documents of profiles (postgres, command) are left out
		yaml.setDocumentMatchers(document -> document.containsKey("spring.config.activate.on-profile")
				? YamlProcessor.MatchStatus.NOT_FOUND : YamlProcessor.MatchStatus.FOUND);
		Properties properties = yaml.getObject();
		return properties.getProperty("spring.datasource.url");
	}

	/** An embedded PostgreSQL that commits as a production server does (synchronous_commit on). */
	static EmbeddedPostgres postgres() throws java.io.IOException {
		return PackagedPlatform.postgres();
	}
}
