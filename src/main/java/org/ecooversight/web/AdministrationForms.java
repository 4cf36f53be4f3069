package org.ecooversight.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ecooversight.identity.Users;
import org.ecooversight.organisation.AdministeringOrganisation;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.PersonId;
import org.ecooversight.organisation.PostId;
import org.ecooversight.organisation.Tenure;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' changes through the administration page, each for its own role: the security
 * administrator creates accounts (never shown a password again), the system administrator changes
 * who holds a post (the holder on the day of a failure is whom accountability names, Q 三责同追).
 * Both go through the same use cases as the API; a mistake is shown next to its field and nothing
 * is half stored (a change of holder ends the old tenure and begins the new one in one transaction).
 */
@Controller
class AdministrationForms {

	private final AdministrationController page;
	private final Users users;
	private final Organisation organisation;
	private final AdministeringOrganisation administering;
	private final TransactionTemplate transaction;
	private final MessageSource messages;

	AdministrationForms(AdministrationController page, Users users, Organisation organisation,
			AdministeringOrganisation administering, TransactionTemplate transaction, MessageSource messages) {
		this.page = page;
		this.users = users;
		this.organisation = organisation;
		this.administering = administering;
		this.transaction = transaction;
		this.messages = messages;
	}

	@PostMapping("/admin/accounts")
	String createAccount(@RequestParam Map<String, String> params, @RequestParam(required = false) List<Role> roles,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (!actor.hasAnyRole(Role.SECURITY_ADMIN)) {
			throw new ForbiddenException("accounts are created by the security administrator");
		}
		try {
			UUID unit = uuid("unitId", params.get("unitId"));
			if (blank(params.get("displayName")) == null) {
				throw new InvalidInputException("displayName", "the account holder's name is required");
			}
			users.create(blank(params.get("username")), blank(params.get("displayName")), params.get("password"), unit, null,
					roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
					blank(params.get("email")), blank(params.get("mobile")), actor);
			redirect.addFlashAttribute("adminMessage", "admin.accounts.created");
			redirect.addFlashAttribute("adminMessageArg", params.get("username"));
			return "redirect:/admin#accounts-title";
		}
		catch (InvalidInputException e) {
			Map<String, String> form = new LinkedHashMap<>(params);
			form.remove("password"); // typed again, never sent back
			model.addAttribute("formRoles", roles == null ? List.of() : roles);
			return again("account", e, form, actor, model);
		}
	}

	/**
	 * A change of holder: the current holder's last day (when the post is held), the new holder (a
	 * person on file or a new name) and the first day in post.
	 */
	@PostMapping("/admin/appointments")
	String appoint(@RequestParam Map<String, String> params, Actor actor, Model model, RedirectAttributes redirect) {
		if (!actor.hasAnyRole(Role.SYSTEM_ADMIN)) {
			throw new ForbiddenException("the organisation is maintained by the system administrator");
		}
		try {
			String name = transaction.execute(tx -> {
				UUID postId = uuid("postId", params.get("postId"));
				if (postId == null) {
					throw new InvalidInputException("postId", "choose the post");
				}
				PostId post = new PostId(postId);
				LocalDate start = date("start", params.get("start"));
				Optional<Tenure> current = organisation.tenures(post).stream().filter(t -> t.end() == null).findFirst();
				if (current.isPresent()) {
					LocalDate lastDay = date("previousLastDay", params.get("previousLastDay"));
					if (lastDay == null) {
						throw new InvalidInputException("previousLastDay", "the post is held: give the current holder's last day");
					}
					administering.endTenure(current.get().id(), lastDay, actor);
				}
				UUID existing = uuid("personId", params.get("personId"));
				String newName = blank(params.get("newPerson"));
				PersonId person;
				if (existing != null) {
					person = new PersonId(existing);
				}
				else if (newName != null) {
					person = administering.createPerson(newName, null, actor).id();
				}
				else {
					throw new InvalidInputException("personId", "choose a person on file or type the new holder's name");
				}
				administering.appoint(post, person, start, null, actor);
				return organisation.person(person).map(p -> p.name()).orElse("");
			});
			redirect.addFlashAttribute("adminMessage", "admin.appoint.done");
			redirect.addFlashAttribute("adminMessageArg", name);
			return "redirect:/admin#units-title";
		}
		catch (InvalidInputException e) {
			return again("appoint", e, params, actor, model);
		}
		catch (ConflictException e) {
			return again("appoint", new InvalidInputException("start", e.getMessage()), params, actor, model);
		}
	}

	private String again(String form, InvalidInputException e, Map<String, String> values, Actor actor, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach(err -> errors.merge(err.field(), reason(err.field(), err.reason()), (a, b) -> a.equals(b) ? a : a + "；" + b));
		model.addAttribute("errors", errors);
		model.addAttribute("form", values);
		model.addAttribute("openForm", form);
		return page.admin(actor, model);
	}

	/** The reason in the reader's words: {@code admin.error.<field>} (English passes the API's reason through). */
	private String reason(String field, String reason) {
		return messages.getMessage("admin.error." + field, new Object[] { reason }, reason, LocaleContextHolder.getLocale());
	}

	private static UUID uuid(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "not one of the choices");
		}
	}

	private static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException(field, "a date such as 2026-06-01");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
