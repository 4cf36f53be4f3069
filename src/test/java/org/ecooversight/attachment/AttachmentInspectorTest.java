package org.ecooversight.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.ecooversight.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttachmentInspectorTest {

	private static final long TEN_MB = 10L * 1024 * 1024;
	private static final Set<String> PHOTOS_AND_DOCUMENTS = Set.of("image/jpeg", "image/png", "application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final AttachmentInspector inspector = new AttachmentInspector();

	@Test
	void a_real_png_is_accepted_as_png_with_its_sm3_digest() throws IOException {
		byte[] png = onePixelPng();

		InspectedFile file = inspector.inspect("evidence", "排污口.png", png, TEN_MB, PHOTOS_AND_DOCUMENTS);

		assertThat(file.filename()).isEqualTo("排污口.png");
		assertThat(file.mediaType()).isEqualTo("image/png");
		assertThat(file.size()).isEqualTo(png.length);
		assertThat(file.sm3()).matches("[0-9a-f]{64}");
	}

	@Test
	void the_type_comes_from_the_content_not_the_name() throws IOException {
		InspectedFile file = inspector.inspect("evidence", "photo.jpg", onePixelPng(), TEN_MB, PHOTOS_AND_DOCUMENTS);

		assertThat(file.mediaType()).isEqualTo("image/png");
	}

	@Test
	void the_sm3_digest_is_that_of_the_standard() {
		// GB/T 32905-2016, appendix A, example 1: SM3("abc")
		InspectedFile file = inspector.inspect("evidence", "abc.txt", "abc".getBytes(StandardCharsets.US_ASCII),
				TEN_MB, Set.of("text/plain"));

		assertThat(file.sm3()).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void a_shell_script_disguised_as_a_photo_is_refused() {
		byte[] script = "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> inspector.inspect("evidence", "photo.jpg", script, TEN_MB, PHOTOS_AND_DOCUMENTS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("application/x-sh")
			.hasMessageContaining("not accepted")
			.hasMessageContaining("image/jpeg");
	}

	@Test
	void a_windows_executable_disguised_as_a_photo_is_refused() {
		byte[] executable = new byte[256];
		executable[0] = 'M';
		executable[1] = 'Z';

		assertThatThrownBy(() -> inspector.inspect("evidence", "photo.jpg", executable, TEN_MB, PHOTOS_AND_DOCUMENTS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("not accepted");
	}

	@Test
	void content_of_no_known_type_is_refused_whatever_its_name() {
		byte[] noise = new byte[256];
		Arrays.fill(noise, (byte) 0x9c);
		noise[0] = 0x01;

		assertThatThrownBy(() -> inspector.inspect("evidence", "photo.png", noise, TEN_MB, PHOTOS_AND_DOCUMENTS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("no recognisable type");
	}

	@Test
	void a_word_document_is_recognised_by_its_extension_when_its_content_is_an_office_container()
			throws IOException {
		byte[] docx = officeOpenXmlContainer();

		InspectedFile file = inspector.inspect("evidence", "整改报告.docx", docx, TEN_MB, PHOTOS_AND_DOCUMENTS);

		assertThat(file.mediaType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void an_office_document_of_a_kind_not_accepted_is_refused() throws IOException {
		byte[] container = officeOpenXmlContainer();

		assertThatThrownBy(() -> inspector.inspect("evidence", "台账.xlsx", container, TEN_MB, PHOTOS_AND_DOCUMENTS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("spreadsheetml")
			.hasMessageContaining("not accepted");
		assertThatThrownBy(() -> inspector.inspect("evidence", "台账.zip", container, TEN_MB, PHOTOS_AND_DOCUMENTS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Microsoft Office document");
	}

	@Test
	void a_file_over_the_limit_is_refused_naming_the_limit_in_mb() {
		byte[] large = new byte[2 * 1024 * 1024 + 1];

		assertThatThrownBy(() -> inspector.inspect("evidence", "video.mp4", large, 2L * 1024 * 1024,
				PHOTOS_AND_DOCUMENTS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("is 2.01 MB")
			.hasMessageContaining("limit of 2 MB");
	}

	@Test
	void an_empty_file_is_refused() {
		assertThatThrownBy(() -> inspector.inspect("evidence", "photo.png", new byte[0], TEN_MB, PHOTOS_AND_DOCUMENTS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("is empty");
	}

	@Test
	void a_path_in_the_name_is_cut_to_its_last_segment() throws IOException {
		InspectedFile file = inspector.inspect("evidence", "../../etc/passwd.png", onePixelPng(), TEN_MB,
				PHOTOS_AND_DOCUMENTS);

		assertThat(file.filename()).isEqualTo("passwd.png");
		assertThat(AttachmentInspector.sanitiseFilename("C:\\Users\\张三\\Desktop\\现场.jpg")).isEqualTo("现场.jpg");
	}

	@Test
	void control_and_direction_override_characters_are_removed_from_the_name() {
		assertThat(AttachmentInspector.sanitiseFilename("photo\u0000\r\n.png")).isEqualTo("photo.png");
		assertThat(AttachmentInspector.sanitiseFilename("invoice\u202Egpj.exe")).isEqualTo("invoicegpj.exe");
	}

	@Test
	void a_long_name_is_shortened_keeping_its_extension() {
		String shortened = AttachmentInspector.sanitiseFilename("现".repeat(200) + ".jpeg");

		assertThat(shortened).hasSize(120).endsWith("现.jpeg");
	}

	@Test
	void a_name_with_nothing_usable_left_is_refused() {
		assertThatThrownBy(() -> inspector.inspect("evidence", "../..", new byte[] { 1 }, TEN_MB, PHOTOS_AND_DOCUMENTS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("nothing usable");
		assertThatThrownBy(() -> inspector.inspect("evidence", "uploads/\u0007 ", new byte[] { 1 }, TEN_MB,
				PHOTOS_AND_DOCUMENTS))
			.isInstanceOf(InvalidInputException.class);
	}

	private static byte[] onePixelPng() throws IOException {
		BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x3a7d44);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** The smallest shape of an Office Open XML package: a zip whose first entry is [Content_Types].xml. */
	private static byte[] officeOpenXmlContainer() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}
}
