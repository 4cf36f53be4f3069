package org.ecooversight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain model does not depend on Spring, and nothing reads the wall clock behind the platform's clock. */
class ArchitectureTest {

	static final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ecooversight");

	@Test
	void theAggregatesTheirEventsAndTheChaseRulesDoNotImportSpring() {
		noClasses().that()
			.haveNameMatching("org\\.ecooversight\\.(ledger\\.Problem|ledger\\.ProblemEvent.*|intake\\.Lead|intake\\.LeadEvent.*|ledger\\.Verdict|ledger\\.ProblemStatus|ledger\\.ProblemAction|ledger\\.Milestone|ledger\\.CopyRecipient|ledger\\.ChaseRules)")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(classes);
	}

	@Test
	void timeComesFromTheInjectedClock() {
		noClasses().should()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callConstructor(java.util.Date.class)
			.orShould()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
			.check(classes);
	}
}
