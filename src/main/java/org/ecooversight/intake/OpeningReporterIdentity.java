package org.ecooversight.intake;

import org.ecooversight.audit.EventStore;
import org.ecooversight.intake.internal.ContactCipher;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.ForbiddenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a reporter's sealed contact details, and the description as they wrote it where intake
 * masked personal data in it ({@link PersonalData}). Only the roles whose work needs them (the task
 * force and the committee office, to call back or to reward) may, with a stated purpose, and every
 * opening is recorded on the lead. A unit that is reported on never can: the reporter's identity is
 * confidential (Q, S: 投诉举报机制).
 */
@Component
public class OpeningReporterIdentity {

	private final Leads leads;
	private final ContactCipher cipher;
	private final EventStore record;

	OpeningReporterIdentity(Leads leads, ContactCipher cipher, EventStore record) {
		this.leads = leads;
		this.cipher = cipher;
		this.record = record;
	}

	/** The contact details (null for an anonymous reporter); the opening is recorded. */
	@Transactional
	public ReporterContact open(LeadId id, String purpose, Actor actor) {
		return openOriginal(id, purpose, actor).contact();
	}

	/** What the reporter gave: the contact (null if anonymous) and the description as written (null if nothing was masked). */
	public record OriginalReport(ReporterContact contact, String description) {
	}

	/**
	 * Opens the contact and the description as written, in one recorded opening.
	 *
	 * @throws org.ecooversight.shared.ConflictException when the reporter stayed anonymous and nothing was masked
	 */
	@Transactional
	public OriginalReport openOriginal(LeadId id, String purpose, Actor actor) {
		if (!actor.mayViewReporterIdentity()) {
			throw new ForbiddenException("a reporter's identity is shown only to the task force and the committee office");
		}
		Lead lead = leads.change(id, actor, l -> l.reporterIdentityViewed(actor.username(), purpose));
		var facts = lead.facts();
		return new OriginalReport(
				facts.sealedContact() == null ? null
						: record.fromJson(cipher.decrypt(facts.sealedContact()), ReporterContact.class),
				facts.sealedDescription() == null ? null : cipher.decrypt(facts.sealedDescription()));
	}

	/**
	 * For a referral to the discipline organ or the judiciary that is entitled to the reporter's
	 * identity and asked for it with a legal basis ({@code purpose}): a discipline officer opens it,
	 * and the opening is recorded on the lead like any other. Null for an anonymous report.
	 */
	@Transactional
	public ReporterContact openForReferral(LeadId id, String purpose, Actor actor) {
		if (!actor.hasAnyRole(org.ecooversight.shared.Role.DISCIPLINE_OFFICER)) {
			throw new ForbiddenException("a reporter's identity goes with a referral only by a discipline officer's decision");
		}
		if (leads.require(id).facts().anonymous()) {
			throw new ConflictException("the reporter of lead " + id + " stayed anonymous; there is nothing to open");
		}
		Lead lead = leads.change(id, actor, l -> l.reporterIdentityViewed(actor.username(), purpose));
		String sealed = lead.facts().sealedContact();
		return sealed == null ? null : record.fromJson(cipher.decrypt(sealed), ReporterContact.class);
	}
}
