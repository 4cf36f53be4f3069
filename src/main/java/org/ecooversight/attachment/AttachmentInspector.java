package org.ecooversight.attachment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.ecooversight.shared.InvalidInputException;

/**
 * Checks a file a reporter or handler uploads (a photo of the discharge, a scanned letter, a rectification
 * report) before it is stored: a usable name, not empty, not too large, and a content type that is
 * accepted here.
 * <p>
 * The type is read from the content's magic bytes with Apache Tika, never from the client's claim or the
 * file name alone: a shell script named {@code photo.jpg} is a shell script. The name only refines what
 * the content shows: an Office container ({@code application/x-tika-ooxml}, {@code x-tika-msoffice})
 * becomes the Word or Excel type its extension names, plain text named {@code .csv} becomes
 * {@code text/csv}. Content without any recognisable signature is {@code application/octet-stream}
 * whatever its name.
 */
public class AttachmentInspector {

	static final int MAX_FILENAME_LENGTH = 120;

	/** An extension longer than this is not kept when a long name is shortened. */
	private static final int MAX_EXTENSION_LENGTH = 16;

	private static final long MB = 1024 * 1024;

	private static final Set<MediaType> OFFICE_CONTAINERS = Set.of(MediaType.application("x-tika-ooxml"),
			MediaType.application("x-tika-msoffice"));

	private final Tika tika = new Tika();
	private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

	/**
	 * Inspects one upload.
	 *
	 * @param field the form field the file came in, named in the error
	 * @param originalFilename the name the client sent; only its last path segment is kept
	 * @param content the file's bytes
	 * @param maxBytes the largest size accepted
	 * @param allowedMediaTypes the media types accepted, e.g. {@code image/jpeg}, {@code application/pdf}
	 * @return the cleaned name, the detected media type, the size and the SM3 digest
	 * @throws InvalidInputException naming {@code field} when the name has nothing usable, the file is empty
	 *             or larger than {@code maxBytes}, or its content is of a type not accepted
	 */
	public InspectedFile inspect(String field, String originalFilename, byte[] content, long maxBytes,
			Set<String> allowedMediaTypes) {
		String filename = sanitiseFilename(originalFilename);
		if (filename == null) {
			throw new InvalidInputException(field,
					"the file name has nothing usable left once path and control characters are removed");
		}
		if (content == null || content.length == 0) {
			throw new InvalidInputException(field, "the file '" + filename + "' is empty");
		}
		if (content.length > maxBytes) {
			throw new InvalidInputException(field, "the file '" + filename + "' is "
					+ size(content.length, RoundingMode.CEILING) + ", more than the limit of "
					+ size(maxBytes, RoundingMode.HALF_UP));
		}

		Set<MediaType> allowed = normalise(allowedMediaTypes);
		MediaType detected = detect(content, filename);
		if (!allowed.contains(detected)) {
			throw new InvalidInputException(field, notAllowed(filename, detected, allowed));
		}
		return new InspectedFile(filename, detected.toString(), content.length, sm3(content));
	}

	/**
	 * The last path segment of the name without control or invisible formatting characters (such as the
	 * right-to-left override that disguises {@code gpj.exe} as {@code exe.jpg}), shortened to 120
	 * characters keeping the extension; {@code null} when nothing usable is left.
	 */
	static String sanitiseFilename(String originalFilename) {
		if (originalFilename == null) {
			return null;
		}
		String name = originalFilename;
		int lastSeparator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(lastSeparator + 1);

		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints()
			.filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		name = kept.toString().strip();

		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return null;
		}
		return shorten(name);
	}

	private static String shorten(String name) {
		if (name.codePointCount(0, name.length()) <= MAX_FILENAME_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH ? name.substring(dot) : "";
		String stem = extension.isEmpty() ? name : name.substring(0, dot);
		int keep = MAX_FILENAME_LENGTH - extension.length();
		int end = stem.offsetByCodePoints(0, keep);
		return stem.substring(0, end) + extension;
	}

	private MediaType detect(byte[] content, String filename) {
		MediaType fromContent = MediaType.parse(tika.detect(content));
		if (fromContent == null || MediaType.OCTET_STREAM.equals(fromContent)) {
			return MediaType.OCTET_STREAM;
		}
		MediaType withName = MediaType.parse(tika.detect(content, filename));
		if (withName != null && registry.isSpecializationOf(withName, fromContent)) {
			return withName.getBaseType();
		}
		return fromContent.getBaseType();
	}

	private Set<MediaType> normalise(Set<String> mediaTypes) {
		Set<MediaType> normalised = new TreeSet<>();
		for (String type : mediaTypes) {
			MediaType parsed = MediaType.parse(type.strip().toLowerCase(Locale.ROOT));
			if (parsed == null) {
				throw new IllegalArgumentException("'" + type + "' is not a media type");
			}
			normalised.add(registry.normalize(parsed.getBaseType()));
		}
		return normalised;
	}

	private static String notAllowed(String filename, MediaType detected, Set<MediaType> allowed) {
		String accepted = "accepted: " + String.join(", ", allowed.stream().map(MediaType::toString).toList());
		if (OFFICE_CONTAINERS.contains(detected)) {
			return "the file '" + filename + "' is a Microsoft Office document whose name does not end in an"
					+ " accepted Office extension (.docx, .xlsx, .doc, .xls); " + accepted;
		}
		if (MediaType.OCTET_STREAM.equals(detected)) {
			return "the content of '" + filename + "' is of no recognisable type (" + detected
					+ "), whatever its name says; " + accepted;
		}
		return "the content of '" + filename + "' is " + detected + ", which is not accepted here; " + accepted;
	}

	/** Sizes in MB; a file's size is rounded up so that it never looks as small as the limit it exceeds. */
	private static String size(long bytes, RoundingMode rounding) {
		return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MB), 2, rounding).stripTrailingZeros()
			.toPlainString() + " MB";
	}

	private static String sm3(byte[] content) {
		SM3Digest digest = new SM3Digest();
		digest.update(content, 0, content.length);
		byte[] hash = new byte[digest.getDigestSize()];
		digest.doFinal(hash, 0);
		return HexFormat.of().formatHex(hash);
	}
}
