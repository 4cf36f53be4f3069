package org.ecooversight;

import java.util.Arrays;
import java.util.List;

import org.ecooversight.audit.Verification;
import org.ecooversight.audit.VerifyingTheRecord;
import org.ecooversight.region.DivisionCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Eco Oversight (生态环境监督问责平台). Without arguments it serves the platform; with a command as the
 * first argument it runs that command without a web server and exits with its status:
 * <ul>
 * <li>{@code load-divisions [directory]}: load the national division codes (the bundled set, or CSV
 * files in the directory);</li>
 * <li>{@code verify-audit}: check the tamper-evident record; exit 0 if intact, 1 if not.</li>
 * </ul>
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EcoOversightApplication {

	static final List<String> COMMANDS = List.of(DivisionCommand.NAME, "verify-audit");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			System.exit(runCommand(args));
		}
		SpringApplication.run(EcoOversightApplication.class, args);
	}

	static int runCommand(String[] args) {
		SpringApplication app = new SpringApplication(EcoOversightApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setAdditionalProfiles("command");
		// Options (--spring.datasource.url=…) configure the platform; the other words are the command's.
		String[] options = Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
		try (ConfigurableApplicationContext context = app.run(options)) {
			List<String> rest = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toList();
			if (args[0].equals(DivisionCommand.NAME)) {
				return context.getBean(DivisionCommand.class).run(rest, System.out);
			}
			Verification verification = context.getBean(VerifyingTheRecord.class).verify();
			System.out.println(verification.summary());
			return verification.intact() ? 0 : 1;
		}
	}
}
