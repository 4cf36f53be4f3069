package org.ecooversight.publicity.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.publicity.CaseCategory;
import org.ecooversight.publicity.PublishingCases;
import org.ecooversight.publicity.PublishingCases.Publish;
import org.ecooversight.publicity.TypicalCase;
import org.ecooversight.publicity.TypicalCaseQueries;
import org.ecooversight.publicity.TypicalCaseQueries.CaseLine;
import org.ecooversight.shared.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typical cases over HTTP: the publishers (policy {@code publicity.publishers}) publish, withdraw and
 * read them with their record. Anyone reads the published ones through the portal
 * ({@code /api/v1/public/cases}, module portal).
 */
@RestController
@Tag(name = "Publicity", description = "典型案例: typical cases on the public portal (Q 宣传机制; S 五项机制2 通报曝光机制)")
class PublicityController {

	private final PublishingCases publishing;
	private final TypicalCaseQueries queries;
	private final JsonMapper json;

	PublicityController(PublishingCases publishing, TypicalCaseQueries queries, JsonMapper json) {
		this.publishing = publishing;
		this.queries = queries;
		this.json = json;
	}

	/**
	 * A case to publish: {@code category} one of EXPOSURE (曝光), UNDERPERFORMANCE (整改不力),
	 * ACCOUNTABILITY (追责问责), GOOD_PRACTICE (典型经验); {@code townCode} and {@code problemCode} optional;
	 * {@code publishedOn} today unless given (not after today).
	 */
	record PublishBody(String title, CaseCategory category, String townCode, String problemCode, String writeUp,
			LocalDate publishedOn) {
	}

	record WithdrawBody(String reason) {
	}

	record EventView(int seq, String type, Instant occurredAt, String actor, JsonNode payload, String prevHash,
			String hash) {
	}

	@Operation(summary = "Publish a typical case on the public portal (the policy's publishers: committee office, task force leader)",
			description = "A write-up (or title) that contains the name, phone number or e-mail a reporter of the related problem gave is refused (field writeUp / title).")
	@PostMapping(path = "/api/v1/publicity/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CaseLine> publish(@RequestBody PublishBody body, Actor actor) {
		TypicalCase c = publishing.publish(new Publish(body.title(), body.category(), body.townCode(), body.problemCode(),
				body.writeUp(), body.publishedOn()), actor);
		return ResponseEntity.created(URI.create("/api/v1/publicity/cases/" + c.id())).body(queries.one(c.id(), actor));
	}

	@Operation(summary = "Withdraw a typical case from the portal, with the reason; it stays in the record")
	@PostMapping(path = "/api/v1/publicity/cases/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
	CaseLine withdraw(@PathVariable UUID id, @RequestBody WithdrawBody body, Actor actor) {
		publishing.withdraw(id, body.reason(), actor);
		return queries.one(id, actor);
	}

	@Operation(summary = "Every typical case, newest first, withdrawn ones with who withdrew them and why (publishers)")
	@GetMapping("/api/v1/publicity/cases")
	List<CaseLine> all(Actor actor) {
		return queries.all(actor);
	}

	@Operation(summary = "One typical case (publishers)")
	@GetMapping("/api/v1/publicity/cases/{id}")
	CaseLine one(@PathVariable UUID id, Actor actor) {
		return queries.one(id, actor);
	}

	@Operation(summary = "The case's tamper-evident record: every event, in order, with its chain hashes (publishers)")
	@GetMapping("/api/v1/publicity/cases/{id}/events")
	List<EventView> events(@PathVariable UUID id, Actor actor) {
		return queries.record(id, actor)
			.stream()
			.map(e -> new EventView(e.seq(), e.eventType(), e.occurredAt(), e.actor(), json.readTree(e.payload()),
					e.prevHash(), e.hash()))
			.toList();
	}
}
