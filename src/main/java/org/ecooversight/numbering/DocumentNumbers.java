package org.ecooversight.numbering;

import org.ecooversight.shared.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * The numbers the platform gives out: document numbers (prefix〔year〕n号, one series per kind of
 * document and year, taken one by one, since they are official document numbers) and problem codes
 * (SQ-2026-000001, taken from the year's series in blocks, so that a burst of intake does not commit
 * once per code; codes left in a block when the platform stops are never used: a gap in the
 * register's numbering, never a duplicate). The prefixes are the jurisdiction's.
 */
@Component
public class DocumentNumbers {

	/** How many problem codes are reserved at once. */
	static final int PROBLEM_CODE_BLOCK = 20;

	/** The series of problem codes in {@code number_sequence}. */
	static final String PROBLEM_CODES = "problem";

	private final NumberSeries series;
	private final Jurisdiction.Prefixes prefixes;

	private int codeYear;
	private long nextCode;
	private long lastCode = -1;

	DocumentNumbers(NumberSeries series, Jurisdiction jurisdiction) {
		this.series = series;
		this.prefixes = jurisdiction.prefixes();
	}

	/** The next number of a kind of document in {@code year}, e.g. 石环督整〔2026〕1号. */
	public String next(Document document, int year) {
		return format(document.prefix(prefixes), year, series.reserve(document.series, year, 1));
	}

	/** The next problem code of {@code year}, e.g. SQ-2026-000001. */
	public String nextProblemCode(int year) {
		return prefixes.problemCode() + "-" + year + "-" + String.format("%06d", nextCodeNumber(year));
	}

	private synchronized long nextCodeNumber(int year) {
		if (year != codeYear || nextCode > lastCode) {
			lastCode = series.reserve(PROBLEM_CODES, year, PROBLEM_CODE_BLOCK);
			nextCode = lastCode - PROBLEM_CODE_BLOCK + 1;
			codeYear = year;
		}
		return nextCode++;
	}

	/** A document number as the documents write it: the prefix, the year in 〔〕, the number and 号. */
	public static String format(String prefix, int year, long number) {
		return prefix + "〔" + year + "〕" + number + "号";
	}
}
