package org.ecooversight.organisation;

/** A county leader in charge (分管领导, or the head of the government where none is), in the unit where they hold the post. */
public record LeaderInCharge(Unit unit, PostHolder holder) {
}
