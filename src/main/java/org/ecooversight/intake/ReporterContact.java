package org.ecooversight.intake;

/**
 * A reporter's contact details as they gave them. Held only sealed (SM4) in the record and the
 * database, and opened only for roles that need them, each opening recorded.
 */
public record ReporterContact(String name, String phone, String email) {
}
