package org.ecooversight.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.ecooversight.attachment.Attachments;
import org.ecooversight.attachment.Attachments.Upload;
import org.ecooversight.intake.AttachmentRef;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every action on a problem does around its own rule: load the problem the actor may see,
 * store the files that come with the action, let the aggregate act, and save it, in one
 * transaction with the time taken from the one clock.
 */
@Component
class ProblemWork {

	private final Problems problems;
	private final Attachments attachments;
	private final Clock clock;

	ProblemWork(Problems problems, Attachments attachments, Clock clock) {
		this.problems = problems;
		this.attachments = attachments;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Problem change(ProblemId id, Integer expectedVersion, Actor actor, Consumer<Problem> change) {
		return problems.change(id, expectedVersion, actor, p -> {
			LedgerAccess.visible(actor, p);
			change.accept(p);
		});
	}

	@Transactional(propagation = Propagation.MANDATORY)
	List<AttachmentRef> store(String field, ProblemId owner, List<Upload> files, Actor actor) {
		return attachments.store(field, owner.value(), files, actor)
			.stream()
			.map(f -> new AttachmentRef(f.id(), f.filename(), f.mediaType(), f.size(), f.sm3()))
			.toList();
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
	}

	Problems problems() {
		return problems;
	}
}
