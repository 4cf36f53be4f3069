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
 * <li>{@code verify-audit}: check the tamper-evident record; exit {@value #INTACT} if intact,
 * {@value #BROKEN} if not (every broken stream listed), {@value #IN_USE} if the embedded database is
 * held by a running platform (verify through it instead), {@value #FAILED} if the command could not
 * run at all (no database, bad options).</li>
 * </ul>
 * A command that cannot start says why in one line on standard error, without a stack trace.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EcoOversightApplication {

	static final List<String> COMMANDS = List.of(DivisionCommand.NAME, "verify-audit");

	/** Exit codes of the commands (README, Commands). */
	static final int INTACT = 0, BROKEN = 1, FAILED = 2, IN_USE = 3;

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
		ConfigurableApplicationContext started;
		try {
			started = app.run(options);
		}
		catch (RuntimeException e) {
			return cannotStart(args[0], e);
		}
		try (ConfigurableApplicationContext context = started) {
			List<String> rest = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toList();
			if (args[0].equals(DivisionCommand.NAME)) {
				return context.getBean(DivisionCommand.class).run(rest, System.out);
			}
			Verification verification = context.getBean(VerifyingTheRecord.class).verify();
			System.out.println(verification.summary());
			return verification.intact() ? INTACT : BROKEN;
		}
	}

	/**
	 * One line for a command that could not start: the embedded database held by a running platform
	 * (H2 locks its file), or the deepest cause's message.
	 */
	private static int cannotStart(String command, Throwable failure) {
		Throwable root = failure;
		boolean inUse = false;
		for (Throwable t = failure; t != null; t = t.getCause()) {
			root = t;
			// H2 error 90020 (DATABASE_ALREADY_OPEN_1): "Database may be already in use ... The file is locked".
			if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
				inUse = true;
			}
		}
		if (inUse) {
			System.err.println(command + ": the database is in use by a running platform; stop it first, or verify through"
					+ " the running platform (GET /api/v1/audit/verification, or 系统管理 → 留痕记录验证)");
			return IN_USE;
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
		System.err.println(command + ": could not start: " + message);
		return FAILED;
	}
}
