package org.ecooversight.portal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.intake.Channel;
import org.ecooversight.intake.ReceivingLead;
import org.ecooversight.intake.ReceivingLead.ReceiveLead;
import org.ecooversight.intake.ReporterContact;
import org.ecooversight.ledger.PublicTracking;
import org.ecooversight.region.Regions;
import org.ecooversight.responsibility.Domains;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.NotFoundException;
import org.ecooversight.throttle.TooManyAttemptsException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public portal at /public, without signing in: report a problem (anonymously or with contact
 * details, a town, the types, up to three photos) and get a tracking code; look up where a report
 * stands and the public reply. Reports are limited per client address (intake.PublicReportLimit,
 * eco.portal.reports-per-hour, shared with the public API and by every instance), so that the form
 * cannot flood the intake desk; a refusal keeps what was typed and says when to try again (429).
 */
@Controller
class PublicPortalController {

	private final ReceivingLead receiving;
	private final PublicTracking tracking;
	private final org.ecooversight.ledger.PublicDisclosure disclosure;
	private final org.ecooversight.region.JurisdictionBoundary boundary;
	private final Regions regions;
	private final Domains domains;
	private final String jurisdiction;
	private final PublicReportLimit limit;
	private final int maxPhotos;
	private final PortalWords words;

	PublicPortalController(ReceivingLead receiving, PublicTracking tracking,
			org.ecooversight.ledger.PublicDisclosure disclosure, org.ecooversight.region.JurisdictionBoundary boundary,
			Regions regions, Domains domains, PortalWords words, PublicReportLimit limit,
			Jurisdiction jurisdiction,
			@Value("${eco.portal.max-photos:3}") int maxPhotos) {
		this.maxPhotos = maxPhotos;
		this.words = words;
		this.receiving = receiving;
		this.tracking = tracking;
		this.disclosure = disclosure;
		this.boundary = boundary;
		this.regions = regions;
		this.domains = domains;
		this.jurisdiction = jurisdiction.regionCode();
		this.limit = limit;
	}

	/** What the report form holds. */
	public static class ReportForm {

		private String description;
		private String townCode;
		private String address;
		private List<String> pollutionTypes;
		private boolean anonymous;
		private String name;
		private String phone;
		private Double longitude;
		private Double latitude;

		public Double getLongitude() {
			return longitude;
		}

		public void setLongitude(Double longitude) {
			this.longitude = longitude;
		}

		public Double getLatitude() {
			return latitude;
		}

		public void setLatitude(Double latitude) {
			this.latitude = latitude;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getTownCode() {
			return townCode;
		}

		public void setTownCode(String townCode) {
			this.townCode = townCode;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public List<String> getPollutionTypes() {
			return pollutionTypes;
		}

		public void setPollutionTypes(List<String> pollutionTypes) {
			this.pollutionTypes = pollutionTypes;
		}

		public boolean isAnonymous() {
			return anonymous;
		}

		public void setAnonymous(boolean anonymous) {
			this.anonymous = anonymous;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}
	}

	@GetMapping("/public")
	String portal(Model model) {
		return form(model, new ReportForm(), Map.of(), null);
	}

	@PostMapping("/public/report")
	String report(@ModelAttribute("form") ReportForm form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		List<MultipartFile> photos = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		if (photos.size() > maxPhotos) {
			return form(model, form, Map.of("files", words.get("public.report.error.photos", maxPhotos)), null);
		}
		try {
			limit.take(request.getRemoteAddr());
		}
		catch (TooManyAttemptsException e) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
			return form(model, form, Map.of(), words.get("public.report.error.tooManyMinutes", e.retryAfterMinutes()));
		}
		boolean anonymous = form.isAnonymous() || (blank(form.getName()) && blank(form.getPhone()));
		if (!anonymous && blank(form.getPhone())) {
			return form(model, form, Map.of("contact", words.get("public.report.error.phone")), null);
		}
		try {
			var received = receiving.receive(new ReceiveLead(Channel.PUBLIC_WEB, null, form.getDescription(),
					form.getTownCode(), form.getAddress(), form.getLongitude(), form.getLatitude(), form.getPollutionTypes(),
					null, null, anonymous,
					anonymous ? null : new ReporterContact(form.getName(), form.getPhone(), null), null),
					Upload.of(photos), null, Actor.PUBLIC);
			return "redirect:/public/received?code=" + org.ecooversight.intake.TrackingCode.parse("code", received.trackingCode()).display()
					+ (!received.personalData().isEmpty() ? "&masked=true" : "");
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (var error : e.errors()) {
				String field = error.field().startsWith("longitude") || error.field().startsWith("latitude") ? "place"
						: error.field().startsWith("pollutionTypes") ? "pollutionTypes"
						: error.field().startsWith("reporter") || error.field().startsWith("contact") ? "contact"
								: error.field().startsWith("files") || error.field().startsWith("attachments") ? "files"
										: error.field();
				errors.merge(field, words.get(Messages.key(error), Messages.args(error)),
						(a, b) -> a + words.get("public.report.error.separator") + b);
			}
			return form(model, form, errors, null);
		}
	}

	@GetMapping("/public/received")
	String received(@RequestParam String code, @RequestParam(defaultValue = "false") boolean masked, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("masked", masked);
		return "public/received";
	}

	@GetMapping("/public/track")
	String track(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("code", code);
		if (code != null && !code.isBlank()) {
			try {
				PublicTracking.PublicStatus status = tracking.status(code.strip());
				model.addAttribute("status", status);
				model.addAttribute("reply", PublicTracking.DEFAULT_REPLY.equals(status.publicReply())
						? words.get("public.track.defaultReply") : status.publicReply());
				// a lead's status until it is accepted or merged, then its problem's
				model.addAttribute("state", status.problemCode() == null
						? org.ecooversight.intake.LeadStatus.valueOf(status.status())
						: org.ecooversight.ledger.ProblemStatus.valueOf(status.status()));
				model.addAttribute("ratings", org.ecooversight.intake.Rating.values());
				model.addAttribute("receivedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.format(status.receivedAt().atZone(ChinaTime.ZONE)));
			}
			catch (InvalidInputException e) {
				model.addAttribute("error", "public.track.error.format");
			}
			catch (NotFoundException e) {
				model.addAttribute("error", "public.track.error.notFound");
			}
		}
		return "public/track";
	}

	/** The county's outline for the report form's map pin (public reference data, from the bundle). */
	@GetMapping(path = "/public/boundary", produces = "application/json")
	org.springframework.http.ResponseEntity<String> boundary() {
		return org.springframework.http.ResponseEntity.ok()
			.cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofHours(1)))
			.body(boundary.geoJson());
	}

	@GetMapping("/public/disclosure")
	String disclosure(Model model) {
		var lists = disclosure.lists(50);
		Map<String, String> towns = new LinkedHashMap<>();
		regions.children(jurisdiction).forEach(r -> towns.put(r.code(), r.name()));
		Map<String, String> types = words.domainNames();
		model.addAttribute("listed", lists.listed().stream().map(l -> DisclosureLine.of(l, towns, types, words)).toList());
		model.addAttribute("closed", lists.closed().stream().map(l -> DisclosureLine.of(l, towns, types, words)).toList());
		return "public/disclosure";
	}

	/** A line of the disclosure list in the reader's words: town by name, types and status in their language. */
	record DisclosureLine(String code, String town, String types, String status, java.time.LocalDate deadline,
			String closedOn, String publicReply) {

		static DisclosureLine of(org.ecooversight.ledger.PublicDisclosure.Line l, Map<String, String> towns,
				Map<String, String> types, PortalWords words) {
			return new DisclosureLine(l.code(), towns.getOrDefault(l.townCode(), l.townCode()),
					String.join(words.get("public.list.separator"),
							l.pollutionTypes().stream().map(t -> types.getOrDefault(t, t)).toList()),
					words.of(l.status(), l.status().label()), l.deadline(),
					l.closedAt() == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(l.closedAt().atZone(ChinaTime.ZONE)),
					l.publicReply() != null || l.closedAt() == null ? l.publicReply() : words.get("public.disclosure.defaultReply"));
		}
	}

	@PostMapping("/public/track/rating")
	String rate(@RequestParam String code, @RequestParam(required = false) org.ecooversight.intake.Rating rating,
			@RequestParam(required = false) String comment, Model model) {
		try {
			tracking.rate(code, rating, comment);
			return "redirect:/public/track?code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8)
					+ "&rated=true";
		}
		catch (InvalidInputException e) {
			model.addAttribute("ratingError", "public.track.rating.error.choose");
		}
		catch (org.ecooversight.shared.ConflictException e) {
			model.addAttribute("ratingError", "public.track.rating.error.conflict");
		}
		return track(code, model);
	}

	private String form(Model model, ReportForm form, Map<String, String> errors, String error) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("error", error);
		model.addAttribute("towns", regions.children(jurisdiction));
		model.addAttribute("domains", domains.all());
		model.addAttribute("domainNames", words.domainNames());
		model.addAttribute("maxPhotos", maxPhotos);
		return "public/index";
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/**
	 * The platform's validation reasons (English, for the API) as message keys of the portal's words
	 * (messages/public*.properties), with their arguments.
	 */
	static final class Messages {

		private static final java.util.regex.Pattern AT_MOST = java.util.regex.Pattern.compile("at most (\\d+)");

		static String key(InvalidInputException.FieldError error) {
			String f = error.field();
			String reason = error.reason() == null ? "" : error.reason();
			boolean tooLong = AT_MOST.matcher(reason).lookingAt();
			if (f.equals("description")) {
				return tooLong ? "public.report.error.description.tooLong" : "public.report.error.description";
			}
			if (f.equals("address")) {
				return "public.report.error.address.tooLong";
			}
			if (f.equals("townCode")) {
				return "public.report.error.town";
			}
			if (f.startsWith("longitude") || f.startsWith("latitude")) {
				return "public.report.error.place";
			}
			if (f.startsWith("pollutionTypes")) {
				return "public.report.error.types";
			}
			if (f.startsWith("files") || f.startsWith("attachments")) {
				return tooLong ? "public.report.error.photos" : "public.report.error.file";
			}
			if (f.equals("reporter.phone")) {
				return "public.report.error.phone.invalid";
			}
			if (f.equals("reporter.name")) {
				return "public.report.error.name.tooLong";
			}
			if (f.startsWith("reporter")) {
				return "public.report.error.phone";
			}
			return "public.report.error.other";
		}

		/** The limit a reason names ("at most 5000 characters"), for the words that repeat it. */
		static Object[] args(InvalidInputException.FieldError error) {
			var limit = AT_MOST.matcher(error.reason() == null ? "" : error.reason());
			return new Object[] { limit.lookingAt() ? limit.group(1) : "" };
		}
	}
}
