package org.ecooversight.attachment;

import java.util.Objects;

/**
 * An uploaded file that passed inspection: its cleaned-up name, the media type read from its content
 * (not the one the client claimed), its size and its SM3 digest (GB/T 32905, lowercase hex), which the
 * recorded event carries so that the stored file can later be shown to be unchanged.
 */
public record InspectedFile(String filename, String mediaType, long size, String sm3) {

	public InspectedFile {
		Objects.requireNonNull(filename, "filename");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(sm3, "sm3");
		if (size <= 0) {
			throw new IllegalArgumentException("an inspected file is never empty, size " + size);
		}
	}
}
