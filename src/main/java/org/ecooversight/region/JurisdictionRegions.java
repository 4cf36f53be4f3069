package org.ecooversight.region;

import org.ecooversight.shared.Jurisdiction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, makes sure the jurisdiction's own divisions (its province, city, county and towns)
 * are loaded; the whole national set is loaded by the {@code load-divisions} command.
 */
@Component
@Order(0)
class JurisdictionRegions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(JurisdictionRegions.class);

	private final DivisionLoading loading;
	private final String jurisdiction;

	JurisdictionRegions(DivisionLoading loading, Jurisdiction jurisdiction) {
		this.loading = loading;
		this.jurisdiction = jurisdiction.regionCode();
	}

	@Override
	public void run(ApplicationArguments args) {
		LoadReport report = loading.loadChain(jurisdiction);
		if (report.inserted() > 0) {
			log.info("Loaded the divisions of jurisdiction {}: {}", jurisdiction, report);
		}
	}
}
