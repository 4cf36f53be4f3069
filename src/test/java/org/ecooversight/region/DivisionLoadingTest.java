package org.ecooversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading division codes into an in-memory H2 database. */
class DivisionLoadingTest {

	@TempDir
	Path directory;

	private final RegionDatabase database = new RegionDatabase();
	private final DivisionLoading loading = database.loading;

	@Test
	void theJurisdictionsChainIsStoredOnceAndLeftAloneAfterwards() {
		assertThat(loading.loadChain("610922")).isEqualTo(new LoadReport(14, 14, 0));
		assertThat(loading.loadChain("610922")).isEqualTo(new LoadReport(14, 0, 14));

		assertThat(database.storedCount()).isEqualTo(14);
		assertThat(database.regions.find("610922104"))
			.contains(new Region("610922104", "池河镇", RegionLevel.TOWN, "610922"));
		assertThat(database.regions.find("61")).contains(new Region("61", "陕西省", RegionLevel.PROVINCE, null));
	}

	@Test
	void aNeighbouringCountyAddsOnlyItselfAndItsTowns() {
		loading.loadChain("610922");

		LoadReport hanyin = loading.loadChain("610921");

		assertThat(hanyin.alreadyPresent()).isEqualTo(2);
		assertThat(hanyin.inserted()).isEqualTo(hanyin.read() - 2);
	}

	@Test
	void aCountyThatIsNotInTheBundledFilesIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> loading.loadChain("610999"))
			.withMessageContaining("610999 is not a county");
		assertThat(database.storedCount()).isZero();
	}

	@Test
	void loadingFromADirectoryAddsOnlyTheMissingCodes() {
		loading.loadChain("610922");
		Path files = DivisionFiles.shiquan()
			.appending("streets.csv", "610922900,\"试验镇\",610922,61,6109")
			.writtenTo(directory);

		assertThat(loading.loadAll(files)).isEqualTo(new LoadReport(6, 1, 5));
		assertThat(database.storedCount()).isEqualTo(15);
	}

	@Test
	void aBadFileStoresNothing() {
		Path files = DivisionFiles.shiquan()
			.appending("streets.csv", "610999001,\"无名镇\",610999,61,6109")
			.writtenTo(directory);

		assertThatExceptionOfType(DivisionFileException.class).isThrownBy(() -> loading.loadAll(files))
			.withMessage("streets.csv line 4: areaCode 610999 of town 610999001 is not in areas.csv");
		assertThat(database.storedCount()).isZero();
	}

	@Test
	void theBundledFilesLoadTheWholeCountry() {
		LoadReport report = loading.loadAll(null);

		assertThat(report).isEqualTo(new LoadReport(44703, 44703, 0));
		assertThat(database.storedCount()).isEqualTo(44703);
	}
}
