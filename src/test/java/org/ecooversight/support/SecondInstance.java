package org.ecooversight.support;

import java.util.ArrayList;
import java.util.List;

import org.ecooversight.EcoOversightApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another instance of the platform on the test's database (the same in-memory H2, or the embedded
 * PostgreSQL), as a cluster would run it: no web server, no timers, no sample data of its own.
 */
public final class SecondInstance {

	private SecondInstance() {
	}

	/** Starts it with the test's profiles and database, and the given extra settings ("--key=value"). */
	public static ConfigurableApplicationContext on(Environment environment, String... settings) {
		List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=none", "--db-scheduler.enabled=false",
				"--eco.demo.sample-problems=false", "--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--spring.datasource.url=" + environment.getProperty("spring.datasource.url")));
		args.addAll(List.of(settings));
		return new SpringApplicationBuilder(EcoOversightApplication.class).profiles(environment.getActiveProfiles())
			.run(args.toArray(String[]::new));
	}
}
