package org.ecooversight.intake;

/** Where a problem is: a town of the jurisdiction, an address, and optional coordinates. */
public record Place(String townCode, String address, Double longitude, Double latitude) {
}
