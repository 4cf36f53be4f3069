package org.ecooversight.numbering;

import java.util.function.Function;

import org.ecooversight.shared.Jurisdiction.Prefixes;

/**
 * The kinds of official documents the platform numbers, each a series of its own per year, with the
 * jurisdiction's prefix: 石环督整〔2026〕1号.
 */
public enum Document {

	/** 整改通知书: a problem assigned in writing (S, 五项机制 1 问题交办机制). */
	RECTIFICATION_NOTICE("notice", Prefixes::notice),

	/** 督办令: a supervision order, listed or not (Q, 严管机制 挂牌督办). */
	SUPERVISION_ORDER("supervision", Prefixes::supervisionOrder),

	/** 问责案件: a case the discipline organ opens (Q, 触发机制). */
	ACCOUNTABILITY_CASE("accountability-case", Prefixes::accountabilityCase);

	/** The series' name in {@code number_sequence}, as stored since the series began. */
	final String series;

	private final Function<Prefixes, String> prefix;

	Document(String series, Function<Prefixes, String> prefix) {
		this.series = series;
		this.prefix = prefix;
	}

	String prefix(Prefixes prefixes) {
		return prefix.apply(prefixes);
	}
}
