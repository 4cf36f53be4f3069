package org.ecooversight.ledger;

import java.util.UUID;

import org.ecooversight.organisation.UnitId;

/**
 * Someone a rectification notice is copied to (抄送): the county leaders in charge, the discipline
 * commission and the assessment office (S, 五项机制 1). {@code personId} and {@code personName} name the
 * leader who held the post on the day of the notice, where the copy goes to a person.
 */
public record CopyRecipient(UnitId unitId, UUID personId, String personName, String capacity) {
}
