package org.ecooversight.accountability.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ecooversight.shared.ChinaTime;
import org.ecooversight.shared.ConflictException;
import org.ecooversight.shared.InvalidInputException;

/**
 * The workspace's words: statuses in Chinese, times in China's zone, and the use cases' reasons
 * (English, for the API) as the discipline officer reads them next to a field.
 */
final class PageText {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** The queue's statuses, in the order the filter offers them. */
	static final Map<String, String> TRIGGER_STATUS;

	static {
		Map<String, String> status = new LinkedHashMap<>();
		status.put("QUEUED", "待研判");
		status.put("OPEN_CASE", "已立案");
		status.put("JOIN_CASE", "已并案");
		status.put("NOT_PURSUED", "不予追责");
		TRIGGER_STATUS = java.util.Collections.unmodifiableMap(status);
	}

	private PageText() {
	}

	static String time(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant.atZone(ChinaTime.ZONE));
	}

	static String caseStatus(String status) {
		return "CLOSED".equals(status) ? "已结案" : "办理中";
	}

	/** Each field's reason, keyed by {@code form + ":" + field}, in the workspace's words. */
	static Map<String, String> errors(String form, InvalidInputException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (InvalidInputException.FieldError error : e.errors()) {
			errors.merge(form + ":" + error.field(), reason(form, error), (a, b) -> a + "；" + b);
		}
		return errors;
	}

	static Map<String, String> error(String form, String field, String message) {
		return Map.of(form + ":" + field, message);
	}

	private static String reason(String form, InvalidInputException.FieldError error) {
		String field = error.field();
		String reason = error.reason() == null ? "" : error.reason();
		switch (field) {
			case "reason":
				return form.startsWith("clearance") || form.equals("assess") && reason.contains("not to pursue")
						? "不予追责必须说明理由" : "请填写理由";
			case "decision":
				return "请选择处置方式";
			case "caseId":
				return reason.contains("does not exist") ? "所选案件不存在" : "请选择要并入的案件";
			case "checklist":
				return "请逐项回答“三个区分开来”";
			case "tolerance":
				return reason.contains("no distinction") ? "三个区分开来均不符合时，只能认定为“不予容错”" : "请选择认定结论";
			case "outcome":
				return form.startsWith("referral-outcome") ? "请填写接收机关的办理结果" : "请选择处理措施（四种形态）";
			case "recipient":
				return "请选择移送对象";
			case "recipientName":
				return "请填写接收机关名称";
			case "summary":
				return form.equals("closure") ? "请填写结案情况" : "请填写移送事由摘要";
			case "includeReporterIdentity":
				return "举报人身份信息只能移送纪检监察机关或司法机关";
			case "legalBasis":
				return "随案移送举报人身份信息须注明法律依据";
			case "receivedOn":
				return reason.contains("before") ? "签收日期不能早于移送日期" : "请填写签收日期";
			case "receivedBy":
				return "请填写签收人";
			default:
				return reason;
		}
	}

	/** A refusal because of the current state, in the workspace's words where it is a known one. */
	static String conflict(ConflictException e) {
		String message = e.getMessage() == null ? "" : e.getMessage();
		if (message.contains("still under review")) {
			return "尚有当事人在审查中：请先对每名当事人作出处理决定或不予追责，再结案。";
		}
		if (message.contains("already assessed")) {
			return "该线索已经研判处置，不能重复处置。";
		}
		if (message.contains("is closed")) {
			return "案件已结案，不能再作变更。";
		}
		if (message.contains("names a unit and no person")) {
			return "该当事人只列明单位、未确定具体人员：处理决定只对具体人员作出。";
		}
		if (message.contains("received on")) {
			return "该移送已登记签收。";
		}
		if (message.contains("already has its outcome")) {
			return "该移送已登记办理结果。";
		}
		if (message.contains("already")) {
			return "该当事人已作出决定，不能重复处理。";
		}
		return "操作与当前状态不符，请刷新后重试（" + message + "）";
	}

	static List<String> errorList(Map<String, String> errors) {
		return List.copyOf(errors.values());
	}
}
