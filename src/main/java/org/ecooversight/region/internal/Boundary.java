package org.ecooversight.region.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region's outline read from GeoJSON (a FeatureCollection, a Feature or a bare geometry, longitude
 * before latitude), with the name and centre point its first feature's properties give ("name",
 * "cp"). Immutable and safe to share between threads.
 */
public final class Boundary {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;
	private final double[] centre;
	private final IndexedPointInAreaLocator locator;

	private Boundary(String name, double[] centre, Geometry area) {
		this.name = name;
		this.centre = centre;
		this.locator = new IndexedPointInAreaLocator(area);
	}

	/**
	 * Reads a boundary; the polygons of all features together make the area.
	 *
	 * @throws IllegalArgumentException if the text is not GeoJSON or holds no polygon
	 */
	public static Boundary parse(String geoJson) {
		JsonNode root;
		try {
			root = JSON.readTree(geoJson);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage(), ex);
		}
		List<JsonNode> features = new ArrayList<>();
		switch (root.path("type").asString("")) {
			case "FeatureCollection" -> root.path("features").values().forEach(features::add);
			case "Feature" -> features.add(root);
			default -> {
				// a bare geometry
			}
		}
		GeometryFactory factory = new GeometryFactory();
		GeoJsonReader reader = new GeoJsonReader(factory);
		List<Geometry> polygons = new ArrayList<>();
		if (features.isEmpty()) {
			addPolygons(reader, root, polygons);
		}
		for (JsonNode feature : features) {
			addPolygons(reader, feature.path("geometry"), polygons);
		}
		if (polygons.isEmpty()) {
			throw new IllegalArgumentException("no Polygon or MultiPolygon geometry");
		}
		Geometry area = polygons.size() == 1 ? polygons.get(0) : factory.buildGeometry(polygons).union();
		if (!area.isValid()) {
			area = GeometryFixer.fix(area);
		}
		JsonNode properties = features.isEmpty() ? null : features.get(0).path("properties");
		String name = properties == null ? null : properties.path("name").asString(null);
		return new Boundary(name, centreOf(properties, area), area);
	}

	/** The name the GeoJSON gives the region; null if it gives none. */
	public String name() {
		return name;
	}

	/** The centre as {longitude, latitude}: the "cp" property if given, else a point inside the area. */
	public double[] centre() {
		return centre.clone();
	}

	/** Whether a point lies inside the area or on its edge. */
	public boolean contains(double longitude, double latitude) {
		return locator.locate(new Coordinate(longitude, latitude)) != Location.EXTERIOR;
	}

	private static void addPolygons(GeoJsonReader reader, JsonNode geometry, List<Geometry> polygons) {
		if (geometry == null || !geometry.isObject()) {
			return;
		}
		Geometry read;
		try {
			read = reader.read(geometry.toString());
		}
		catch (ParseException | RuntimeException ex) {
			throw new IllegalArgumentException("unreadable geometry: " + ex.getMessage(), ex);
		}
		for (int i = 0; i < read.getNumGeometries(); i++) {
			Geometry part = read.getGeometryN(i);
			if (part instanceof Polygonal && !part.isEmpty()) {
				polygons.add(part);
			}
		}
	}

	private static double[] centreOf(JsonNode properties, Geometry area) {
		if (properties != null) {
			JsonNode cp = properties.path("cp");
			if (cp.isArray() && cp.size() == 2 && cp.get(0).isNumber() && cp.get(1).isNumber()) {
				return new double[] { cp.get(0).asDouble(), cp.get(1).asDouble() };
			}
		}
		Point inside = area.getInteriorPoint();
		return new double[] { inside.getX(), inside.getY() };
	}
}
