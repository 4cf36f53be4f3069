package org.ecooversight.ledger;

import org.ecooversight.ledger.DueTimer.LadderStepDue;

/**
 * The words of the reminders the platform sends by itself, in the documents' language. They name
 * the problem by its code and a short summary, never the reporter.
 */
final class ReminderTexts {

	private ReminderTexts() {
	}

	static String reminder(Problem p, LadderStepDue due, java.util.function.Function<String, String> typeLabel) {
		// The problem by its code and types only: notices travel by e-mail and text message, and the
		// reporter's own words stay in the platform.
		String about = "问题" + p.code() + "（" + String.join("、", p.opening().pollutionTypes().stream().map(typeLabel).toList()) + "）";
		String wide = p.reach() == Reach.LOCAL ? ""
				: "该问题为" + p.reach().label() + "问题，现告知属地政府和行业主管部门，请共同督促整改。";
		String text = switch (due.step().kind()) {
			case LETTER -> "【函告提醒】" + about + "整改期限为" + p.deadline() + "，距期限不足" + due.step().workingDays()
					+ "个工作日。请按期完成整改，并及时报告整改进展。";
			case ONSITE -> "【现场交办】" + about + "已超过整改期限" + p.deadline() + "，工作专班将赴现场交办，"
					+ "请责任单位主要负责同志到场，明确整改措施和完成时限。";
			case CONSULTATION -> "【座谈交流】" + about + "逾期未完成整改（期限" + p.deadline() + "），"
					+ "请责任单位参加座谈交流，说明未完成原因并提出整改计划。";
			case INTERVIEW_PROPOSAL -> "【建议约谈】" + about + "逾期" + due.step().workingDays()
					+ "个工作日仍未完成整改（期限" + p.deadline() + "），已按约谈提醒机制形成约谈建议，待县领导审批。";
		};
		return text + wide;
	}

	static String interviewProposalReason(Problem p) {
		return "问题" + p.code() + "逾期未完成整改（期限" + p.deadline() + "），经函告提醒、现场交办、座谈交流仍整改不力（S 五项机制3 约谈提醒机制）";
	}

	static String missedReportsReason(int consecutive, java.time.LocalDate lastDue) {
		return "督办期间连续" + consecutive + "次未按期报告整改进展（最近应报日" + lastDue + "）";
	}

}
