package org.ecooversight.publicity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ecooversight.publicity.TypicalCaseEvent.CasePublished;
import org.ecooversight.publicity.TypicalCaseEvent.CaseWithdrawn;
import org.ecooversight.audit.EventSourced;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;

/** A typical case: published once, withdrawn at most once (with a reason), never changed or deleted. */
public final class TypicalCase extends EventSourced<TypicalCaseEvent> {

	/** The longest withdrawal reason, in characters. */
	public static final int REASON_MAX = 500;

	private final UUID id;
	private CasePublished publication;
	private CaseWithdrawn withdrawal;

	private TypicalCase(UUID id) {
		this.id = id;
	}

	static TypicalCase publish(CasePublished published) {
		TypicalCase c = new TypicalCase(published.caseId());
		c.record(published);
		return c;
	}

	static TypicalCase replay(UUID id, List<TypicalCaseEvent> history) {
		TypicalCase c = new TypicalCase(id);
		c.replay(history);
		return c;
	}

	/** Takes the case off the portal; the reason is required and kept in the record. */
	void withdraw(String reason, Instant now) {
		if (withdrawal != null) {
			throw new ConflictException("typical case " + id + " was already withdrawn");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "is required: say why the case leaves the portal");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new InvalidInputException("reason", "at most " + REASON_MAX + " characters (got " + reason.strip().length() + ")");
		}
		record(new CaseWithdrawn(id, reason.strip(), now));
	}

	@Override
	protected void apply(TypicalCaseEvent event) {
		if (event instanceof CasePublished e) {
			publication = e;
		}
		else if (event instanceof CaseWithdrawn e) {
			withdrawal = e;
		}
	}

	public UUID id() {
		return id;
	}

	public CasePublished publication() {
		return publication;
	}

	/** The withdrawal, or null while the case is on the portal. */
	public CaseWithdrawn withdrawal() {
		return withdrawal;
	}

	public boolean withdrawn() {
		return withdrawal != null;
	}

}
