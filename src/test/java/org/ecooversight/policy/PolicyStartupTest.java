package org.ecooversight.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ecooversight.EcoOversightApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A platform with a mistaken policy file does not start, and says where the mistake is. */
@DisplayName("规则配置错误时拒绝启动 / refusing to start on a bad policy")
class PolicyStartupTest {

	@Test
	void aPlatformWithAMistakenPolicyFileRefusesToStartNamingTheKeyAndLine(@TempDir Path dir) throws Exception {
		Path bad = dir.resolve("610922.yaml");
		Files.writeString(bad, PolicyFileTest.VALID.replace("reminders:", "reminderz:"));
		assertThatThrownBy(() -> new SpringApplicationBuilder(EcoOversightApplication.class)
			.web(WebApplicationType.NONE)
			.run("--eco.policy.file=file:" + bad, "--spring.datasource.url=jdbc:h2:mem:policy-" + System.nanoTime(),
					"--eco.demo.enabled=false", "--db-scheduler.enabled=false"))
			.satisfies(e -> assertThat(rootMessage(e)).contains("610922.yaml line 6", "reminderz", "unknown key"));
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage();
	}
}
