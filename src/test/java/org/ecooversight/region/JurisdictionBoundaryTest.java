package org.ecooversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.ecooversight.region.internal.Boundary;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The outline of Shiquan county (石泉县, 610922), read from the bundled GeoJSON. */
class JurisdictionBoundaryTest {

	private final JurisdictionBoundary shiquan = new JurisdictionBoundary("610922", new DefaultResourceLoader());

	@Test
	void theCountyCentreIsInsideAndXianIsOutside() {
		assertThat(shiquan.known()).isTrue();
		assertThat(shiquan.contains(108.25, 33.04)).isTrue();
		assertThat(shiquan.contains(108.94, 34.26)).isFalse();
	}

	@Test
	void aPointOutsideTheCountyIsRefusedNamingTheCounty() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> shiquan.requireInside("location", 108.94, 34.26))
			.satisfies(ex -> assertThat(ex.errors())
				.containsExactly(new FieldError("location", "coordinates (108.94, 34.26) lie outside 石泉县")));
	}

	@Test
	void coordinatesAreOptionalButComeInPairsAndInRange() {
		assertThatCode(() -> shiquan.requireInside("location", null, null)).doesNotThrowAnyException();
		assertThatCode(() -> shiquan.requireInside("location", 108.25, 33.04)).doesNotThrowAnyException();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> shiquan.requireInside("location", 108.25, null))
			.withMessage("location: a longitude without a latitude: give both coordinates or neither");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> shiquan.requireInside("location", null, 33.04))
			.withMessage("location: a latitude without a longitude: give both coordinates or neither");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> shiquan.requireInside("location", 33.04, 108.25))
			.withMessage("location: latitude 108.25 is not between -90 and 90");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> shiquan.requireInside("location", 208.25, 33.04))
			.withMessage("location: longitude 208.25 is not between -180 and 180");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> shiquan.requireInside("location", Double.NaN, 33.04))
			.withMessage("location: longitude NaN is not between -180 and 180");
	}

	@Test
	void theCentreAndTheGeoJsonAreThereForMaps() {
		double[] centre = shiquan.centre();

		assertThat(centre[0]).isCloseTo(108.2479, within(0.001));
		assertThat(centre[1]).isCloseTo(33.0384, within(0.001));
		assertThat(shiquan.contains(centre[0], centre[1])).isTrue();
		assertThat(shiquan.geoJson()).startsWith("{\"type\": \"FeatureCollection\"").contains("石泉县");
		assertThat(shiquan.name()).isEqualTo("石泉县");
	}

	@Test
	void withoutABundledOutlineEveryPointCountsAsInside() {
		JurisdictionBoundary hanyin = new JurisdictionBoundary("610921", new DefaultResourceLoader());

		assertThat(hanyin.known()).isFalse();
		assertThat(hanyin.contains(108.94, 34.26)).isTrue();
		assertThatCode(() -> hanyin.requireInside("location", 108.94, 34.26)).doesNotThrowAnyException();
		assertThat(hanyin.geoJson()).contains("\"features\": []");
	}

	@Test
	void aMultiPolygonFeatureWithoutPropertiesIsReadToo() {
		Boundary boundary = Boundary.parse("""
				{"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [
				  [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
				  [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]]]}}""");

		assertThat(boundary.contains(0.5, 0.5)).isTrue();
		assertThat(boundary.contains(5.5, 5.5)).isTrue();
		assertThat(boundary.contains(3, 3)).isFalse();
		assertThat(boundary.contains(1, 0.5)).as("a point on the edge").isTrue();
		assertThat(boundary.name()).isNull();
	}

	@Test
	void textWithoutAPolygonIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Boundary.parse("{\"type\": \"FeatureCollection\", \"features\": []}"))
			.withMessage("no Polygon or MultiPolygon geometry");
		assertThatIllegalArgumentException().isThrownBy(() -> Boundary.parse("not json"))
			.withMessageStartingWith("not JSON");
	}
}
