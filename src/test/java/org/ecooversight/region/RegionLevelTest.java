package org.ecooversight.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionLevelTest {

	@Test
	void theLengthOfACodeGivesItsLevel() {
		assertThat(RegionLevel.ofCode("61")).contains(RegionLevel.PROVINCE);
		assertThat(RegionLevel.ofCode("6109")).contains(RegionLevel.CITY);
		assertThat(RegionLevel.ofCode("610922")).contains(RegionLevel.COUNTY);
		assertThat(RegionLevel.ofCode("610922104")).contains(RegionLevel.TOWN);
	}

	@Test
	void aCodeOfAnotherLengthOrWithOtherCharactersHasNoLevel() {
		assertThat(RegionLevel.ofCode("61092")).isEmpty();
		assertThat(RegionLevel.ofCode("610922104000")).isEmpty();
		assertThat(RegionLevel.ofCode("61092A")).isEmpty();
		assertThat(RegionLevel.ofCode("６１")).isEmpty();
		assertThat(RegionLevel.ofCode("")).isEmpty();
		assertThat(RegionLevel.ofCode(null)).isEmpty();
	}

	@Test
	void eachLevelHasItsChineseLabelAndTheLevelAbove() {
		assertThat(RegionLevel.TOWN.label()).isEqualTo("镇街");
		assertThat(RegionLevel.COUNTY.label()).isEqualTo("县");
		assertThat(RegionLevel.TOWN.parent()).contains(RegionLevel.COUNTY);
		assertThat(RegionLevel.PROVINCE.parent()).isEmpty();
	}
}
