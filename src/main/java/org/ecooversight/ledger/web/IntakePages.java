package org.ecooversight.ledger.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.intake.Channel;
import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.LeadStatus;
import org.ecooversight.intake.PersonalData;
import org.ecooversight.intake.Leads;
import org.ecooversight.intake.ReceivingLead;
import org.ecooversight.intake.ReceivingLead.ReceiveLead;
import org.ecooversight.intake.ReporterContact;
import org.ecooversight.intake.TrackingCode;
import org.ecooversight.ledger.AcceptingLead;
import org.ecooversight.ledger.AcceptingLead.AcceptLead;
import org.ecooversight.ledger.DecliningLead;
import org.ecooversight.ledger.DecliningLead.DeclineLead;
import org.ecooversight.ledger.LedgerAccess;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.ProblemId;
import org.ecooversight.ledger.ProblemQueries;
import org.ecooversight.ledger.Severity;
import org.ecooversight.region.Regions;
import org.ecooversight.responsibility.Domains;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake desk: a hotline operator types a 12369 call in while the caller speaks (keyboard
 * order, town and type pickers, similar problems of the same town and type shown as soon as both
 * are chosen), reads the tracking code back, and the desk accepts or declines the leads waiting.
 */
@Controller
class IntakePages {

	private final ReceivingLead receiving;
	private final AcceptingLead accepting;
	private final DecliningLead declining;
	private final Leads leads;
	private final ProblemQueries queries;
	private final Regions regions;
	private final Domains domains;
	private final org.ecooversight.ledger.FindingDuplicateCandidates duplicates;
	private final org.ecooversight.ledger.MergingLead merging;
	private final java.time.Clock clock;
	private final LocalWords words;
	private final String jurisdiction;

	IntakePages(ReceivingLead receiving, AcceptingLead accepting, DecliningLead declining, Leads leads,
			ProblemQueries queries, Regions regions, Domains domains,
			org.ecooversight.ledger.FindingDuplicateCandidates duplicates, org.ecooversight.ledger.MergingLead merging,
			java.time.Clock clock, LocalWords words, Jurisdiction jurisdiction) {
		this.words = words;
		this.duplicates = duplicates;
		this.merging = merging;
		this.clock = clock;
		this.receiving = receiving;
		this.accepting = accepting;
		this.declining = declining;
		this.leads = leads;
		this.queries = queries;
		this.regions = regions;
		this.domains = domains;
		this.jurisdiction = jurisdiction.regionCode();
	}

	@GetMapping("/intake")
	String desk(Actor actor, Model model) {
		LedgerAccess.requireRole(actor, "the intake desk", LedgerAccess.INTAKE);
		return render(model, Map.of(), Map.of());
	}

	private String render(Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("activeNav", "/intake");
		model.addAttribute("channels", Channel.values());
		model.addAttribute("towns", regions.children(jurisdiction));
		model.addAttribute("domains", domains.all());
		model.addAttribute("severities", Severity.values());
		var waiting = leads.list(LeadStatus.RECEIVED, 0, 50);
		model.addAttribute("waiting", waiting);
		// what each waiting lead may repeat, found when it was recorded: merged rather than accepted twice
		Map<UUID, List<org.ecooversight.ledger.FindingDuplicateCandidates.Candidate>> candidates = new LinkedHashMap<>();
		waiting.forEach(l -> candidates.put(l.id().value(), duplicates.candidates(l.id())));
		model.addAttribute("candidates", candidates);
		model.addAttribute("waitingCount", leads.count(LeadStatus.RECEIVED));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		Map<String, String> townNames = new LinkedHashMap<>();
		regions.children(jurisdiction).forEach(r -> townNames.put(r.code(), r.name()));
		model.addAttribute("townNames", townNames);
		return "intake/desk";
	}

	@PostMapping("/intake")
	String receive(@RequestParam Map<String, String> params, @RequestParam(required = false) List<String> pollutionTypes,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Actor actor, Model model,
			RedirectAttributes redirect) {
		LedgerAccess.requireRole(actor, "the intake desk", LedgerAccess.INTAKE);
		boolean anonymous = "true".equals(params.get("anonymous"));
		try {
			var received = receiving.receive(new ReceiveLead(channel(params.getOrDefault("channel", "HOTLINE_12369")),
					blank(params.get("channelReference")), params.get("description"), blank(params.get("townCode")),
					blank(params.get("address")), null, null, pollutionTypes, blank(params.get("entityName")), null, anonymous,
					anonymous ? null : new ReporterContact(blank(params.get("reporterName")), blank(params.get("reporterPhone")), null),
					null), Upload.of(files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList()), null,
					actor);
			String code = TrackingCode.parse("code", received.lead().facts().trackingCode()).display();
			redirect.addFlashAttribute("received", code);
			// the operator is told what was masked (the kinds only: the page is not the place to repeat it)
			List<PersonalData.Kind> masked = PersonalData.kindsOf(received.lead().facts().personalData());
			if (!masked.isEmpty()) {
				redirect.addFlashAttribute("maskedKinds", masked);
			}
			return "redirect:/intake";
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = words.errors("intake", e);
			return render(model, params, errors);
		}
	}

	/** The channel chosen; one the form does not offer (an edited request) is refused at the field. */
	private static Channel channel(String value) {
		try {
			return Channel.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("channel", "unknown channel " + value);
		}
	}

	/**
	 * Problems the call being typed may repeat, for the operator while the caller speaks: same town,
	 * a shared pollution type, ranked by how alike the descriptions are (asked again as the
	 * description is typed).
	 */
	@GetMapping("/intake/similar")
	String similar(@RequestParam(required = false) String townCode, @RequestParam(required = false) List<String> pollutionTypes,
			@RequestParam(required = false) String description, Actor actor, Model model) {
		LedgerAccess.requireRole(actor, "the intake desk", LedgerAccess.INTAKE);
		boolean asked = townCode != null && !townCode.isBlank() && pollutionTypes != null && !pollutionTypes.isEmpty();
		model.addAttribute("similar", asked ? duplicates.alike(townCode, pollutionTypes, description, clock.instant()) : List.of());
		model.addAttribute("asked", asked);
		return "intake/similar :: similar";
	}

	/**
	 * The personal data in the call being typed, for the operator while the caller speaks: what will
	 * be masked when the lead is registered (kind and mask), with the caller's own name and phone as
	 * typed in the form. Nothing is stored.
	 */
	@PostMapping("/intake/personal-data")
	String personalData(@RequestParam(required = false) String description,
			@RequestParam(required = false) String reporterName, @RequestParam(required = false) String reporterPhone,
			@RequestParam(required = false) String anonymous, Actor actor, Model model) {
		LedgerAccess.requireRole(actor, "the intake desk", LedgerAccess.INTAKE);
		ReporterContact own = "true".equals(anonymous) ? null : new ReporterContact(blank(reporterName), blank(reporterPhone), null);
		model.addAttribute("found", receiving.personalDataIn(description, own).found());
		return "intake/personal-data :: found";
	}

	/** A waiting lead that repeats a problem on the ledger is merged into it (重复举报), not accepted again. */
	@PostMapping("/intake/leads/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam(required = false) UUID problemId,
			@RequestParam(required = false) String problemCode, @RequestParam(required = false) String note, Actor actor,
			RedirectAttributes redirect) {
		LedgerAccess.requireRole(actor, "the intake desk", LedgerAccess.INTAKE);
		try {
			ProblemId target = problemId != null ? new ProblemId(problemId)
					: queries.idOfCode(problemCode, actor)
						.orElseThrow(() -> new InvalidInputException("problemCode", "no problem has the code " + problemCode));
			Problem problem = merging.merge(new org.ecooversight.ledger.MergingLead.MergeLead(new LeadId(id), target, note), actor);
			redirect.addFlashAttribute("message", "intake.done.merged");
			redirect.addFlashAttribute("messageArg", problem.code());
			return "redirect:/problems/" + problem.id().value();
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
			return "redirect:/intake";
		}
	}

	@PostMapping("/intake/leads/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(required = false) Severity severity, Actor actor,
			RedirectAttributes redirect) {
		try {
			Problem problem = accepting.accept(new AcceptLead(new LeadId(id), null, null, null, severity), actor);
			redirect.addFlashAttribute("message", "intake.done.accepted");
			redirect.addFlashAttribute("messageArg", problem.code());
			return "redirect:/problems/" + problem.id().value();
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
			return "redirect:/intake";
		}
	}

	@PostMapping("/intake/leads/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String publicReply, Actor actor, RedirectAttributes redirect) {
		try {
			declining.decline(new DeclineLead(new LeadId(id), reason, publicReply), actor);
			redirect.addFlashAttribute("message", "intake.done.declined");
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("problemKey", "intake.decline.incomplete");
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/intake";
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
