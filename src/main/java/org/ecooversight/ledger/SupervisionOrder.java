package org.ecooversight.ledger;

import java.util.ArrayList;
import java.util.List;

import org.ecooversight.ledger.ProblemEvent.SupervisionOrderIssued;
import org.ecooversight.ledger.ProblemEvent.SupervisionReportMissed;

/** A supervision order with the periodic reports it missed; {@code active} while it still stands. */
public record SupervisionOrder(SupervisionOrderIssued issued, List<SupervisionReportMissed> missed, boolean active) {

	SupervisionOrder with(SupervisionReportMissed miss) {
		List<SupervisionReportMissed> all = new ArrayList<>(missed);
		all.add(miss);
		return new SupervisionOrder(issued, List.copyOf(all), active);
	}

	SupervisionOrder ended() {
		return new SupervisionOrder(issued, missed, false);
	}
}
