package org.ecooversight.intake;

import java.util.UUID;

/** A stored file as a recorded event refers to it; its SM3 digest makes the file itself tamper-evident. */
public record AttachmentRef(UUID id, String filename, String mediaType, long size, String sm3) {
}
