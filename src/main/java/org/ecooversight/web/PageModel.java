package org.ecooversight.web;

import java.util.ArrayList;
import java.util.List;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Labels;
import org.ecooversight.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the workbench shows around its content: who is signed in, and the sections
 * their roles may open (a section a role may not use is not offered; the server refuses it anyway).
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	private final Labels labels;
	private final org.ecooversight.publicity.PublishingCases publicity;

	PageModel(Labels labels, org.ecooversight.publicity.PublishingCases publicity) {
		this.labels = labels;
		this.publicity = publicity;
	}

	/** A link of the main navigation, with the message key of its words. */
	public record NavLink(String href, String key) {
	}

	@ModelAttribute("me")
	Actor me() {
		return ActorResolution.current();
	}

	@ModelAttribute("nav")
	List<NavLink> nav() {
		Actor actor = ActorResolution.current();
		List<NavLink> links = new ArrayList<>();
		if (actor == Actor.PUBLIC) {
			return links;
		}
		links.add(new NavLink("/", "nav.home"));
		if (actor.seesWholeJurisdiction() || actor.hasAnyRole(Role.DEPARTMENT_HANDLER, Role.TOWN_HANDLER)) {
			links.add(new NavLink("/problems", "nav.problems"));
		}
		if (actor.hasAnyRole(Role.TASK_FORCE_MEMBER, Role.TASK_FORCE_LEADER, Role.COMMITTEE_OFFICE)) {
			links.add(new NavLink("/intake", "nav.intake"));
		}
		if (actor.hasAnyRole(Role.TASK_FORCE_MEMBER, Role.TASK_FORCE_LEADER, Role.COMMITTEE_OFFICE, Role.COUNTY_LEADER)) {
			links.add(new NavLink("/dashboard", "nav.dashboard"));
			links.add(new NavLink("/map", "nav.map"));
		}
		if (publicity.mayPublish(actor)) {
			links.add(new NavLink("/publicity", "publicity.nav"));
		}
		if (actor.hasAnyRole(Role.DISCIPLINE_OFFICER)) {
			links.add(new NavLink("/accountability", "nav.accountability"));
		}
		if (actor.hasAnyRole(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
			links.add(new NavLink("/admin", "nav.admin"));
		}
		return links;
	}

	/**
	 * The link to this page in the other language: the same query with {@code lang} switched, so a
	 * filtered ledger or a looked-up tracking code stays as it is.
	 */
	@ModelAttribute("otherLanguage")
	String otherLanguage(jakarta.servlet.http.HttpServletRequest request) {
		String other = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()) ? "zh-CN"
				: "en";
		return org.springframework.web.util.UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
	}

	@ModelAttribute("roleLabels")
	List<String> roleLabels() {
		return labels.all(ActorResolution.current().roles());
	}
}
