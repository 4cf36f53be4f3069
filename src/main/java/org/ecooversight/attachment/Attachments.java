package org.ecooversight.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ecooversight.shared.Actor;
import org.ecooversight.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Checks and stores uploaded files in the transaction of the action they belong to. */
@Component
public class Attachments {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AttachmentInspector inspector = new AttachmentInspector();
	private final int maxFiles;
	private final long maxBytes;
	private final Set<String> allowedMediaTypes;

	Attachments(JdbcClient jdbc, Clock clock, @Value("${eco.attachments.max-files:10}") int maxFiles,
			@Value("${eco.attachments.max-bytes:10485760}") long maxBytes,
			@Value("${eco.attachments.allowed-media-types}") String allowedMediaTypes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFiles = maxFiles;
		this.maxBytes = maxBytes;
		this.allowedMediaTypes = new LinkedHashSet<>(Arrays.stream(allowedMediaTypes.split(",")).map(String::trim).toList());
	}

	/** An upload as it arrives from a form or a multipart request. */
	public record Upload(String filename, byte[] content) {

		/** The files of a multipart request; parts left empty by a form (no file chosen) are skipped. */
		public static List<Upload> of(List<MultipartFile> files) {
			List<Upload> uploads = new ArrayList<>();
			if (files == null) {
				return uploads;
			}
			for (MultipartFile file : files) {
				if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
					continue;
				}
				try {
					uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return uploads;
		}
	}

	/** Checks every upload first (nothing is stored if one is refused), then stores them all. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<StoredFile> store(String field, UUID ownerId, List<Upload> uploads, Actor actor) {
		if (uploads == null || uploads.isEmpty()) {
			return List.of();
		}
		if (uploads.size() > maxFiles) {
			throw new InvalidInputException(field, "at most " + maxFiles + " files");
		}
		List<InspectedFile> inspected = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			Upload upload = uploads.get(i);
			inspected.add(inspector.inspect(field + "[" + i + "]", upload.filename(), upload.content(), maxBytes,
					allowedMediaTypes));
		}
		List<StoredFile> stored = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			InspectedFile file = inspected.get(i);
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into attachment (id, owner_id, filename, media_type, size_bytes, sm3, content, uploaded_at, uploaded_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, ownerId, file.filename(), file.mediaType(), file.size(), file.sm3(), uploads.get(i).content(),
						Timestamp.from(clock.instant()), actor.username())
				.update();
			stored.add(new StoredFile(id, ownerId, file.filename(), file.mediaType(), file.size(), file.sm3()));
		}
		return stored;
	}

	public Optional<StoredFile> find(UUID id) {
		return jdbc.sql("select id, owner_id, filename, media_type, size_bytes, sm3 from attachment where id = ?")
			.param(id)
			.query((rs, i) -> new StoredFile(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getString(6)))
			.optional();
	}

	public byte[] content(UUID id) {
		return jdbc.sql("select content from attachment where id = ?").param(id).query(byte[].class).single();
	}

	/** A file as stored: its owner (a lead or a problem) decides who may read it. */
	public record StoredFile(UUID id, UUID ownerId, String filename, String mediaType, long size, String sm3) {
	}
}
