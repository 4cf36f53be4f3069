package org.ecooversight.intake;

/** The enterprise or person a lead is about, if named; an enterprise by its unified social credit code. */
public record ReportedEntity(String name, String creditCode) {
}
