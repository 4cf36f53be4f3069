package org.ecooversight.ledger;

import java.time.LocalDate;
import java.util.UUID;

/** A step of a long-term rectification plan (逐步推进), due on a day. */
public record Milestone(UUID id, String title, LocalDate due) {
}
