/**
 * Intake (收集、受理机制): problem leads arrive through every channel the documents name and are
 * recorded as received, with the reporter's identity sealed and the personal data in the description
 * masked for every reader ({@link org.ecooversight.intake.PersonalData}). Intake decisions (accept, decline,
 * merge) are taken by the ledger module, which owns problems.
 */
package org.ecooversight.intake;
