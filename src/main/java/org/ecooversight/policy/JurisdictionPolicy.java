package org.ecooversight.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A jurisdiction's rules as its policy file sets them; every value carries the source it comes from. */
public record JurisdictionPolicy(String file, String regionCode, String name, Period defaultRectification,
		Map<String, Period> rectificationByChannel, Map<String, Period> rectificationBySeverity, List<LadderStep> reminderLadder, Period interviewReport,
		String interviewApprover, Period lookBack, int blueWorkingDaysBeforeDeadline, Extensions extensions,
		Supervision supervision, Accountability accountability, Disclosure disclosure, Publicity publicity,
		List<LocalHoliday> localHolidays) {

	/** How days are counted. */
	public enum DayCount {
		WORKING_DAYS, CALENDAR_DAYS
	}

	/** A period of days, counted in working or calendar days. */
	public record Period(int days, DayCount count, String source) {
	}

	/** When a reminder step falls, relative to the deadline. */
	public enum When {
		BEFORE_DEADLINE, AFTER_DEADLINE
	}

	/** The reminder kinds of the provincial document's reminder mechanism (Q, 提醒机制). */
	public enum ReminderKind {
		LETTER("函告提醒"), ONSITE("现场交办"), CONSULTATION("座谈交流"), INTERVIEW_PROPOSAL("建议约谈");

		private final String label;

		ReminderKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One step of the reminder ladder: a kind, on a working day before or after the deadline. */
	public record LadderStep(ReminderKind kind, When when, int workingDays, String source) {

		/** Position in time relative to the deadline, in working days (negative: before it). */
		public int offset() {
			return when == When.BEFORE_DEADLINE ? -workingDays : workingDays;
		}
	}

	/** How often and how long a deadline may be extended, and who approves. */
	public record Extensions(int maxCount, int maxWorkingDays, String approverRole, String source) {
	}

	/**
	 * 督办 / 挂牌督办: who may issue a supervision order, how often the unit reports while it stands
	 * unless the order says otherwise, and after how many missed reports an interview is proposed.
	 */
	public record Supervision(List<String> issuers, Period reportEvery, int interviewProposalAfterMissedReports,
			String source) {
	}

	/**
	 * The trigger mechanism (Q, 触发机制: "什么情况下问责、由谁问责、问谁的责"): the rules, the organ that
	 * pursues (a unit kind of the jurisdiction, normally the discipline commission), the
	 * responsibilities pursued for a referral or an active opening without a rule, how long a
	 * recipient of a referral has to report back, and how often it is chased once that has passed.
	 */
	public record Accountability(String organ, Map<String, List<String>> defaultPursuit, Period referralFeedback,
			Period referralChaseEvery, List<TriggerRule> rules) {

		public TriggerRule rule(String id) {
			return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
		}
	}

	/**
	 * The conditions a trigger rule can name. NAMED_IN_BULLETINS waits for the monthly bulletin's
	 * event (a later issue): a rule can be written for it now.
	 */
	public enum TriggerCondition {
		INTERVIEW_REPORT_OVERDUE("约谈后未按期报告整改落实情况"),
		STILL_OVERDUE_AFTER_INTERVIEW("约谈后仍逾期未完成整改"),
		REBOUND_FOUND("回头看发现问题反弹"),
		FALSE_RECTIFICATION("评判认定虚假整改"),
		REPEATED_COMPLAINTS("同一问题短期内被反复投诉"),
		EVALUATION_FAILED("整改评判多次未通过"),
		NAMED_IN_BULLETINS("连续多期通报被点名批评");

		private final String label;

		TriggerCondition(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * One trigger rule: its condition with thresholds ({@code count} events within {@code withinDays},
	 * {@code afterDays} after an interview, {@code consecutive} bulletins), and whose responsibilities
	 * are pursued: for each responsibility kind (PRIMARY, REGULATORY, OVERSIGHT) the post kinds whose
	 * holders at the time of the failure are named.
	 */
	public record TriggerRule(String id, String name, TriggerCondition condition, int count, Integer withinDays,
			Integer afterDays, Map<String, List<String>> pursue, String organ, String source) {
	}

	/**
	 * What the public disclosure list shows (Q, 宣传机制: 向社会公开通报...整改情况): problems under a listed
	 * supervision order (挂牌督办), and problems struck off the ledger, with their public reply.
	 */
	public record Disclosure(boolean listedSupervision, boolean closedProblems, String source) {
	}

	/**
	 * Typical cases on the public portal (Q, 宣传机制: 曝光整改不力、追责问责典型案例; S, 五项机制2 通报曝光机制
	 * and 三(一) 总结提炼典型经验): the roles that publish and withdraw them. Only roles that may open a
	 * reporter's sealed identity can be named, because the platform checks a write-up against the
	 * identity of the reporters of its related problem on the publisher's authority.
	 */
	public record Publicity(List<String> publishers, String source) {
	}

	/** A local day off (or working day) in addition to the State Council's schedule. */
	public record LocalHoliday(LocalDate date, boolean working, String name) {
	}

	public Period rectificationFor(String channel) {
		return rectificationByChannel.getOrDefault(channel, defaultRectification);
	}

	/** The period for a severity (GENERAL, SERIOUS, MAJOR), if the policy sets one. */
	public Period rectificationForSeverity(String severity) {
		return rectificationBySeverity.get(severity);
	}
}
