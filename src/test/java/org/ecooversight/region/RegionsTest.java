package org.ecooversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;

import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Looking up and checking division codes, over the codes of Shiquan and Hanyin counties. */
class RegionsTest {

	@TempDir
	Path directory;

	private final RegionDatabase database = new RegionDatabase();
	private final Regions regions = database.regions;

	@BeforeEach
	void loadTwoCounties() {
		database.loading.loadChain("610922");
		database.loading.loadChain("610921");
	}

	@Test
	void thePathRunsFromTheProvinceDownToTheTown() {
		assertThat(regions.path("610922104")).isEqualTo("陕西省 安康市 石泉县 池河镇");
		assertThat(regions.path("610922")).isEqualTo("陕西省 安康市 石泉县");
		assertThat(regions.path("61")).isEqualTo("陕西省");
	}

	@Test
	void thePathOfAnUnknownCodeIsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> regions.path("610922999"))
			.withMessage("division code 610922999 does not exist");
	}

	@Test
	void theChildrenOfACountyAreItsTownsByCode() {
		assertThat(regions.children("610922")).extracting(Region::code)
			.hasSize(11)
			.isSorted()
			.startsWith("610922100");
		assertThat(regions.children("6109")).extracting(Region::name).containsExactly("汉阴县", "石泉县");
		assertThat(regions.children("610922104")).isEmpty();
		assertThat(regions.children("not a code")).isEmpty();
	}

	@Test
	void aLoadThatAddsTownsShowsInTheChildrenReadBefore() {
		assertThat(regions.children("610922")).hasSize(11);

		database.loading.loadAll(DivisionFiles.shiquan()
			.appending("streets.csv", "610922900,\"试验镇\",610922,61,6109")
			.writtenTo(directory));

		assertThat(regions.children("610922")).hasSize(12).last().extracting(Region::name).isEqualTo("试验镇");
	}

	@Test
	void requireGivesTheDivisionOrSaysWhatIsWrongWithTheCode() {
		assertThat(regions.require("townCode", "610922104").name()).isEqualTo("池河镇");

		assertRefused(() -> regions.require("townCode", "610922999"), "division code 610922999 does not exist");
		assertRefused(() -> regions.require("townCode", null), "division code is missing");
		assertRefused(() -> regions.require("townCode", " "), "division code is missing");
		assertRefused(() -> regions.require("townCode", "61092A"), "division code 61092A must be digits only");
		assertRefused(() -> regions.require("townCode", "61092299"),
				"division code 61092299 has 8 digits; division codes have 2 (province), 4 (city), 6 (county) or 9 (town)");
	}

	@Test
	void aTownMustBeATownOfTheCounty() {
		assertThat(regions.requireTownIn("townCode", "610922104", "610922").name()).isEqualTo("池河镇");

		assertRefused(() -> regions.requireTownIn("townCode", "610922", "610922"),
				"division code 610922 is 石泉县, a 县, not a town (镇街)");
		String hanyinTown = regions.children("610921").get(0).code();
		String hanyinTownName = regions.children("610921").get(0).name();
		assertRefused(() -> regions.requireTownIn("townCode", hanyinTown, "610922"),
				"town " + hanyinTown + " (" + hanyinTownName + ") does not belong to 石泉县");
		assertRefused(() -> regions.requireTownIn("townCode", "610922999", "610922"),
				"division code 610922999 does not exist");
	}

	private static void assertRefused(Runnable call, String reason) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(call::run)
			.satisfies(ex -> assertThat(ex.errors())
				.containsExactly(new InvalidInputException.FieldError("townCode", reason)));
	}
}
