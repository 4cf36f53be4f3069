package org.ecooversight.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The jurisdiction the platform serves ({@code eco.jurisdiction.*} in {@code application.yml}): every
 * module takes its region code, name and the prefixes of its numbers from here. There are no defaults
 * in code: a platform without a region code, a name or a prefix does not start, and says which
 * property is missing.
 *
 * @param regionCode the official division code of the jurisdiction (GB/T 2260), e.g. 610922 (石泉县)
 * @param name the jurisdiction's name, e.g. 石泉县
 * @param prefixes the prefixes of the jurisdiction's document numbers and problem codes
 */
@Validated
@ConfigurationProperties("eco.jurisdiction")
public record Jurisdiction(@NotBlank @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}", message = "a province, city or county division code") String regionCode,
		@NotBlank String name, @NotNull @Valid Prefixes prefixes) {

	/**
	 * The prefixes of the jurisdiction's numbers; a document number is the prefix, the year in 〔〕 and
	 * the number of the year's series with 号 ({@code numbering.DocumentNumbers}).
	 *
	 * @param problemCode problem codes, e.g. SQ (SQ-2026-000001)
	 * @param notice rectification notices (整改通知书), e.g. 石环督整 (石环督整〔2026〕1号)
	 * @param supervisionOrder supervision orders (督办 / 挂牌督办), e.g. 石环督办 (石环督办〔2026〕1号)
	 * @param accountabilityCase accountability cases (问责案件), e.g. 石纪问责 (石纪问责〔2026〕1号)
	 */
	public record Prefixes(@NotBlank String problemCode, @NotBlank String notice, @NotBlank String supervisionOrder,
			@NotBlank String accountabilityCase) {
	}
}
