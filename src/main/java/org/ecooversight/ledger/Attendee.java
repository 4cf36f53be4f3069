package org.ecooversight.ledger;

/** Someone who attended an interview: name, unit and post, as the minutes record them. */
public record Attendee(String name, String unit, String post) {
}
