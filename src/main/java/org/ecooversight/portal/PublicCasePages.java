package org.ecooversight.portal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.ecooversight.publicity.CaseCategory;
import org.ecooversight.publicity.TypicalCaseQueries;
import org.ecooversight.publicity.TypicalCaseQueries.PublicCase;
import org.ecooversight.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The typical cases on the public portal, without signing in: newest first, by category, and one
 * case's write-up. A withdrawn case is not found here (404), though the record keeps it.
 */
@Controller
class PublicCasePages {

	static final int PAGE_SIZE = 10;

	private final TypicalCaseQueries queries;
	private final PortalWords words;

	PublicCasePages(TypicalCaseQueries queries, PortalWords words) {
		this.queries = queries;
		this.words = words;
	}

	/** A case as the list shows it. */
	record Item(UUID id, String title, CaseCategory category, String town, java.time.LocalDate publishedOn,
			String excerpt) {
	}

	@GetMapping("/public/cases")
	String list(@RequestParam(required = false) String category, @RequestParam(defaultValue = "0") int page,
			Model model) {
		CaseCategory chosen = CaseCategory.named(category);
		var found = queries.published(chosen, Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("category", chosen);
		model.addAttribute("counts", queries.publishedCounts());
		model.addAttribute("page", found);
		model.addAttribute("items", found.items()
			.stream()
			.map(c -> new Item(c.id(), c.title(), c.category(), words.town(c.townCode()), c.publishedOn(),
					excerpt(c.writeUp())))
			.toList());
		return "public/cases";
	}

	@GetMapping("/public/cases/{id}")
	String one(@PathVariable UUID id, Model model) {
		PublicCase c = queries.published(id);
		model.addAttribute("c", c);
		model.addAttribute("town", words.town(c.townCode()));
		return "public/case";
	}

	/** An unknown or withdrawn case (or no id at all): a page of the portal saying so, 404. */
	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	String missing(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "public/case-missing";
	}

	/** The opening of a write-up: its first 120 characters, on one line (no space put between Chinese sentences). */
	static String excerpt(String writeUp) {
		String line = writeUp.replaceAll("(?<=[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef])\\s+(?=[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef])", "")
			.replaceAll("\\s+", " ")
			.strip();
		return line.codePointCount(0, line.length()) <= 120 ? line
				: line.substring(0, line.offsetByCodePoints(0, 120)) + "…";
	}
}
