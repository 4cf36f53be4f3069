/**
 * Notifications (通知): what another module announces with a {@code shared.NoticeIssued} (a
 * reminder letter, a supervision order, an interview, a decision on an extension) reaches its
 * addressees in the platform's inbox, by e-mail and by text message. The notice arrives through
 * Spring Modulith's persisted event publication and is stored once however often it is delivered;
 * e-mails and texts wait in a persisted outbox, sent by a cluster-wide db-scheduler task with
 * retries and growing back-off, so no reminder the documents require (Q 提醒机制; S 五项机制 3) is
 * lost to a mail server that is down.
 */
package org.ecooversight.notification;
