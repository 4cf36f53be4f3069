package org.ecooversight.publicity;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ecooversight.intake.LeadId;
import org.ecooversight.intake.Leads;
import org.ecooversight.intake.OpeningReporterIdentity;
import org.ecooversight.intake.ReporterContact;
import org.ecooversight.ledger.Problem;
import org.ecooversight.ledger.ProblemQueries;
import org.ecooversight.ledger.Problems;
import org.ecooversight.policy.Policies;
import org.ecooversight.publicity.TypicalCaseEvent.CasePublished;
import org.ecooversight.region.Regions;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.ecooversight.shared.Validation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing and withdrawing typical cases, by the roles the policy names ({@code publicity.publishers}).
 * <p>
 * A write-up never carries a reporter's identity. When a related problem is named, the name, phone
 * number and e-mail address each of its reporters gave (the lead it was opened from and every repeat
 * report merged into it) are opened through the intake module and compared with the title and the
 * write-up; the publisher sees only whether they matched. Each such opening is recorded on its lead
 * (ReporterIdentityViewed, with the purpose below) in a transaction of its own, so the record keeps it
 * even when the case is then refused.
 */
@Component
public class PublishingCases {

	/** The longest title, in characters. */
	public static final int TITLE_MAX = 100;

	/** The longest public write-up, in characters. */
	public static final int WRITE_UP_MAX = 5000;

	/** Why a reporter's identity is opened when a case is published (recorded on the lead). */
	static final String PURPOSE = "典型案例发布前核对：平台自动比对公开稿件是否含举报人姓名、电话或邮箱，不向发布人显示（Q 宣传机制；举报人信息保密）";

	private final TypicalCases cases;
	private final Policies policies;
	private final Regions regions;
	private final ProblemQueries problemQueries;
	private final Problems problems;
	private final Leads leads;
	private final OpeningReporterIdentity identities;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final String jurisdiction;

	PublishingCases(TypicalCases cases, Policies policies, Regions regions, ProblemQueries problemQueries,
			Problems problems, Leads leads, OpeningReporterIdentity identities, Clock clock,
			PlatformTransactionManager transactions, Jurisdiction jurisdiction) {
		this.cases = cases;
		this.policies = policies;
		this.regions = regions;
		this.problemQueries = problemQueries;
		this.problems = problems;
		this.leads = leads;
		this.identities = identities;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.jurisdiction = jurisdiction.regionCode();
	}

	/**
	 * A case to publish. {@code townCode} and {@code problemCode} are optional (the town defaults to
	 * the related problem's); {@code publishedOn} defaults to today and may not lie after it.
	 */
	public record Publish(String title, CaseCategory category, String townCode, String problemCode, String writeUp,
			LocalDate publishedOn) {
	}

	/** Whether the actor holds one of the roles the policy lets publish and withdraw typical cases. */
	public boolean mayPublish(Actor actor) {
		return actor.roles().stream().anyMatch(r -> policies.current().publicity().publishers().contains(r.name()));
	}

	void requirePublisher(Actor actor) {
		if (!mayPublish(actor)) {
			throw new ForbiddenException("typical cases are published and withdrawn by "
					+ String.join(", ", policies.current().publicity().publishers()) + " only (publicity.publishers)");
		}
	}

	/**
	 * Publishes a case on the portal.
	 *
	 * @throws ForbiddenException if the actor's roles may not publish
	 * @throws InvalidInputException naming each field that breaks a rule, the write-up if it names a
	 *     reporter of the related problem
	 */
	public TypicalCase publish(Publish cmd, Actor actor) {
		requirePublisher(actor);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		Validation v = new Validation();
		String title = v.text("title", cmd.title(), true, TITLE_MAX);
		if (cmd.category() == null) {
			v.reject("category", "is required: one of EXPOSURE, UNDERPERFORMANCE, ACCOUNTABILITY, GOOD_PRACTICE");
		}
		String writeUp = v.text("writeUp", cmd.writeUp(), true, WRITE_UP_MAX);
		String townCode = blank(cmd.townCode()) ? null : cmd.townCode().strip();
		if (townCode != null) {
			v.run(() -> regions.requireTownIn("townCode", townCode, jurisdiction));
		}
		Problem problem = null;
		String problemCode = blank(cmd.problemCode()) ? null : cmd.problemCode().strip().toUpperCase(Locale.ROOT);
		if (problemCode != null) {
			problem = v.check(() -> problem(problemCode, actor).orElseThrow(
					() -> new InvalidInputException("problemCode", "no problem on the ledger has code " + problemCode)));
		}
		LocalDate publishedOn = cmd.publishedOn() == null ? today : cmd.publishedOn();
		if (publishedOn.isAfter(today)) {
			v.reject("publishedOn", "cannot lie after today (" + today + ")");
		}
		String problemTown = problem == null ? null : problem.opening().place().townCode();
		if (problemTown != null && townCode != null && !problemTown.equals(townCode)) {
			v.reject("townCode", "the related problem " + problem.code() + " lies in town " + problemTown + ", not " + townCode);
		}
		v.throwIfAny();
		if (problem != null) {
			refuseReporterIdentity(problem, title, writeUp, actor);
		}
		TypicalCase c = TypicalCase.publish(new CasePublished(UUID.randomUUID(), title, cmd.category(),
				townCode != null ? townCode : problemTown, problem == null ? null : problem.id().value(),
				problem == null ? null : problem.code(), writeUp, publishedOn, clock.instant()));
		transaction.executeWithoutResult(tx -> cases.add(c, actor));
		return c;
	}

	/**
	 * Takes a case off the portal with a reason; it stays in the record.
	 *
	 * @throws org.ecooversight.shared.NotFoundException if there is no such case
	 * @throws org.ecooversight.shared.ConflictException if it was already withdrawn
	 */
	public TypicalCase withdraw(UUID id, String reason, Actor actor) {
		requirePublisher(actor);
		return transaction.execute(tx -> cases.change(id, actor, c -> c.withdraw(reason, clock.instant())));
	}

	/** The problem with exactly this code, if the actor may see it (the ledger's access rules apply). */
	private Optional<Problem> problem(String code, Actor actor) {
		if (code.length() > 40) {
			return Optional.empty();
		}
		return problemQueries.idOfCode(code, actor).map(problems::require);
	}

	/** Refuses a title or write-up that contains the name, phone number or e-mail a reporter of the problem gave. */
	private void refuseReporterIdentity(Problem problem, String title, String writeUp, Actor actor) {
		List<LeadId> reports = new ArrayList<>();
		reports.add(problem.opening().leadId());
		problem.repeats().forEach(r -> reports.add(r.leadId()));
		Validation v = new Validation();
		for (LeadId lead : reports.stream().distinct().toList()) {
			if (leads.require(lead).facts().anonymous()) {
				continue;
			}
			ReporterContact contact = identities.open(lead, PURPOSE, actor);
			if (contact == null) {
				continue;
			}
			String reason = "names a reporter of problem " + problem.code()
					+ " (their name, phone number or e-mail): a public write-up never carries a reporter's identity";
			if (names(title, contact)) {
				v.reject("title", reason);
			}
			if (names(writeUp, contact)) {
				v.reject("writeUp", reason);
			}
		}
		v.throwIfAny();
	}

	/** Whether the text carries the contact's name, phone number (whatever the separators) or e-mail. */
	static boolean names(String text, ReporterContact contact) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
		String name = contact.name() == null ? "" : Normalizer.normalize(contact.name(), Normalizer.Form.NFKC)
			.replaceAll("\\s+", "")
			.toLowerCase(Locale.ROOT);
		if (name.length() >= 2 && plain.contains(name)) {
			return true;
		}
		String phone = contact.phone() == null ? "" : contact.phone().replaceAll("\\D", "");
		if (phone.length() > 11 && (phone.startsWith("0086") || phone.startsWith("86"))) {
			phone = phone.substring(phone.length() - 11); // +86 138 ...: the number as written at home
		}
		if (phone.length() >= 5 && plain.replaceAll("[-‐‑–—.()（）·+]", "").contains(phone)) {
			return true;
		}
		String email = contact.email() == null ? "" : contact.email().strip().toLowerCase(Locale.ROOT);
		return email.contains("@") && plain.contains(email);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
