package org.ecooversight;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The platform is one application of modules by capability; no module reaches into another's
 * internals and there are no cycles. The module diagrams in docs/modules are written from here on
 * request only ({@code ./mvnw test -Dtest=ModularityTest -Deco.docs.modules=write}, README): a test
 * run writes nothing into the source tree.
 */
class ModularityTest {

	static final ApplicationModules modules = ApplicationModules.of(EcoOversightApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	@EnabledIfSystemProperty(named = "eco.docs.modules", matches = "write")
	void writesTheModuleDiagrams() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}
}
