package org.ecooversight.accountability.web;

import org.ecooversight.audit.BreakWords;
import org.ecooversight.audit.Verification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.ecooversight.accountability.AccountabilityCase;
import org.ecooversight.accountability.AccountabilityCase.PartyState;
import org.ecooversight.accountability.AccountabilityQueries;
import org.ecooversight.accountability.CaseEvent.Tolerance;
import org.ecooversight.accountability.Distinction;
import org.ecooversight.accountability.OutcomeKind;
import org.ecooversight.accountability.PursuingCases;
import org.ecooversight.accountability.PursuingCases.AddParty;
import org.ecooversight.accountability.PursuingCases.AssessTolerance;
import org.ecooversight.accountability.PursuingCases.Refer;
import org.ecooversight.accountability.Recipient;
import org.ecooversight.accountability.ReferralPackage;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.PostHolder;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.responsibility.ResponsibilityKind;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One accountability case as the discipline officer works it: the three responsibilities with their
 * parties (the persons in post on the day of the failure), and per party the three distinctions,
 * mitigation, the outcome in the four forms or clearance; a further party named while the case is
 * open (a unit, and optionally a person who held a post in it on the day of the failure); the
 * referrals with their packages, receipts and outcomes; closing the case. Each form posts to a use
 * case of {@link PursuingCases} and, once recorded, redirects back (PRG); a refusal shows the page
 * again with the reason next to the field, or at the top when the case's state refuses it.
 */
@Controller
@RequestMapping("/accountability/cases/{id}")
class CasePages {

	/** The responsibilities a case pursues (三责), in the order the page shows them. */
	private static final List<ResponsibilityKind> THREE = List.of(ResponsibilityKind.PRIMARY,
			ResponsibilityKind.REGULATORY, ResponsibilityKind.OVERSIGHT);

	private static final String ADD_PARTY = "add-party";

	private final AccountabilityQueries queries;
	private final PursuingCases pursuing;
	private final Organisation organisation;
	private final PageText text;
	private final BreakWords breakWords;

	CasePages(AccountabilityQueries queries, PursuingCases pursuing, Organisation organisation, PageText text,
			BreakWords breakWords) {
		this.breakWords = breakWords;
		this.queries = queries;
		this.pursuing = pursuing;
		this.organisation = organisation;
		this.text = text;
	}

	@GetMapping
	String show(@PathVariable UUID id, Actor actor, Model model) {
		return page(id, actor, model, null, Map.of(), Map.of(), null);
	}

	/** Names a further party (三责同追): a responsibility, a unit, optionally a person in post that day, a reason. */
	@PostMapping("/parties")
	String addParty(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model,
			RedirectAttributes redirect) {
		ResponsibilityKind responsibility = parse(ResponsibilityKind.class, form.getFirst("responsibility"));
		UUID unitId = uuid(form.getFirst("unitId"));
		UUID personId = uuid(form.getFirst("personId"));
		String anchor = responsibility == null ? ADD_PARTY : "resp-" + responsibility.name();
		return act(id, actor, model, redirect, ADD_PARTY, form, anchor, "accountability.notice.partyAdded",
				() -> pursuing.addParty(id, new AddParty(responsibility, unitId, personId, form.getFirst("reason")),
						actor));
	}

	/**
	 * The persons who held a post in the chosen unit on the day of the failure: the add-party form's
	 * person field, which the page swaps in (htmx) when the unit changes.
	 */
	@GetMapping("/parties/holders")
	String holders(@PathVariable UUID id, @RequestParam(required = false) String unitId, Actor actor, Model model) {
		AccountabilityCase c = queries.accountabilityCase(id, actor);
		model.addAttribute("holders", holders(uuid(unitId), c.opening().failureDay()));
		model.addAttribute("selectedPerson", "");
		model.addAttribute("failureDay", c.opening().failureDay());
		return "accountability/case :: person-field";
	}

	/** The same without a script: the case again, the add-party form open with the unit's persons listed. */
	@PostMapping("/parties/holders")
	String listHolders(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Actor actor,
			Model model) {
		return page(id, actor, model, ADD_PARTY, Map.of(), form.toSingleValueMap(), null);
	}

	@PostMapping("/parties/{partyId}/fault-tolerance")
	String tolerance(@PathVariable UUID id, @PathVariable UUID partyId, @RequestParam MultiValueMap<String, String> form,
			Actor actor, Model model, RedirectAttributes redirect) {
		Map<Distinction, Boolean> checklist = new EnumMap<>(Distinction.class);
		for (Distinction d : Distinction.values()) {
			String answer = form.getFirst("d_" + d.name());
			if ("true".equals(answer) || "false".equals(answer)) {
				checklist.put(d, Boolean.valueOf(answer));
			}
		}
		Tolerance tolerance = parse(Tolerance.class, form.getFirst("tolerance"));
		return act(id, actor, model, redirect, "tolerance-" + partyId, form, "party-" + partyId, "accountability.notice.tolerance",
				() -> pursuing.assessFaultTolerance(id, partyId,
						new AssessTolerance(checklist, form.getFirst("notes"), tolerance, form.getFirst("reason")), actor));
	}

	@PostMapping("/parties/{partyId}/mitigation")
	String mitigation(@PathVariable UUID id, @PathVariable UUID partyId, @RequestParam MultiValueMap<String, String> form,
			Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, actor, model, redirect, "mitigation-" + partyId, form, "party-" + partyId, "accountability.notice.mitigation",
				() -> pursuing.mitigate(id, partyId, form.getFirst("reason"), actor));
	}

	@PostMapping("/parties/{partyId}/outcome")
	String outcome(@PathVariable UUID id, @PathVariable UUID partyId, @RequestParam MultiValueMap<String, String> form,
			Actor actor, Model model, RedirectAttributes redirect) {
		OutcomeKind outcome = parse(OutcomeKind.class, form.getFirst("outcome"));
		return act(id, actor, model, redirect, "outcome-" + partyId, form, "party-" + partyId, "accountability.notice.outcome",
				() -> pursuing.decideOutcome(id, partyId, outcome, form.getFirst("reason"), actor));
	}

	@PostMapping("/parties/{partyId}/clearance")
	String clearance(@PathVariable UUID id, @PathVariable UUID partyId, @RequestParam MultiValueMap<String, String> form,
			Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, actor, model, redirect, "clearance-" + partyId, form, "party-" + partyId, "accountability.notice.clearance",
				() -> pursuing.clear(id, partyId, form.getFirst("reason"), actor));
	}

	@PostMapping("/referrals")
	String refer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model,
			RedirectAttributes redirect) {
		Recipient recipient = parse(Recipient.class, form.getFirst("recipient"));
		boolean withReporter = "true".equals(form.getFirst("includeReporterIdentity"));
		return act(id, actor, model, redirect, "referral", form, "referrals", "accountability.notice.referral",
				() -> pursuing.refer(id, new Refer(recipient, form.getFirst("recipientName"), form.getFirst("summary"),
						withReporter, form.getFirst("legalBasis")), actor));
	}

	@PostMapping("/referrals/{referralId}/receipt")
	String receipt(@PathVariable UUID id, @PathVariable UUID referralId, @RequestParam MultiValueMap<String, String> form,
			Actor actor, Model model, RedirectAttributes redirect) {
		String key = "receipt-" + referralId;
		LocalDate receivedOn;
		try {
			String day = form.getFirst("receivedOn");
			receivedOn = day == null || day.isBlank() ? null : LocalDate.parse(day);
		}
		catch (java.time.format.DateTimeParseException e) {
			return page(id, actor, model, key, text.error(key, "receivedOn", "accountability.error.receivedOn.format"),
					form.toSingleValueMap(), null);
		}
		return act(id, actor, model, redirect, key, form, "referral-" + referralId, "accountability.notice.receipt",
				() -> pursuing.acknowledgeReceipt(id, referralId, receivedOn, form.getFirst("receivedBy"), actor));
	}

	@PostMapping("/referrals/{referralId}/outcome")
	String referralOutcome(@PathVariable UUID id, @PathVariable UUID referralId,
			@RequestParam MultiValueMap<String, String> form, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, actor, model, redirect, "referral-outcome-" + referralId, form, "referral-" + referralId,
				"accountability.notice.referralOutcome", () -> pursuing.recordReferralOutcome(id, referralId, form.getFirst("outcome"), actor));
	}

	@PostMapping("/closure")
	String close(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model,
			RedirectAttributes redirect) {
		return act(id, actor, model, redirect, "closure", form, "closure", "accountability.notice.closure",
				() -> pursuing.close(id, form.getFirst("summary"), actor));
	}

	@GetMapping("/referrals/{referralId}/package")
	String referralPackage(@PathVariable UUID id, @PathVariable UUID referralId, Actor actor, Model model) {
		AccountabilityCase c = queries.accountabilityCase(id, actor);
		ReferralPackage contents = pursuing.referralPackage(id, referralId, actor);
		var referral = c.referrals().stream().filter(r -> r.made().referralId().equals(referralId)).findFirst().orElseThrow();
		model.addAttribute("activeNav", TriggerPages.ACTIVE_NAV);
		model.addAttribute("number", c.number());
		model.addAttribute("caseId", id);
		model.addAttribute("referral", referral.made());
		model.addAttribute("referredAt", PageText.time(referral.made().referredAt()));
		model.addAttribute("contents", contents);
		model.addAttribute("timeline", contents.timeline()
			.stream()
			.map(t -> new TimelineLine(t.seq(), t.summary(), t.actor(), PageText.time(t.occurredAt())))
			.toList());
		return "accountability/package";
	}

	record TimelineLine(int seq, String summary, String actor, String occurredAt) {
	}

	/**
	 * Runs a use case; on success back to the case (PRG) with the notice (a message key), else the case
	 * again with what went wrong.
	 */
	private String act(UUID id, Actor actor, Model model, RedirectAttributes redirect, String form,
			MultiValueMap<String, String> values, String anchor, String notice, Supplier<AccountabilityCase> change) {
		try {
			change.get();
			redirect.addFlashAttribute("notice", text.msg(notice));
			return "redirect:/accountability/cases/" + id + "#" + anchor;
		}
		catch (InvalidInputException e) {
			return page(id, actor, model, form, text.errors(form, e), values.toSingleValueMap(), null);
		}
		catch (ConflictException e) {
			return page(id, actor, model, form, Map.of(), values.toSingleValueMap(), text.conflict(e));
		}
	}

	private String page(UUID id, Actor actor, Model model, String failedForm, Map<String, String> errors,
			Map<String, String> values, String alert) {
		AccountabilityCase c = queries.accountabilityCase(id, actor);
		Map<ResponsibilityKind, List<PartyLine>> groups = new LinkedHashMap<>();
		for (ResponsibilityKind kind : THREE) {
			groups.put(kind, new ArrayList<>());
		}
		c.parties().forEach(p -> groups.computeIfAbsent(p.party().responsibility(), k -> new ArrayList<>()).add(PartyLine.of(p)));
		List<ReferralLine> referrals = c.referrals().stream().map(ReferralLine::of).toList();
		Map<Integer, List<OutcomeKind>> forms = new LinkedHashMap<>();
		for (OutcomeKind kind : OutcomeKind.values()) {
			forms.computeIfAbsent(kind.form(), f -> new ArrayList<>()).add(kind);
		}
		model.addAttribute("activeNav", TriggerPages.ACTIVE_NAV);
		model.addAttribute("c", c);
		Verification.Break broken = queries.integrity(c).brokenAt();
		if (broken != null) {
			model.addAttribute("tampered", breakWords.describe(broken, breakWords.eventWords(broken.eventType(), null)));
		}
		model.addAttribute("open", c.closure() == null);
		model.addAttribute("openedAt", PageText.time(c.opening().openedAt()));
		model.addAttribute("closedAt", c.closure() == null ? null : PageText.time(c.closure().closedAt()));
		model.addAttribute("groups", groups);
		model.addAttribute("underReview", c.parties()
			.stream()
			.filter(p -> p.status() == AccountabilityCase.PartyStatus.UNDER_REVIEW)
			.count());
		model.addAttribute("referrals", referrals);
		model.addAttribute("forms", forms);
		model.addAttribute("distinctions", Distinction.values());
		model.addAttribute("tolerances", Tolerance.values());
		model.addAttribute("recipients", Recipient.values());
		model.addAttribute("failedForm", failedForm == null ? "" : failedForm);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		model.addAttribute("alert", alert);
		if (c.closure() == null) {
			String unit = ADD_PARTY.equals(failedForm) ? values.get("unitId") : null;
			model.addAttribute("responsibilities", THREE);
			model.addAttribute("partyUnits", partyUnits());
			model.addAttribute("holders", holders(uuid(unit), c.opening().failureDay()));
			model.addAttribute("failureDay", c.opening().failureDay());
			model.addAttribute("selectedPerson", ADD_PARTY.equals(failedForm) ? values.getOrDefault("personId", "") : "");
		}
		return "accountability/case";
	}

	/** The units a party may be named in, by kind (enterprises answer to the ledger, not to the discipline organ). */
	private Map<UnitKind, List<UnitOption>> partyUnits() {
		Map<UnitKind, List<UnitOption>> byKind = new java.util.TreeMap<>();
		for (Unit unit : organisation.units()) {
			if (unit.kind() != UnitKind.ENTERPRISE) {
				byKind.computeIfAbsent(unit.kind(), k -> new ArrayList<>()).add(new UnitOption(unit.id().value(), unit.name()));
			}
		}
		return byKind;
	}

	/** Who held a post in the unit on the day of the failure, each person once (with their first post). */
	private List<HolderOption> holders(UUID unitId, LocalDate day) {
		if (unitId == null || organisation.unit(new UnitId(unitId)).isEmpty()) {
			return List.of();
		}
		Map<UUID, HolderOption> persons = new LinkedHashMap<>();
		for (PostHolder h : organisation.holdersOn(new UnitId(unitId), day)) {
			persons.putIfAbsent(h.person().id().value(),
					new HolderOption(h.person().id().value(), h.post().title(), h.person().name()));
		}
		return List.copyOf(persons.values());
	}

	record UnitOption(UUID id, String name) {
	}

	record HolderOption(UUID personId, String postTitle, String personName) {
	}

	/** A party as the case page shows it; the words of its enumerations are the template's (@labels). */
	record PartyLine(UUID id, String unitName, String postTitle, String personName, LocalDate heldOn,
			AccountabilityCase.PartyStatus status, boolean underReview, boolean person, List<ChecklistLine> checklist,
			Tolerance tolerance, String toleranceReason, String toleranceNotes, String mitigation, OutcomeKind outcome,
			Integer form, String outcomeReason, String decidedBy, String clearedReason) {

		static PartyLine of(PartyState s) {
			var p = s.party();
			List<ChecklistLine> checklist = s.tolerance() == null ? List.of()
					: s.tolerance()
						.checklist()
						.entrySet()
						.stream()
						.map(e -> new ChecklistLine(e.getKey(), Boolean.TRUE.equals(e.getValue())))
						.toList();
			return new PartyLine(p.partyId(), p.unitName(), p.postTitle(), p.personName(), p.heldOn(), s.status(),
					s.status() == AccountabilityCase.PartyStatus.UNDER_REVIEW, p.personId() != null, checklist,
					s.tolerance() == null ? null : s.tolerance().tolerance(),
					s.tolerance() == null ? null : s.tolerance().reason(), s.tolerance() == null ? null : s.tolerance().notes(),
					s.mitigation() == null ? null : s.mitigation().reason(), s.outcome() == null ? null : s.outcome().outcome(),
					s.outcome() == null ? null : s.outcome().form(), s.outcome() == null ? null : s.outcome().reason(),
					s.outcome() == null ? null : s.outcome().decidedBy(), s.cleared() == null ? null : s.cleared().reason());
		}
	}

	record ChecklistLine(Distinction distinction, boolean applies) {
	}

	/** A referral as the case page shows it; the reporter's identity never appears here. */
	record ReferralLine(UUID id, Recipient recipient, String recipientName, String summary, String referredAt,
			LocalDate feedbackDue, boolean reporterIncluded, LocalDate receivedOn, String receivedBy, String outcome,
			int chases) {

		static ReferralLine of(AccountabilityCase.Referral r) {
			var m = r.made();
			return new ReferralLine(m.referralId(), m.recipient(), m.recipientName(), m.summary(),
					PageText.time(m.referredAt()), m.feedbackDue(), m.reporterIdentityIncluded(),
					r.received() == null ? null : r.received().receivedOn(),
					r.received() == null ? null : r.received().receivedBy(),
					r.outcome() == null ? null : r.outcome().outcome(), r.chases().size());
		}
	}

	private static UUID uuid(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(value)) {
				return e;
			}
		}
		return null;
	}
}
