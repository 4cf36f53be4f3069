package org.ecooversight.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.ecooversight.intake.InspectionReference.Medium;
import org.ecooversight.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class InspectionReferenceTest {

	@Test
	void a_phone_complaint_of_the_third_round_in_shanxi() {
		InspectionReference reference = InspectionReference.parse("inspectionCode", "D3SX202505280018");

		assertThat(reference.raw()).isEqualTo("D3SX202505280018");
		assertThat(reference.medium()).isEqualTo(Medium.PHONE);
		assertThat(reference.medium().label()).isEqualTo("电话");
		assertThat(reference.round()).isEqualTo(3);
		assertThat(reference.provinceAbbreviation()).isEqualTo("SX");
		assertThat(reference.provinceName()).isEqualTo("山西");
		assertThat(reference.provinceCode()).isEqualTo("14");
		assertThat(reference.date()).isEqualTo(LocalDate.of(2025, 5, 28));
		assertThat(reference.sequence()).isEqualTo(18);
		assertThat(reference.priority()).isFalse();
	}

	@Test
	void a_priority_letter_of_the_second_round_in_henan() {
		InspectionReference reference = InspectionReference.parse("inspectionCode", "X2HA202104270093*");

		assertThat(reference.raw()).isEqualTo("X2HA202104270093*");
		assertThat(reference.medium()).isEqualTo(Medium.LETTER);
		assertThat(reference.medium().label()).isEqualTo("来信");
		assertThat(reference.round()).isEqualTo(2);
		assertThat(reference.provinceAbbreviation()).isEqualTo("HA");
		assertThat(reference.provinceName()).isEqualTo("河南");
		assertThat(reference.provinceCode()).isEqualTo("41");
		assertThat(reference.date()).isEqualTo(LocalDate.of(2021, 4, 27));
		assertThat(reference.sequence()).isEqualTo(93);
		assertThat(reference.priority()).isTrue();
	}

	@Test
	void shaanxi_is_sn_not_sx() {
		InspectionReference reference = InspectionReference.parse("inspectionCode", "D3SN202505280018");

		assertThat(reference.provinceName()).isEqualTo("陕西");
		assertThat(reference.provinceCode()).isEqualTo("61");
	}

	@Test
	void a_two_digit_round_lower_case_and_a_full_width_star_are_read() {
		InspectionReference reference = InspectionReference.parse("inspectionCode", " x12sn202505280018＊ ");

		assertThat(reference.raw()).isEqualTo("X12SN202505280018*");
		assertThat(reference.round()).isEqualTo(12);
		assertThat(reference.priority()).isTrue();
	}

	@Test
	void a_date_that_does_not_exist_is_refused() {
		assertThatThrownBy(() -> InspectionReference.parse("inspectionCode", "D3SX202502300018"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("'20250230' is not a real date");
	}

	@Test
	void an_unknown_province_is_refused() {
		assertThatThrownBy(() -> InspectionReference.parse("inspectionCode", "D3ZZ202505280018"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("'ZZ' is not a province abbreviation");
	}

	@Test
	void an_unknown_medium_letter_is_refused() {
		assertThatThrownBy(() -> InspectionReference.parse("inspectionCode", "Q3SX202505280018"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("starts with D")
			.hasMessageContaining("not 'Q'");
	}

	@Test
	void a_reference_of_the_wrong_length_is_refused() {
		assertThatThrownBy(() -> InspectionReference.parse("inspectionCode", "D3SX20250528001"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("this one has 15");
	}

	@Test
	void a_missing_round_is_refused() {
		assertThatThrownBy(() -> InspectionReference.parse("inspectionCode", "DSXX202505280018"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("inspection round");
	}

	@Test
	void a_short_sequence_after_a_two_digit_round_is_refused() {
		assertThatThrownBy(() -> InspectionReference.parse("inspectionCode", "X12HA20210427009"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("twelve digits");
	}

	@Test
	void tells_inspection_references_from_other_numbers() {
		assertThat(InspectionReference.looksLikeInspectionCode("D3SX202505280018")).isTrue();
		assertThat(InspectionReference.looksLikeInspectionCode(" x2ha202104270093* ")).isTrue();
		assertThat(InspectionReference.looksLikeInspectionCode("914403001922038216")).isFalse();
		assertThat(InspectionReference.looksLikeInspectionCode("ABCD-EFGH-JKLM")).isFalse();
		assertThat(InspectionReference.looksLikeInspectionCode(null)).isFalse();
	}
}
