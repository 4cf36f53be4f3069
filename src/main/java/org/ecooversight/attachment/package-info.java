/**
 * Stored files: photos and documents that come with a lead, a progress report or an acceptance
 * check. Each file is checked (type from its content, size), stored with its SM3 digest, and
 * referred to from recorded events by id and digest, so a file changed later is caught.
 */
package org.ecooversight.attachment;
