package org.ecooversight.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The jurisdiction comes from the configuration, whole, or the platform does not start. */
@DisplayName("辖区配置 / the jurisdiction's settings")
class JurisdictionTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(Jurisdiction.class)
	static class Settings {
	}

	/** Bound as the platform binds it, from the shipped application.yml. */
	private final ApplicationContextRunner shipped = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(Settings.class);

	/** Bound from the given properties only. */
	private final ApplicationContextRunner bare = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	@DisplayName("随附配置为石泉县：区划代码、名称与各类编号前缀")
	void theShippedConfigurationIsShiquanWithItsPrefixes() {
		shipped.run(context -> {
			Jurisdiction jurisdiction = context.getBean(Jurisdiction.class);
			assertThat(jurisdiction.regionCode()).isEqualTo("610922");
			assertThat(jurisdiction.name()).isEqualTo("石泉县");
			assertThat(jurisdiction.prefixes())
				.isEqualTo(new Jurisdiction.Prefixes("SQ", "石环督整", "石环督办", "石纪问责"));
		});
	}

	@Test
	@DisplayName("另一辖区可设置自己的前缀")
	void anotherJurisdictionSetsItsOwnPrefixes() {
		shipped.withPropertyValues("eco.jurisdiction.region-code=610921", "eco.jurisdiction.name=汉阴县",
				"eco.jurisdiction.prefixes.problem-code=HY", "eco.jurisdiction.prefixes.notice=汉环督整",
				"eco.jurisdiction.prefixes.supervision-order=汉环督办", "eco.jurisdiction.prefixes.accountability-case=汉纪问责")
			.run(context -> assertThat(context.getBean(Jurisdiction.class)).isEqualTo(new Jurisdiction("610921", "汉阴县",
					new Jurisdiction.Prefixes("HY", "汉环督整", "汉环督办", "汉纪问责"))));
	}

	@Test
	@DisplayName("旧的前缀配置项（eco.ledger.*-prefix、eco.accountability.case-prefix）仍然有效")
	void thePrefixesFormerNamesAreStillRead() {
		shipped.withPropertyValues("eco.ledger.code-prefix=HY", "eco.ledger.notice-prefix=汉环督整",
				"eco.ledger.supervision-prefix=汉环督办", "eco.accountability.case-prefix=汉纪问责")
			.run(context -> assertThat(context.getBean(Jurisdiction.class).prefixes())
				.isEqualTo(new Jurisdiction.Prefixes("HY", "汉环督整", "汉环督办", "汉纪问责")));
	}

	@Test
	@DisplayName("区划代码为空或不是省、市、县代码：拒绝启动并指明配置项")
	void aMissingOrMistakenRegionCodeStopsTheStartNamingIt() {
		shipped.withPropertyValues("eco.jurisdiction.region-code=")
			.run(context -> assertThat(rootMessage(context.getStartupFailure())).contains("eco.jurisdiction",
					"regionCode"));
		shipped.withPropertyValues("eco.jurisdiction.region-code=61092")
			.run(context -> assertThat(rootMessage(context.getStartupFailure())).contains("eco.jurisdiction",
					"regionCode", "a province, city or county division code"));
	}

	@Test
	@DisplayName("编号前缀没有代码内默认值：未配置则拒绝启动并指明配置项")
	void aPrefixHasNoDefaultInCode() {
		bare.withPropertyValues("eco.jurisdiction.region-code=610922", "eco.jurisdiction.name=石泉县",
				"eco.jurisdiction.prefixes.problem-code=SQ", "eco.jurisdiction.prefixes.notice=石环督整",
				"eco.jurisdiction.prefixes.supervision-order=石环督办")
			.run(context -> assertThat(rootMessage(context.getStartupFailure())).contains("eco.jurisdiction",
					"prefixes.accountabilityCase"));
		bare.withPropertyValues("eco.jurisdiction.region-code=610922", "eco.jurisdiction.name=石泉县")
			.run(context -> assertThat(rootMessage(context.getStartupFailure())).contains("eco.jurisdiction", "prefixes"));
	}

	private static String rootMessage(Throwable failure) {
		assertThat(failure).as("the start is refused").isNotNull();
		StringBuilder messages = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			messages.append(t.getMessage()).append('\n');
		}
		return messages.toString();
	}
}
