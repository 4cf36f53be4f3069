package org.ecooversight.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ecooversight.numbering.Document;
import org.ecooversight.numbering.DocumentNumbers;
import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.PostHolder;
import org.ecooversight.organisation.PostKind;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.policy.Policies;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.Jurisdiction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交办: the task force assigns a problem in writing, with a rectification notice (整改通知书) that
 * states the requirements and the deadline and is copied to the county leaders in charge, the
 * county discipline commission and the assessment office (S, 五项机制 1 "由工作专班以《整改通知书》
 * 形式书面交办至相关责任单位，并抄送县委、县政府分管领导及县纪委监委、县考核办"). The notice
 * number is issued here; the leaders copied are those in post on the day of the notice.
 */
@Component
public class AssigningProblem {

	private final ProblemWork work;
	private final Organisation organisation;
	private final DocumentNumbers numbers;
	private final String jurisdiction;
	private final Policies policies;

	AssigningProblem(ProblemWork work, Organisation organisation, DocumentNumbers numbers, Policies policies,
			Jurisdiction jurisdiction) {
		this.policies = policies;
		this.work = work;
		this.organisation = organisation;
		this.numbers = numbers;
		this.jurisdiction = jurisdiction.regionCode();
	}

	/**
	 * {@code deadline} null: the jurisdiction's rectification period for the problem's channel
	 * (policy); {@code reach} null: a single case ({@link Reach#LOCAL}).
	 */
	public record AssignProblem(ProblemId problemId, String requirements, LocalDate deadline, List<UnitId> coUnits,
			Reach reach) {

		public AssignProblem(ProblemId problemId, String requirements, LocalDate deadline, List<UnitId> coUnits) {
			this(problemId, requirements, deadline, coUnits, null);
		}
	}

	@Transactional
	public Problem assign(AssignProblem cmd, Integer expectedVersion, Actor actor) {
		LedgerAccess.requireRole(actor, "assigning a problem", LedgerAccess.TASK_FORCE);
		List<UnitId> extra = cmd.coUnits() == null ? List.of() : cmd.coUnits();
		for (int i = 0; i < extra.size(); i++) {
			organisation.requireUnit("coUnits[" + i + "]", extra.get(i));
		}
		LocalDate today = work.today();
		int year = today.getYear();
		return work.change(cmd.problemId(), expectedVersion, actor, p -> {
			LocalDate deadline = cmd.deadline() != null ? cmd.deadline() : defaultDeadline(p, today);
			String notice = numbers.next(Document.RECTIFICATION_NOTICE, year);
			p.assign(notice, cmd.requirements(), deadline, extra, copies(p, today), cmd.reach(), work.now(), today);
		});
	}

	/**
	 * The policy's period for the problem's channel and, if the policy sets one, for its severity:
	 * whichever ends first (a major problem reported on any channel is not given longer).
	 */
	private LocalDate defaultDeadline(Problem p, LocalDate today) {
		LocalDate byChannel = work.after(today, policies.current().rectificationFor(p.opening().channel().name()));
		var severity = policies.current().rectificationForSeverity(p.opening().severityOrGeneral().name());
		if (severity == null) {
			return byChannel;
		}
		LocalDate bySeverity = work.after(today, severity);
		return bySeverity.isBefore(byChannel) ? bySeverity : byChannel;
	}

	/**
	 * The county leaders in charge: the deputies in charge of environmental protection in general and
	 * of the problem's domains (or, where there is none, the head of the county government), then the
	 * discipline commission and the assessment office.
	 */
	private List<CopyRecipient> copies(Problem problem, LocalDate today) {
		CopyKey key = new CopyKey(List.copyOf(new java.util.TreeSet<>(problem.opening().pollutionTypes())), today);
		Copies cached = copiesCache.get(key);
		long now = System.nanoTime();
		if (cached != null && now - cached.at() < COPIES_CACHE_NANOS) {
			return cached.recipients();
		}
		List<CopyRecipient> recipients = findCopies(problem, today);
		if (copiesCache.size() > 1000) {
			copiesCache.clear();
		}
		copiesCache.put(key, new Copies(List.copyOf(recipients), now));
		return recipients;
	}

	/**
	 * Who gets a copy depends on the domains and the day only, and is asked for on every notice: it
	 * is kept for a minute (an appointment made in that minute shows on the next notice after it).
	 */
	private static final long COPIES_CACHE_NANOS = 60_000_000_000L;
	private final java.util.Map<CopyKey, Copies> copiesCache = new java.util.concurrent.ConcurrentHashMap<>();

	private record CopyKey(List<String> domains, LocalDate day) {
	}

	private record Copies(List<CopyRecipient> recipients, long at) {
	}

	private List<CopyRecipient> findCopies(Problem problem, LocalDate today) {
		List<CopyRecipient> copies = new ArrayList<>();
		for (UnitKind kind : new UnitKind[] { UnitKind.PARTY_COMMITTEE, UnitKind.GOVERNMENT }) {
			organisation.unitOfKind(jurisdiction, kind).ifPresent(unit -> {
				List<PostHolder> holders = organisation.holdersOn(unit.id(), today);
				List<PostHolder> inCharge = holders.stream()
					.filter(h -> h.post().kind() == PostKind.DEPUTY_IN_CHARGE && (h.post().domainCode() == null
							|| problem.opening().pollutionTypes().contains(h.post().domainCode())))
					.toList();
				for (PostHolder h : inCharge) {
					copies.add(new CopyRecipient(unit.id(), h.person().id().value(), h.person().name(),
							unit.name() + h.post().title()));
				}
			});
		}
		if (copies.isEmpty()) {
			organisation.unitOfKind(jurisdiction, UnitKind.GOVERNMENT)
				.flatMap(gov -> organisation.holdersOn(gov.id(), today)
					.stream()
					.filter(h -> h.post().kind() == PostKind.GOVERNMENT_HEAD)
					.findFirst()
					.map(h -> new CopyRecipient(gov.id(), h.person().id().value(), h.person().name(),
							gov.name() + h.post().title())))
				.ifPresent(copies::add);
		}
		for (UnitKind kind : new UnitKind[] { UnitKind.DISCIPLINE_COMMISSION, UnitKind.ASSESSMENT_OFFICE }) {
			organisation.unitOfKind(jurisdiction, kind)
				.map(Unit::id)
				.ifPresent(id -> copies.add(new CopyRecipient(id, null, null, kind.label())));
		}
		return copies;
	}
}
