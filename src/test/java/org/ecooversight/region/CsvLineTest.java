package org.ecooversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.ecooversight.region.internal.CsvLine;
import org.junit.jupiter.api.Test;

class CsvLineTest {

	@Test
	void quotedFieldsLoseTheirQuotesAndKeepCommasAndDoubledQuotes() {
		assertThat(CsvLine.split("610922104,\"池河镇\",610922,61,6109"))
			.containsExactly("610922104", "池河镇", "610922", "61", "6109");
		assertThat(CsvLine.split("1,\"a, b\",\"say \"\"hi\"\"\",")).containsExactly("1", "a, b", "say \"hi\"", "");
		assertThat(CsvLine.split("")).containsExactly("");
	}

	@Test
	void aQuoteThatIsNeverClosedIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvLine.split("610922104,\"池河镇,610922"))
			.withMessage("column 2 opens a quote that is never closed");
	}

	@Test
	void textAfterAClosingQuoteIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvLine.split("610922104,\"池河\"镇,610922"))
			.withMessage("column 2 has text after its closing quote");
	}
}
