package org.ecooversight.organisation;

/** A post in a unit; {@code domainCode} names the domain a deputy is in charge of, if any. */
public record Post(PostId id, UnitId unitId, PostKind kind, String title, String domainCode) {
}
