package org.ecooversight.intake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.ecooversight.attachment.Attachments;
import org.ecooversight.attachment.Attachments.StoredFile;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.audit.EventStore;
import org.ecooversight.audit.HashChain;
import org.ecooversight.intake.LeadEvent.LeadReceived;
import org.ecooversight.intake.internal.ContactCipher;
import org.ecooversight.region.JurisdictionBoundary;
import org.ecooversight.region.Regions;
import org.ecooversight.responsibility.Domains;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receiving a lead through any channel (收集机制). The lead is checked field by field (all errors at
 * once), its reporter's contact sealed with SM4, the personal data in its description masked (the
 * text as written sealed with the contact), its files checked and stored, and it is recorded
 * with a tracking code for the reporter. The same {@code Idempotency-Key} from the same submitter
 * gives back the first lead instead of a second one, so a retried submission is never counted twice.
 */
@Component
public class ReceivingLead {

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{4,19}$");
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$");
	private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,100}$");
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final Leads leads;
	private final Regions regions;
	private final JurisdictionBoundary boundary;
	private final Domains domains;
	private final Attachments attachments;
	private final ContactCipher cipher;
	private final EventStore record;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final String jurisdiction;
	private final int maxDescription;
	private final Set<PersonalData.Kind> masked;
	private final SecureRandom random = new SecureRandom();

	ReceivingLead(Leads leads, Regions regions, JurisdictionBoundary boundary, Domains domains, Attachments attachments,
			ContactCipher cipher, EventStore record, TransactionTemplate transactions, Clock clock,
			Jurisdiction jurisdiction,
			@Value("${eco.intake.max-description-length:5000}") int maxDescription,
			@Value("${eco.intake.masked-personal-data:NAME,MOBILE,LANDLINE,ID_CARD,PLATE,EMAIL}") Set<PersonalData.Kind> masked) {
		this.masked = Set.copyOf(masked);
		this.leads = leads;
		this.regions = regions;
		this.boundary = boundary;
		this.domains = domains;
		this.attachments = attachments;
		this.cipher = cipher;
		this.record = record;
		this.transactions = transactions;
		this.clock = clock;
		this.jurisdiction = jurisdiction.regionCode();
		this.maxDescription = maxDescription;
	}

	/** A lead as submitted. {@code receivedAt} may be given for a call or letter received earlier. */
	public record ReceiveLead(Channel channel, String channelReference, String description, String townCode,
			String address, Double longitude, Double latitude, List<String> pollutionTypes, String entityName,
			String entityCreditCode, boolean anonymous, ReporterContact contact, Instant receivedAt) {
	}

	/** The outcome: the lead, and whether it was already there under the same idempotency key. */
	public record Received(Lead lead, boolean repeated) {

		// What a receipt tells the submitter, as values, for modules that must not touch the Lead (the portal).

		public LeadId id() {
			return lead.id();
		}

		public String trackingCode() {
			return lead.facts().trackingCode();
		}

		public LeadStatus status() {
			return lead.status();
		}

		public Instant receivedAt() {
			return lead.receivedAt();
		}

		/** The personal data found in the description and masked for every reader (none: empty). */
		public List<PersonalData.Finding> personalData() {
			return lead.facts().personalData() == null ? List.of() : lead.facts().personalData();
		}
	}

	public Received receive(ReceiveLead cmd, List<Upload> files, String idempotencyKey, Actor actor) {
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && !KEY.matcher(key).matches()) {
			throw new InvalidInputException("Idempotency-Key", "1 to 100 visible ASCII characters");
		}
		// The fingerprint is needed only to tell a retry under the same key from a different lead.
		String digest = key == null ? null : digest(cmd, files);
		if (key != null) {
			var earlier = leads.findByIdempotencyKey(actor.username(), key);
			if (earlier.isPresent()) {
				return repeated(earlier.get(), digest);
			}
		}
		try {
			return transactions.execute(tx -> new Received(record(cmd, files, key, digest, actor), false));
		}
		catch (DuplicateKeyException raced) {
			// The same key arrived twice at the same moment: the other request stored it first.
			var earlier = key == null ? null : leads.findByIdempotencyKey(actor.username(), key).orElse(null);
			if (earlier == null) {
				throw raced;
			}
			return repeated(earlier, digest);
		}
	}

	private Received repeated(Leads.IdempotentSubmission earlier, String digest) {
		if (!earlier.requestDigest().equals(digest)) {
			throw new InvalidInputException("Idempotency-Key",
					"this key was already used for a different lead; use a new key for a new lead");
		}
		return new Received(leads.require(earlier.leadId()), true);
	}

	private Lead record(ReceiveLead cmd, List<Upload> files, String key, String digest, Actor actor) {
		Validation v = new Validation();
		if (cmd.channel() == null) {
			v.reject("channel", "is required");
		}
		String description = v.text("description", cmd.description(), true, maxDescription);
		String address = v.text("address", cmd.address(), false, 200);
		v.run(() -> regions.requireTownIn("townCode", cmd.townCode(), jurisdiction));
		v.run(() -> boundary.requireInside("longitude", cmd.longitude(), cmd.latitude()));
		List<String> types = v.check(() -> domains.requireAll("pollutionTypes", cmd.pollutionTypes()));
		String reference = v.text("channelReference", cmd.channelReference(), false, 60);
		InspectionReference inspection = null;
		if (cmd.channel() == Channel.CENTRAL_INSPECTION && reference == null) {
			v.reject("channelReference", "a complaint transferred by the central inspection carries its reference number");
		}
		else if (cmd.channel() != null && cmd.channel().isHigherInspection() && reference != null
				&& (cmd.channel() == Channel.CENTRAL_INSPECTION || InspectionReference.looksLikeInspectionCode(reference))) {
			inspection = v.check(() -> InspectionReference.parse("channelReference", reference));
		}
		ReportedEntity entity = null;
		String entityName = v.text("reportedEntity.name", cmd.entityName(), false, 200);
		String creditCode = null;
		if (cmd.entityCreditCode() != null && !cmd.entityCreditCode().isBlank()) {
			CreditCode code = v.check(() -> CreditCode.parse("reportedEntity.creditCode", cmd.entityCreditCode()));
			creditCode = code == null ? null : code.value();
		}
		if (entityName != null || creditCode != null) {
			entity = new ReportedEntity(entityName, creditCode);
		}
		String sealed = null;
		ReporterContact own = null;
		if (!cmd.anonymous()) {
			ReporterContact contact = cmd.contact();
			String name = contact == null ? null : v.text("reporter.name", contact.name(), false, 50);
			String phone = contact == null ? null : v.text("reporter.phone", contact.phone(), false, 20);
			String email = contact == null ? null : v.text("reporter.email", contact.email(), false, 254);
			if (phone == null && email == null) {
				v.reject("reporter", "a reporter who is not anonymous gives a phone number or an e-mail address");
			}
			if (phone != null && !PHONE.matcher(phone).matches()) {
				v.reject("reporter.phone", "not a phone number");
			}
			if (email != null && !EMAIL.matcher(email).matches()) {
				v.reject("reporter.email", "not an e-mail address");
			}
			own = new ReporterContact(name, phone, email);
			sealed = cipher.encrypt(record.toJson(own));
		}
		Instant now = clock.instant();
		Instant receivedAt = cmd.receivedAt() == null ? now : cmd.receivedAt();
		if (receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
			v.reject("receivedAt", "lies in the future");
		}
		v.throwIfAny();

		// What the reporter wrote about himself (or anyone) is masked for every reader; the text as
		// written is sealed next to the contact and opened only as the contact is.
		PersonalData.Scan scan = personalDataIn(description, own);
		String sealedDescription = scan.any() ? cipher.encrypt(description) : null;

		LeadId id = new LeadId(UUID.randomUUID());
		List<StoredFile> stored = attachments.store("files", id.value(), files, actor);
		List<AttachmentRef> refs = stored.stream()
			.map(f -> new AttachmentRef(f.id(), f.filename(), f.mediaType(), f.size(), f.sm3()))
			.toList();
		LeadReceived received = new LeadReceived(id, TrackingCode.random(random).value(), cmd.channel(), reference,
				inspection, scan.text(), new Place(cmd.townCode(), address, cmd.longitude(), cmd.latitude()), types,
				entity, cmd.anonymous(), sealed, refs, HashChain.truncate(receivedAt), sealedDescription, scan.found());
		Lead lead = Lead.receive(received);
		leads.add(lead, actor.username(), key, digest, actor);
		return lead;
	}

	/**
	 * The personal data intake would mask in a description ({@code own}: the reporter's contact as
	 * given, null if anonymous), the kinds the jurisdiction masks ({@code eco.intake.masked-personal-data});
	 * for the operator's warning while a call is typed. Nothing is stored.
	 */
	public PersonalData.Scan personalDataIn(String description, ReporterContact own) {
		String text = description == null ? "" : description.length() > maxDescription ? description.substring(0, maxDescription) : description;
		return PersonalData.scan(text, own, masked);
	}

	/** A fingerprint of the request, to tell a retry from a different lead under a reused key. */
	private String digest(ReceiveLead cmd, List<Upload> files) {
		Map<String, Object> canonical = new TreeMap<>();
		canonical.put("lead", cmd);
		List<String> fileDigests = new ArrayList<>();
		if (files != null) {
			for (Upload file : files) {
				fileDigests.add(file.filename() + ":" + HashChain.sm3(file.content()));
			}
		}
		canonical.put("files", fileDigests);
		return HashChain.sm3(record.toJson(canonical));
	}
}
