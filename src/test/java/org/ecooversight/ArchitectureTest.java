package org.ecooversight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The domain model does not depend on Spring, nothing reads the wall clock behind the platform's clock, the
 * jurisdiction is read through its typed settings, and the public portal holds no other module's aggregate.
 */
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

	/**
	 * The portal receives, reads and counts through the other modules' ids, values, use cases and
	 * queries; it never holds an aggregate or its repository, and publishes nothing (Modulith's
	 * verification keeps it to its allowed modules; this keeps it off their aggregates).
	 */
	@Test
	void thePortalTouchesNoAggregate() {
		noClasses().that()
			.resideInAPackage("org.ecooversight.portal..")
			.should()
			.dependOnClassesThat()
			.haveNameMatching("org\\.ecooversight\\.(intake\\.Leads?|ledger\\.Problems?|ledger\\.ProblemWork|publicity\\.TypicalCases?|publicity\\.PublishingCases)")
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

	/** The jurisdiction (region code, name, prefixes) is read through {@code shared.Jurisdiction}, never as loose properties. */
	@Test
	void theJurisdictionIsReadOnlyThroughItsSettings() {
		codeUnits()
			.should(new ArchCondition<JavaCodeUnit>(
					"not take an eco.jurisdiction.* or a prefix property through @Value") {
				@Override
				public void check(JavaCodeUnit unit, ConditionEvents events) {
					for (var parameter : unit.getParameters()) {
						parameter.tryGetAnnotationOfType(Value.class)
							.map(Value::value)
							.filter(v -> v.matches("\\$\\{eco\\.(jurisdiction\\.|ledger\\.[a-z-]*prefix|accountability\\.case-prefix).*"))
							.ifPresent(v -> events.add(SimpleConditionEvent.violated(unit,
									unit.getFullName() + " takes " + v)));
					}
				}
			})
			.check(classes);
	}
}
