/**
 * Tiny value types shared by every module: the acting user ({@link org.ecooversight.shared.Actor}),
 * the clock, the jurisdiction served ({@link org.ecooversight.shared.Jurisdiction}: region code, name,
 * the prefixes of its numbers, the one setting every module reads), and the failures that every
 * module may raise and the web layer turns into RFC 9457 problem responses. No business logic lives
 * here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ecooversight.shared;
