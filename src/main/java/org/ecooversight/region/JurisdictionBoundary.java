package org.ecooversight.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.ecooversight.region.internal.Boundary;
import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.Jurisdiction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.stereotype.Component;

/**
 * The outline of the jurisdiction's county ({@code eco.jurisdiction.region-code}), read at start-up
 * from the bundled {@code reference/geo/<name>-<code>.geojson}, against which reported coordinates
 * are checked. If no outline is bundled for the county, the boundary is unknown: a warning is
 * logged and every point counts as inside.
 * <p>
 * The outline is a simplified one (vertices on a grid of about 1/1000 degree), so a point within a
 * hundred metres or so of the real border may fall on the wrong side of it.
 */
@Component
public class JurisdictionBoundary {

	private static final Logger log = LoggerFactory.getLogger(JurisdictionBoundary.class);

	static final String LOCATION = "reference/geo/";

	private final String regionCode;
	private final String geoJson;
	private final Boundary boundary;

	@Autowired
	JurisdictionBoundary(Jurisdiction jurisdiction, ResourceLoader resourceLoader) {
		this(jurisdiction.regionCode(), resourceLoader);
	}

	JurisdictionBoundary(String regionCode, ResourceLoader resourceLoader) {
		if (RegionLevel.ofCode(regionCode).isEmpty()) {
			throw new IllegalStateException("eco.jurisdiction.region-code " + regionCode + " is not a division code");
		}
		this.regionCode = regionCode;
		Resource resource = find(regionCode, ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
		if (resource == null) {
			log.warn("No boundary for region {} under classpath:{} (expected a file named *-{}.geojson): "
					+ "coordinates will not be checked against the jurisdiction", regionCode, LOCATION, regionCode);
			this.geoJson = null;
			this.boundary = null;
			return;
		}
		this.geoJson = read(resource);
		try {
			this.boundary = Boundary.parse(geoJson);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The boundary " + resource.getFilename() + " of region " + regionCode
					+ " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** Whether an outline of the jurisdiction is known; if not, every point counts as inside. */
	public boolean known() {
		return boundary != null;
	}

	/** Whether a point lies inside the jurisdiction (or on its border); true if the boundary is unknown. */
	public boolean contains(double longitude, double latitude) {
		return boundary == null || boundary.contains(longitude, latitude);
	}

	/**
	 * Checks optional coordinates: none at all is fine, but a longitude needs a latitude, both must
	 * be in range, and the point must lie inside the jurisdiction.
	 *
	 * @throws InvalidInputException naming the field and what is wrong
	 */
	public void requireInside(String field, Double longitude, Double latitude) {
		if (longitude == null && latitude == null) {
			return;
		}
		if (longitude == null || latitude == null) {
			throw new InvalidInputException(field, (longitude == null ? "a latitude without a longitude"
					: "a longitude without a latitude") + ": give both coordinates or neither");
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new InvalidInputException(field, "longitude " + longitude + " is not between -180 and 180");
		}
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new InvalidInputException(field, "latitude " + latitude + " is not between -90 and 90");
		}
		if (!contains(longitude, latitude)) {
			throw new InvalidInputException(field,
					"coordinates (" + longitude + ", " + latitude + ") lie outside " + name());
		}
	}

	/** The GeoJSON of the outline as bundled, for maps; an empty FeatureCollection if unknown. */
	public String geoJson() {
		return geoJson != null ? geoJson : "{\"type\": \"FeatureCollection\", \"features\": []}";
	}

	/**
	 * The jurisdiction's centre as {longitude, latitude}, for centring maps.
	 *
	 * @throws IllegalStateException if the boundary is unknown (see {@link #known()})
	 */
	public double[] centre() {
		if (boundary == null) {
			throw new IllegalStateException("the boundary of region " + regionCode + " is unknown");
		}
		return boundary.centre();
	}

	/** The jurisdiction's name as the outline gives it ("石泉县"), else its code. */
	public String name() {
		return boundary != null && boundary.name() != null ? boundary.name() : "region " + regionCode;
	}

	private static Resource find(String regionCode, ResourcePatternResolver resolver) {
		Resource[] found;
		try {
			found = resolver.getResources(ResourcePatternResolver.CLASSPATH_ALL_URL_PREFIX + LOCATION + "*-"
					+ regionCode + ".geojson");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the boundaries under classpath:" + LOCATION, ex);
		}
		found = Arrays.stream(found)
			.filter(Resource::exists)
			.sorted(Comparator.comparing(Resource::getFilename))
			.toArray(Resource[]::new);
		if (found.length > 1) {
			log.warn("Several boundaries for region {}: {}; using {}", regionCode,
					Arrays.stream(found).map(Resource::getFilename).toList(), found[0].getFilename());
		}
		return found.length == 0 ? null : found[0];
	}

	private static String read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the boundary " + resource.getDescription(), ex);
		}
	}
}
