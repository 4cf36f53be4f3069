package org.ecooversight.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ecooversight.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

	/** Huawei Technologies Co., Ltd. (华为技术有限公司), as printed in public company registers. */
	static final String HUAWEI = "914403001922038216";

	/** The example code widely printed in explanations of GB 32100 (a company registered in Fuzhou). */
	static final String FUZHOU_EXAMPLE = "91350100M000100Y43";

	/** Not a real company: a code built for 石泉县 (610922) with its check character computed. */
	static final String SHIQUAN_SAMPLE = "91610922MA70XXXXX7";

	@ParameterizedTest
	@ValueSource(strings = { HUAWEI, FUZHOU_EXAMPLE, SHIQUAN_SAMPLE })
	void accepts_codes_whose_check_character_matches(String code) {
		assertThat(CreditCode.parse("polluterCode", code).value()).isEqualTo(code);
	}

	@Test
	void the_check_character_is_computed_as_the_standard_prescribes() {
		assertThat(CreditCode.checkCharacterFor("91440300192203821")).isEqualTo('6');
		assertThat(CreditCode.checkCharacterFor("91350100M000100Y4")).isEqualTo('3');
		assertThat(CreditCode.checkCharacterFor("91610922MA70XXXXX")).isEqualTo('7');
	}

	@Test
	void a_changed_check_character_is_refused_naming_the_expected_one() {
		InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
				() -> CreditCode.parse("polluterCode", "914403001922038217"));

		assertThat(refusal.errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo("polluterCode");
			assertThat(error.reason()).startsWith("check character should be '6' but is '7'");
		});
	}

	@Test
	void a_mistyped_character_in_the_body_is_caught_by_the_check_character() {
		assertThatThrownBy(() -> CreditCode.parse("polluterCode", "914403001922038316"))
			.hasMessageContaining("check character should be");
	}

	@Test
	void lower_case_and_surrounding_blanks_are_accepted_and_normalised() {
		CreditCode code = CreditCode.parse("polluterCode", "  91350100m000100y43 \t");

		assertThat(code.value()).isEqualTo(FUZHOU_EXAMPLE);
		assertThat(code).isEqualTo(new CreditCode(FUZHOU_EXAMPLE));
	}

	@Test
	void names_its_parts() {
		CreditCode code = CreditCode.parse("polluterCode", SHIQUAN_SAMPLE);

		assertThat(code.registrationAuthority()).isEqualTo('9');
		assertThat(code.organisationType()).isEqualTo('1');
		assertThat(code.divisionCode()).isEqualTo("610922");
		assertThat(code.organisationCode()).isEqualTo("MA70XXXXX");
	}

	@Test
	void a_code_of_the_wrong_length_is_refused() {
		assertThatThrownBy(() -> CreditCode.parse("polluterCode", "91440300192203821"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("18 characters, this one has 17");
	}

	@Test
	void letters_the_standard_never_uses_are_refused() {
		assertThatThrownBy(() -> CreditCode.parse("polluterCode", "91350100MO00100Y43"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("character 'O' at position 10");
	}

	@Test
	void the_division_code_must_be_digits() {
		assertThatThrownBy(() -> CreditCode.parse("polluterCode", "9135A100M000100Y43"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("administrative division code")
			.hasMessageContaining("'35A100'");
	}

	@Test
	void a_missing_code_is_refused() {
		assertThatThrownBy(() -> CreditCode.parse("polluterCode", "  "))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("required");
	}

	@Test
	void the_constructor_refuses_an_invalid_value() {
		assertThatThrownBy(() -> new CreditCode("914403001922038217"))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
