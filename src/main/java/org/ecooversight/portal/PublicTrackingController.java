package org.ecooversight.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.ledger.PublicTracking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public tracking lookup over HTTP (see {@link PublicTracking}). */
@RestController
@Tag(name = "Public", description = "公众查询")
class PublicTrackingController {

	private final PublicTracking tracking;

	PublicTrackingController(PublicTracking tracking) {
		this.tracking = tracking;
	}

	record RatingBody(org.ecooversight.intake.Rating rating, String comment) {
	}

	@Operation(summary = "The reporter rates the handling once it is closed: SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED")
	@org.springframework.web.bind.annotation.PostMapping("/api/v1/public/leads/{trackingCode}/rating")
	PublicTracking.PublicStatus rate(@PathVariable String trackingCode,
			@org.springframework.web.bind.annotation.RequestBody RatingBody body) {
		return tracking.rate(trackingCode, body.rating(), body.comment());
	}

	@Operation(summary = "A reporter's view of their report, by tracking code (no sign-in)")
	@GetMapping("/api/v1/public/leads/{trackingCode}")
	PublicTracking.PublicStatus status(@PathVariable String trackingCode) {
		return tracking.status(trackingCode);
	}
}
