package org.ecooversight.accountability;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact that satisfied a trigger: one event of the tamper-evident record, by its stream and
 * position, so that anyone can look it up and see why the rule fired.
 */
public record Fact(UUID streamId, int seq, String eventType, Instant occurredAt, String summary) {
}
