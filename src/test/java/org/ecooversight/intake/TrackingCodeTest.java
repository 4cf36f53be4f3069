package org.ecooversight.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.ecooversight.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

	private final SecureRandom random = new SecureRandom();

	@Test
	void a_new_code_has_twelve_unambiguous_characters_and_is_shown_in_groups_of_four() {
		TrackingCode code = TrackingCode.random(random);

		assertThat(code.value()).hasSize(12).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{12}");
		assertThat(code.display()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")
			.isEqualTo(code.value().substring(0, 4) + "-" + code.value().substring(4, 8) + "-"
					+ code.value().substring(8));
	}

	@Test
	void new_codes_differ() {
		Set<TrackingCode> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			codes.add(TrackingCode.random(random));
		}
		assertThat(codes).hasSize(1000);
	}

	@Test
	void a_code_is_read_back_with_or_without_dashes_in_any_case() {
		TrackingCode code = TrackingCode.random(random);

		assertThat(TrackingCode.parse("trackingCode", code.display())).isEqualTo(code);
		assertThat(TrackingCode.parse("trackingCode", code.value())).isEqualTo(code);
		assertThat(TrackingCode.parse("trackingCode", " " + code.display().toLowerCase() + " ")).isEqualTo(code);
	}

	@Test
	void every_single_mistyped_character_is_recognised_as_mistyped() {
		TrackingCode code = TrackingCode.random(random);
		for (int position = 0; position < 12; position++) {
			for (char replacement : TrackingCode.ALPHABET.toCharArray()) {
				if (replacement == code.value().charAt(position)) {
					continue;
				}
				String typed = code.value().substring(0, position) + replacement + code.value().substring(position + 1);
				assertThatThrownBy(() -> TrackingCode.parse("trackingCode", typed))
					.isInstanceOf(InvalidInputException.class)
					.hasMessage("trackingCode: tracking code is mistyped (check character does not match)");
			}
		}
	}

	@Test
	void swapped_neighbours_are_recognised_as_mistyped() {
		String value = "ABCDEFGHJKLM";
		String valid = value.substring(0, 11) + TrackingCode.checkCharacterFor(value.substring(0, 11));
		String swapped = valid.charAt(1) + "" + valid.charAt(0) + valid.substring(2);

		assertThat(TrackingCode.parse("trackingCode", valid).value()).isEqualTo(valid);
		assertThatThrownBy(() -> TrackingCode.parse("trackingCode", swapped))
			.hasMessageContaining("mistyped");
	}

	@Test
	void a_code_of_the_wrong_length_is_refused() {
		assertThatThrownBy(() -> TrackingCode.parse("trackingCode", "ABCD-EFGH-JKL"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("12 characters")
			.hasMessageContaining("this one has 11");
	}

	@Test
	void characters_that_tracking_codes_never_use_are_refused() {
		assertThatThrownBy(() -> TrackingCode.parse("trackingCode", "ABCD-EFGH-JK0M"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("'0' does not occur");
	}

	@Test
	void a_missing_code_is_refused() {
		assertThatThrownBy(() -> TrackingCode.parse("trackingCode", null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("required");
	}
}
