package org.ecooversight.accountability.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.accountability.AccountabilityQueries;
import org.ecooversight.accountability.AccountabilityQueries.QueueRow;
import org.ecooversight.accountability.PursuingCases;
import org.ecooversight.accountability.PursuingCases.Assess;
import org.ecooversight.accountability.Trigger;
import org.ecooversight.accountability.TriggerOrigin;
import org.ecooversight.accountability.TriggerEvent.Assessment;
import org.ecooversight.accountability.TriggerEvent.TriggerRaised;
import org.ecooversight.organisation.PostKind;
import org.ecooversight.responsibility.ResponsibilityKind;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The discipline organ's trigger queue (综合研判、分类处置) as pages: the queue with a status filter and
 * counts, one trigger with its rule, source and facts, and the assessment (open a case, join a case,
 * not pursue), always with a reason. Reads go through {@link AccountabilityQueries}, which checks the
 * role and records each read.
 */
@Controller
@RequestMapping("/accountability")
class TriggerPages {

	static final String ACTIVE_NAV = "/accountability";

	private final AccountabilityQueries queries;
	private final PursuingCases pursuing;
	private final PageText text;

	TriggerPages(AccountabilityQueries queries, PursuingCases pursuing, PageText text) {
		this.queries = queries;
		this.pursuing = pursuing;
		this.text = text;
	}

	/** A line of the queue as the page shows it; the status's words are {@code accountability.trigger.status.<status>}. */
	record QueueItem(UUID id, TriggerOrigin origin, String rule, String subject, String reason, LocalDate failureDay,
			String status, UUID caseId, UUID problemId, String raisedAt) {

		static QueueItem of(QueueRow r) {
			return new QueueItem(r.id(), r.origin(), r.ruleName(), r.subject(), r.reason(), r.failureDay(), r.status(),
					r.caseId(), r.problemId(), PageText.time(r.raisedAt()));
		}
	}

	/** The queue: QUEUED by default; {@code status=ALL} shows every trigger. */
	@GetMapping
	String queue(@RequestParam(required = false) String status, Actor actor, Model model) {
		String selected = status == null || status.isBlank() ? "QUEUED" : status;
		AccountabilityQueries.Queue queue = queries.queue("ALL".equals(selected) ? null : selected, actor);
		Map<String, Long> counts = new LinkedHashMap<>();
		PageText.TRIGGER_STATUSES.forEach(s -> counts.put(s, queue.counts().getOrDefault(s, 0L)));
		model.addAttribute("activeNav", ACTIVE_NAV);
		model.addAttribute("statuses", PageText.TRIGGER_STATUSES);
		model.addAttribute("counts", counts);
		model.addAttribute("total", queue.counts().values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("selected", selected);
		model.addAttribute("items", queue.items().stream().map(QueueItem::of).toList());
		return "accountability/queue";
	}

	@GetMapping("/triggers/{id}")
	String trigger(@PathVariable UUID id, Actor actor, Model model) {
		return triggerPage(id, actor, model, null, null, Map.of());
	}

	@PostMapping("/triggers/{id}/assessment")
	String assess(@PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) UUID caseId, @RequestParam(required = false) String reason, Actor actor,
			Model model, RedirectAttributes redirect) {
		Assessment chosen = parse(decision);
		try {
			if (chosen == null) {
				throw new InvalidInputException("decision", "OPEN_CASE, JOIN_CASE or NOT_PURSUED");
			}
			UUID opened = pursuing.assess(id, new Assess(chosen, chosen == Assessment.JOIN_CASE ? caseId : null, reason),
					actor);
			if (chosen == Assessment.OPEN_CASE) {
				redirect.addFlashAttribute("notice", text.msg("accountability.notice.opened"));
				return "redirect:/accountability/cases/" + opened;
			}
			redirect.addFlashAttribute("notice",
					text.msg(chosen == Assessment.JOIN_CASE ? "accountability.notice.joined" : "accountability.notice.notPursued"));
			return "redirect:/accountability/triggers/" + id;
		}
		catch (InvalidInputException e) {
			return triggerPage(id, actor, model, new AssessForm(decision, caseId, reason), null,
					text.errors("assess", e));
		}
		catch (ConflictException e) {
			return triggerPage(id, actor, model, new AssessForm(decision, caseId, reason), text.conflict(e), Map.of());
		}
	}

	/** What the assessment form holds after a refusal, so the officer does not type it again. */
	record AssessForm(String decision, UUID caseId, String reason) {
	}

	private String triggerPage(UUID id, Actor actor, Model model, AssessForm form, String alert,
			Map<String, String> errors) {
		Trigger trigger = queries.trigger(id, actor);
		TriggerRaised raised = trigger.raised();
		model.addAttribute("activeNav", ACTIVE_NAV);
		model.addAttribute("trigger", trigger);
		model.addAttribute("raised", raised);
		model.addAttribute("raisedAt", PageText.time(raised.raisedAt()));
		model.addAttribute("facts", raised.facts()
			.stream()
			.map(f -> new FactLine(f.streamId(), f.seq(), f.summary(), f.eventType(), PageText.time(f.occurredAt()),
					f.streamId().equals(raised.problemId())))
			.toList());
		model.addAttribute("pursuit", pursuit(raised.pursuit()));
		model.addAttribute("assessment", trigger.assessment());
		model.addAttribute("assessedAt", trigger.assessment() == null ? null : PageText.time(trigger.assessment().assessedAt()));
		if (trigger.assessment() == null) {
			model.addAttribute("openCases", queries.cases(actor).stream().filter(c -> "OPEN".equals(c.status())).toList());
		}
		model.addAttribute("decisions", Assessment.values());
		model.addAttribute("form", form != null ? form : new AssessForm("OPEN_CASE", null, null));
		model.addAttribute("alert", alert);
		model.addAttribute("errors", errors);
		return "accountability/trigger";
	}

	/** A fact of the trigger; {@code ofProblem}: an event of the problem's own record. */
	record FactLine(UUID streamId, int seq, String summary, String eventType, String occurredAt, boolean ofProblem) {
	}

	@GetMapping("/cases")
	String cases(Actor actor, Model model) {
		model.addAttribute("activeNav", ACTIVE_NAV);
		model.addAttribute("cases", queries.cases(actor)
			.stream()
			.map(c -> new CaseItem(c.id(), c.number(), c.subject(), c.summary(), c.problemId(),
					"CLOSED".equals(c.status()) ? "CLOSED" : "OPEN", PageText.time(c.openedAt()),
					PageText.time(c.closedAt())))
			.toList());
		return "accountability/cases";
	}

	/** A case of the list; the status (OPEN or CLOSED) in words is {@code accountability.case.status.<status>}. */
	record CaseItem(UUID id, String number, String subject, String summary, UUID problemId, String status,
			String openedAt, String closedAt) {
	}

	/**
	 * Whose responsibility is pursued, in the order of the responsibilities; the template puts it in
	 * words ("主体责任：党委书记、政府主要负责人").
	 */
	record PursuitLine(ResponsibilityKind responsibility, List<PostKind> posts) {
	}

	private static List<PursuitLine> pursuit(Map<String, List<String>> pursuit) {
		if (pursuit == null) {
			return List.of();
		}
		return pursuit.entrySet()
			.stream()
			.filter(e -> value(ResponsibilityKind.class, e.getKey()) != null)
			.map(e -> new PursuitLine(value(ResponsibilityKind.class, e.getKey()),
					e.getValue().stream().map(k -> value(PostKind.class, k)).filter(java.util.Objects::nonNull).toList()))
			.sorted(java.util.Comparator.comparing(PursuitLine::responsibility))
			.toList();
	}

	private static <E extends Enum<E>> E value(Class<E> type, String name) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(name)) {
				return e;
			}
		}
		return null;
	}

	private static Assessment parse(String decision) {
		if (decision == null) {
			return null;
		}
		for (Assessment a : Assessment.values()) {
			if (a.name().equals(decision)) {
				return a;
			}
		}
		return null;
	}
}
