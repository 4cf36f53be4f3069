package org.ecooversight.ledger;

import java.util.ArrayList;
import java.util.List;

import org.ecooversight.ledger.ProblemEvent.ReminderAcknowledged;
import org.ecooversight.ledger.ProblemEvent.ReminderIssued;
import org.ecooversight.organisation.UnitId;

/** A reminder as sent, with the read receipts of its addressees. */
public record Reminder(ReminderIssued issued, List<ReminderAcknowledged> acknowledgements) {

	Reminder with(ReminderAcknowledged ack) {
		List<ReminderAcknowledged> all = new ArrayList<>(acknowledgements);
		all.add(ack);
		return new Reminder(issued, List.copyOf(all));
	}

	public boolean acknowledgedBy(UnitId unit) {
		return acknowledgements.stream().anyMatch(a -> a.unitId().equals(unit));
	}

	/** Addressees that have not acknowledged it yet. */
	public List<UnitId> unacknowledged() {
		return issued.addressees().stream().filter(u -> !acknowledgedBy(u)).toList();
	}
}
