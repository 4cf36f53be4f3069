package org.ecooversight.publicity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ecooversight.publicity.CaseCategory;
import org.ecooversight.publicity.PublishingCases;
import org.ecooversight.publicity.PublishingCases.Publish;
import org.ecooversight.publicity.TypicalCase;
import org.ecooversight.publicity.TypicalCaseQueries;
import org.ecooversight.publicity.TypicalCaseQueries.CaseLine;
import org.ecooversight.region.Regions;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The publishers' pages (典型案例发布): every case with the withdrawn ones marked, the form to publish
 * one (each refusal next to its field), and a case with its record and the form to withdraw it with
 * a reason. Other roles are refused (403) and are not offered the section.
 */
@Controller
@RequestMapping("/publicity")
class PublicityPages {

	static final String ACTIVE_NAV = "/publicity";

	private final PublishingCases publishing;
	private final TypicalCaseQueries queries;
	private final Regions regions;
	private final PageWords words;
	private final String jurisdiction;
	private final java.time.Clock clock;

	PublicityPages(PublishingCases publishing, TypicalCaseQueries queries, Regions regions, PageWords words,
			Jurisdiction jurisdiction, java.time.Clock clock) {
		this.publishing = publishing;
		this.queries = queries;
		this.regions = regions;
		this.words = words;
		this.jurisdiction = jurisdiction.regionCode();
		this.clock = clock;
	}

	/** What the publish form holds (again after a refusal, so nothing is typed twice). */
	record PublishForm(String title, String category, String townCode, String problemCode, String writeUp,
			LocalDate publishedOn) {
	}

	/** A line of the list as the page shows it. */
	record Item(UUID id, String title, CaseCategory category, String town, String problemCode, LocalDate publishedOn,
			boolean withdrawn, String withdrawnAt) {
	}

	@GetMapping
	String list(Actor actor, Model model) {
		return listPage(actor, model, new PublishForm(null, null, null, null, null, today()), Map.of());
	}

	@PostMapping
	String publish(@RequestParam(required = false) String title, @RequestParam(required = false) String category,
			@RequestParam(required = false) String townCode, @RequestParam(required = false) String problemCode,
			@RequestParam(required = false) String writeUp,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
			Actor actor, Model model, RedirectAttributes redirect) {
		PublishForm form = new PublishForm(title, category, townCode, problemCode, writeUp, publishedOn);
		try {
			TypicalCase c = publishing.publish(new Publish(title, CaseCategory.named(category), townCode, problemCode, writeUp,
					publishedOn), actor);
			redirect.addFlashAttribute("notice", words.get("publicity.published"));
			return "redirect:/publicity/" + c.id();
		}
		catch (InvalidInputException e) {
			return listPage(actor, model, form, words.errors(e, problemCode == null ? "" : problemCode.strip()));
		}
	}

	@GetMapping("/{id}")
	String one(@PathVariable UUID id, Actor actor, Model model) {
		return casePage(id, actor, model, null, null, Map.of());
	}

	@PostMapping("/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			publishing.withdraw(id, reason, actor);
			redirect.addFlashAttribute("notice", words.get("publicity.withdrawn"));
			return "redirect:/publicity/" + id;
		}
		catch (InvalidInputException e) {
			return casePage(id, actor, model, reason, null, words.errors(e, ""));
		}
		catch (ConflictException e) {
			return casePage(id, actor, model, reason, words.get("publicity.alreadyWithdrawn"), Map.of());
		}
	}

	private String listPage(Actor actor, Model model, PublishForm form, Map<String, String> errors) {
		List<Item> items = queries.all(actor)
			.stream()
			.map(l -> new Item(l.id(), l.title(), l.category(), words.town(l.townCode()), l.problemCode(),
					l.publishedOn(), l.withdrawn(), words.time(l.withdrawnAt())))
			.toList();
		model.addAttribute("activeNav", ACTIVE_NAV);
		model.addAttribute("items", items);
		model.addAttribute("onPortal", items.stream().filter(i -> !i.withdrawn()).count());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", CaseCategory.values());
		model.addAttribute("towns", regions.children(jurisdiction));
		model.addAttribute("titleMax", PublishingCases.TITLE_MAX);
		model.addAttribute("writeUpMax", PublishingCases.WRITE_UP_MAX);
		model.addAttribute("today", today());
		return "publicity/index";
	}

	/** An event of the case's record as the page lists it. */
	record Entry(int seq, String type, String at, String actor, String hash) {
	}

	private String casePage(UUID id, Actor actor, Model model, String reason, String alert, Map<String, String> errors) {
		CaseLine c = queries.one(id, actor);
		model.addAttribute("activeNav", ACTIVE_NAV);
		model.addAttribute("c", c);
		model.addAttribute("town", words.town(c.townCode()));
		model.addAttribute("publishedAt", words.time(c.publishedAt()));
		model.addAttribute("withdrawnAt", words.time(c.withdrawnAt()));
		model.addAttribute("record", queries.record(id, actor)
			.stream()
			.map(e -> new Entry(e.seq(), e.eventType(), words.time(e.occurredAt()), e.actor(), e.hash()))
			.toList());
		model.addAttribute("reason", reason);
		model.addAttribute("alert", alert);
		model.addAttribute("errors", errors);
		model.addAttribute("reasonMax", TypicalCase.REASON_MAX);
		return "publicity/case";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}
}
