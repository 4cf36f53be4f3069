package org.ecooversight.portal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.publicity.CaseCategory;
import org.ecooversight.publicity.TypicalCaseQueries;
import org.ecooversight.publicity.TypicalCaseQueries.PublicCase;
import org.ecooversight.publicity.TypicalCaseQueries.PublicPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The typical cases on the portal over HTTP, without signing in (publishing and withdrawing them is
 * the publicity module's). Under the API description's tag of the typical cases, where they were
 * always listed.
 */
@RestController
@Tag(name = "Publicity", description = "典型案例: typical cases on the public portal (Q 宣传机制; S 五项机制2 通报曝光机制)")
class PublicCaseController {

	private final TypicalCaseQueries queries;

	PublicCaseController(TypicalCaseQueries queries) {
		this.queries = queries;
	}

	@Operation(summary = "The typical cases on the portal, newest first, optionally of one category (no sign-in)")
	@GetMapping("/api/v1/public/cases")
	PublicPage published(@Parameter(description = "EXPOSURE, UNDERPERFORMANCE, ACCOUNTABILITY or GOOD_PRACTICE")
			@RequestParam(required = false) CaseCategory category, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return queries.published(category, page, size);
	}

	@Operation(summary = "A typical case on the portal (no sign-in); 404 once withdrawn")
	@GetMapping("/api/v1/public/cases/{id}")
	PublicCase published(@PathVariable UUID id) {
		return queries.published(id);
	}
}
