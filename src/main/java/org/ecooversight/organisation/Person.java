package org.ecooversight.organisation;

/** A cadre or other person who holds posts. */
public record Person(PersonId id, String name, String note) {
}
