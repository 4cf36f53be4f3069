package org.ecooversight;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The platform is one application of modules by capability; no module reaches into another's
 * internals and there are no cycles. The module diagram in docs/ is generated from here.
 */
class ModularityTest {

	static final ApplicationModules modules = ApplicationModules.of(EcoOversightApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}
}
