package org.ecooversight.accountability.web;

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
import org.ecooversight.accountability.PursuingCases.AssessTolerance;
import org.ecooversight.accountability.PursuingCases.Refer;
import org.ecooversight.accountability.Recipient;
import org.ecooversight.accountability.ReferralPackage;
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
 * mitigation, the outcome in the four forms or clearance; the referrals with their packages,
 * receipts and outcomes; closing the case. Each form posts to a use case of {@link PursuingCases}
 * and, once recorded, redirects back (PRG); a refusal shows the page again with the reason next to
 * the field, or at the top when the case's state refuses it.
 */
@Controller
@RequestMapping("/accountability/cases/{id}")
class CasePages {

	private final AccountabilityQueries queries;
	private final PursuingCases pursuing;

	CasePages(AccountabilityQueries queries, PursuingCases pursuing) {
		this.queries = queries;
		this.pursuing = pursuing;
	}

	@GetMapping
	String show(@PathVariable UUID id, Actor actor, Model model) {
		return page(id, actor, model, null, Map.of(), Map.of(), null);
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
		return act(id, actor, model, redirect, "tolerance-" + partyId, form, "party-" + partyId, "“三个区分开来”审查结论已记录。",
				() -> pursuing.assessFaultTolerance(id, partyId,
						new AssessTolerance(checklist, form.getFirst("notes"), tolerance, form.getFirst("reason")), actor));
	}

	@PostMapping("/parties/{partyId}/mitigation")
	String mitigation(@PathVariable UUID id, @PathVariable UUID partyId, @RequestParam MultiValueMap<String, String> form,
			Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, actor, model, redirect, "mitigation-" + partyId, form, "party-" + partyId, "整改减责情况已记录。",
				() -> pursuing.mitigate(id, partyId, form.getFirst("reason"), actor));
	}

	@PostMapping("/parties/{partyId}/outcome")
	String outcome(@PathVariable UUID id, @PathVariable UUID partyId, @RequestParam MultiValueMap<String, String> form,
			Actor actor, Model model, RedirectAttributes redirect) {
		OutcomeKind outcome = parse(OutcomeKind.class, form.getFirst("outcome"));
		return act(id, actor, model, redirect, "outcome-" + partyId, form, "party-" + partyId, "处理决定已记录。",
				() -> pursuing.decideOutcome(id, partyId, outcome, form.getFirst("reason"), actor));
	}

	@PostMapping("/parties/{partyId}/clearance")
	String clearance(@PathVariable UUID id, @PathVariable UUID partyId, @RequestParam MultiValueMap<String, String> form,
			Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, actor, model, redirect, "clearance-" + partyId, form, "party-" + partyId, "不予追责决定已记录。",
				() -> pursuing.clear(id, partyId, form.getFirst("reason"), actor));
	}

	@PostMapping("/referrals")
	String refer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model,
			RedirectAttributes redirect) {
		Recipient recipient = parse(Recipient.class, form.getFirst("recipient"));
		boolean withReporter = "true".equals(form.getFirst("includeReporterIdentity"));
		return act(id, actor, model, redirect, "referral", form, "referrals", "已移送，移送材料已生成。",
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
			return page(id, actor, model, key, PageText.error(key, "receivedOn", "日期格式应为 年-月-日"), form.toSingleValueMap(),
					null);
		}
		return act(id, actor, model, redirect, key, form, "referral-" + referralId, "签收情况已登记。",
				() -> pursuing.acknowledgeReceipt(id, referralId, receivedOn, form.getFirst("receivedBy"), actor));
	}

	@PostMapping("/referrals/{referralId}/outcome")
	String referralOutcome(@PathVariable UUID id, @PathVariable UUID referralId,
			@RequestParam MultiValueMap<String, String> form, Actor actor, Model model, RedirectAttributes redirect) {
		return act(id, actor, model, redirect, "referral-outcome-" + referralId, form, "referral-" + referralId,
				"办理结果已登记。", () -> pursuing.recordReferralOutcome(id, referralId, form.getFirst("outcome"), actor));
	}

	@PostMapping("/closure")
	String close(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Actor actor, Model model,
			RedirectAttributes redirect) {
		return act(id, actor, model, redirect, "closure", form, "closure", "案件已结案。",
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

	/** Runs a use case; on success back to the case (PRG), else the case again with what went wrong. */
	private String act(UUID id, Actor actor, Model model, RedirectAttributes redirect, String form,
			MultiValueMap<String, String> values, String anchor, String notice, Supplier<AccountabilityCase> change) {
		try {
			change.get();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/accountability/cases/" + id + "#" + anchor;
		}
		catch (InvalidInputException e) {
			return page(id, actor, model, form, PageText.errors(form, e), values.toSingleValueMap(), null);
		}
		catch (ConflictException e) {
			return page(id, actor, model, form, Map.of(), values.toSingleValueMap(), PageText.conflict(e));
		}
	}

	private String page(UUID id, Actor actor, Model model, String failedForm, Map<String, String> errors,
			Map<String, String> values, String alert) {
		AccountabilityCase c = queries.accountabilityCase(id, actor);
		Map<ResponsibilityKind, List<PartyLine>> groups = new LinkedHashMap<>();
		for (ResponsibilityKind kind : List.of(ResponsibilityKind.PRIMARY, ResponsibilityKind.REGULATORY,
				ResponsibilityKind.OVERSIGHT)) {
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
		model.addAttribute("formLabels", Map.of(1, OutcomeKind.formLabel(1), 2, OutcomeKind.formLabel(2), 3,
				OutcomeKind.formLabel(3), 4, OutcomeKind.formLabel(4)));
		model.addAttribute("distinctions", Distinction.values());
		model.addAttribute("tolerances", Tolerance.values());
		model.addAttribute("recipients", Recipient.values());
		model.addAttribute("failedForm", failedForm == null ? "" : failedForm);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		model.addAttribute("alert", alert);
		return "accountability/case";
	}

	/** A party as the case page shows it. */
	record PartyLine(UUID id, String unitName, String postTitle, String personName, LocalDate heldOn, String status,
			String statusLabel, boolean underReview, boolean person, List<ChecklistLine> checklist, String toleranceLabel,
			String toleranceReason, String toleranceNotes, String mitigation, String outcomeLabel, String formLabel,
			String outcomeReason, String decidedBy, String clearedReason) {

		static PartyLine of(PartyState s) {
			var p = s.party();
			List<ChecklistLine> checklist = s.tolerance() == null ? List.of()
					: s.tolerance()
						.checklist()
						.entrySet()
						.stream()
						.map(e -> new ChecklistLine(e.getKey().label(), Boolean.TRUE.equals(e.getValue())))
						.toList();
			return new PartyLine(p.partyId(), p.unitName(), p.postTitle(), p.personName(), p.heldOn(), s.status().name(),
					s.status().label(), s.status() == AccountabilityCase.PartyStatus.UNDER_REVIEW, p.personId() != null,
					checklist, s.tolerance() == null ? null : s.tolerance().tolerance().label(),
					s.tolerance() == null ? null : s.tolerance().reason(), s.tolerance() == null ? null : s.tolerance().notes(),
					s.mitigation() == null ? null : s.mitigation().reason(),
					s.outcome() == null ? null : s.outcome().outcome().label(),
					s.outcome() == null ? null : OutcomeKind.formLabel(s.outcome().form()),
					s.outcome() == null ? null : s.outcome().reason(), s.outcome() == null ? null : s.outcome().decidedBy(),
					s.cleared() == null ? null : s.cleared().reason());
		}
	}

	record ChecklistLine(String distinction, boolean applies) {
	}

	/** A referral as the case page shows it; the reporter's identity never appears here. */
	record ReferralLine(UUID id, String recipient, String recipientName, String summary, String referredAt,
			LocalDate feedbackDue, boolean reporterIncluded, LocalDate receivedOn, String receivedBy, String outcome,
			int chases) {

		static ReferralLine of(AccountabilityCase.Referral r) {
			var m = r.made();
			return new ReferralLine(m.referralId(), m.recipient().label(), m.recipientName(), m.summary(),
					PageText.time(m.referredAt()), m.feedbackDue(), m.reporterIdentityIncluded(),
					r.received() == null ? null : r.received().receivedOn(),
					r.received() == null ? null : r.received().receivedBy(),
					r.outcome() == null ? null : r.outcome().outcome(), r.chases().size());
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
