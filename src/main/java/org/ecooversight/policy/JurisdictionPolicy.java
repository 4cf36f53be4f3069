package org.ecooversight.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A jurisdiction's rules as its policy file sets them; every value carries the source it comes from. */
public record JurisdictionPolicy(String file, String regionCode, String name, Period defaultRectification,
		Map<String, Period> rectificationByChannel, List<LadderStep> reminderLadder, Period interviewReport,
		String interviewApprover, Period lookBack, int blueWorkingDaysBeforeDeadline, Extensions extensions,
		Supervision supervision, List<LocalHoliday> localHolidays) {

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

	/** A local day off (or working day) in addition to the State Council's schedule. */
	public record LocalHoliday(LocalDate date, boolean working, String name) {
	}

	public Period rectificationFor(String channel) {
		return rectificationByChannel.getOrDefault(channel, defaultRectification);
	}
}
