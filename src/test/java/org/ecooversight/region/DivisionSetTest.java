package org.ecooversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ecooversight.region.internal.DivisionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and checking the division files, without a database. */
class DivisionSetTest {

	@TempDir
	Path directory;

	@Test
	void theBundledFilesHoldTheWholeCountry() {
		DivisionSet divisions = DivisionSet.bundled();

		assertThat(divisions.size()).isEqualTo(31 + 342 + 2978 + 41352);
		assertThat(divisions.find("610922104"))
			.contains(new Region("610922104", "池河镇", RegionLevel.TOWN, "610922"));
		assertThat(divisions.find("1101")).contains(new Region("1101", "市辖区", RegionLevel.CITY, "11"));
		assertThat(divisions.all().get(0).level()).isEqualTo(RegionLevel.PROVINCE);
		assertThat(divisions.all().get(divisions.size() - 1).level()).isEqualTo(RegionLevel.TOWN);
	}

	@Test
	void theChainOfACountyIsItsProvinceCityItselfAndItsTowns() {
		var chain = DivisionSet.bundled().chain("610922");

		assertThat(chain).extracting(Region::name)
			.startsWith("陕西省", "安康市", "石泉县")
			.contains("城关镇", "池河镇", "云雾山镇", "曾溪镇")
			.hasSize(3 + 11);
		assertThat(chain.subList(3, chain.size())).allSatisfy(town -> {
			assertThat(town.level()).isEqualTo(RegionLevel.TOWN);
			assertThat(town.parentCode()).isEqualTo("610922");
		});
	}

	@Test
	void aCodeThatIsNotACountyHasNoChain() {
		DivisionSet divisions = DivisionSet.fromDirectory(DivisionFiles.shiquan().writtenTo(directory));

		assertThatIllegalArgumentException().isThrownBy(() -> divisions.chain("610921"))
			.withMessageContaining("610921 is not a county");
	}

	@Test
	void aSmallSetWithQuotesByteOrderMarkWindowsLineEndsAndBlankLinesIsRead() {
		DivisionFiles files = DivisionFiles.shiquan()
			.with("provinces.csv", "\uFEFFcode,name\r\n61,\"陕西省\"\r\n\r\n");

		DivisionSet divisions = DivisionSet.fromDirectory(files.writtenTo(directory));

		assertThat(divisions.all()).extracting(Region::code)
			.containsExactly("61", "6109", "610922", "610922100", "610922104");
	}

	@Test
	void aTownCodeWithTheWrongNumberOfDigitsNamesFileAndLine() {
		DivisionFiles files = DivisionFiles.shiquan().appending("streets.csv", "61092299,\"某镇\",610922,61,6109");

		assertRefused(files, "streets.csv line 4: code 61092299 has 8 digits, a town code has 9");
	}

	@Test
	void aStreetWhoseCountyDoesNotExistIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan()
			.appending("streets.csv", "610999001,\"无名镇\",610999,61,6109");

		assertRefused(files, "streets.csv line 4: areaCode 610999 of town 610999001 is not in areas.csv");
	}

	@Test
	void aCityWhoseProvinceDoesNotExistIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan().appending("cities.csv", "6208,\"平凉市\",62");

		assertRefused(files, "cities.csv line 3: provinceCode 62 of city 6208 is not in provinces.csv");
	}

	@Test
	void aCountyWhoseCityDoesNotExistIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan().appending("areas.csv", "610802,\"榆阳区\",6108,61");

		assertRefused(files, "areas.csv line 3: cityCode 6108 of county 610802 is not in cities.csv");
	}

	@Test
	void aRowWithTooFewColumnsIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan().appending("streets.csv", "610922111,\"某镇\",610922,61");

		assertRefused(files,
				"streets.csv line 4: 4 columns, expected 5 (code,name,areaCode,provinceCode,cityCode)");
	}

	@Test
	void aCodeWithOtherCharactersThanDigitsIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan().appending("streets.csv", "61092A111,\"某镇\",610922,61,6109");

		assertRefused(files, "streets.csv line 4: code \"61092A111\" must be digits only");
	}

	@Test
	void aParentCodeWithTheWrongNumberOfDigitsIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan().appending("streets.csv", "610922111,\"某镇\",61092,61,6109");

		assertRefused(files, "streets.csv line 4: areaCode 61092 has 5 digits, a county code has 6");
	}

	@Test
	void aCodeThatAppearsTwiceInAFileIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan().appending("streets.csv", "610922104,\"池河镇\",610922,61,6109");

		assertRefused(files, "streets.csv line 4: code 610922104 appears twice (first on line 3)");
	}

	@Test
	void aRowWhoseRepeatedCityCodeContradictsItsCountyIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan().appending("streets.csv", "610922111,\"某镇\",610922,61,6108");

		assertRefused(files, "streets.csv line 4: cityCode 6108 does not match 6109, the city of county 610922");
	}

	@Test
	void aRowWithoutANameIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan().appending("streets.csv", "610922111,\"\",610922,61,6109");

		assertRefused(files, "streets.csv line 4: code 610922111 has no name");
	}

	@Test
	void aQuoteThatIsNeverClosedIsRefused() {
		DivisionFiles files = DivisionFiles.shiquan().appending("streets.csv", "610922111,\"某镇,610922,61,6109");

		assertRefused(files, "streets.csv line 4: column 2 opens a quote that is never closed");
	}

	@Test
	void aWrongHeaderIsRefusedOnLineOne() {
		DivisionFiles files = DivisionFiles.shiquan().with("cities.csv", "code,name,province\n6109,\"安康市\",61\n");

		assertRefused(files,
				"cities.csv line 1: the header is \"code,name,province\", expected \"code,name,provinceCode\"");
	}

	@Test
	void aMissingFileIsNamed() {
		Path written = DivisionFiles.shiquan().without("areas.csv").writtenTo(directory);

		assertThatExceptionOfType(DivisionFileException.class).isThrownBy(() -> DivisionSet.fromDirectory(written))
			.withMessage("areas.csv: not found in " + written)
			.satisfies(ex -> assertThat(ex.line()).isZero());
	}

	@Test
	void aFileThatIsNotUtf8IsRefused() throws Exception {
		Path written = DivisionFiles.shiquan().writtenTo(directory);
		Files.write(written.resolve("provinces.csv"), "code,name\n61,\"陕西省\"\n".getBytes("GBK"));

		assertThatExceptionOfType(DivisionFileException.class).isThrownBy(() -> DivisionSet.fromDirectory(written))
			.withMessageStartingWith("provinces.csv: is not UTF-8 text");
	}

	private void assertRefused(DivisionFiles files, String message) {
		Path written = files.writtenTo(directory);
		assertThatExceptionOfType(DivisionFileException.class).isThrownBy(() -> DivisionSet.fromDirectory(written))
			.withMessage(message);
	}
}
