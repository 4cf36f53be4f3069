package org.ecooversight.ledger.web;

import java.util.List;

import org.ecooversight.ledger.ProblemPlaces;
import org.ecooversight.ledger.Statistics;
import org.ecooversight.region.JurisdictionBoundary;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The problem map (问题地图): the county's outline from the platform's own data on a plain
 * background (the county's machines reach no tile server), the problems with coordinates as markers
 * coloured by their warning, clustered, and as a heat layer ({@code static/js/map.js}, Leaflet).
 * Same readers as the dashboard.
 */
@Controller
class ProblemMapController {

	private final ProblemPlaces places;
	private final JurisdictionBoundary boundary;
	private final LocalWords words;

	ProblemMapController(ProblemPlaces places, JurisdictionBoundary boundary, LocalWords words) {
		this.places = places;
		this.boundary = boundary;
		this.words = words;
	}

	/** A problem as the map's script reads it; status and colour in the reader's language. */
	record Marker(String id, String code, String status, String statusLabel, String colour, String colourLabel,
			String town, double longitude, double latitude) {
	}

	record MapData(String jurisdiction, List<Marker> items, boolean truncated) {
	}

	@GetMapping("/map")
	String map(@RequestParam(defaultValue = "false") boolean open, Actor actor, Model model) {
		requireReader(actor);
		model.addAttribute("activeNav", "/map");
		model.addAttribute("open", open);
		model.addAttribute("jurisdiction", boundary.name());
		return "stats/map";
	}

	@GetMapping(path = "/map/data", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	MapData data(@RequestParam(defaultValue = "false") boolean open, Actor actor) {
		requireReader(actor);
		ProblemPlaces.Places found = places.of(actor, open);
		return new MapData(boundary.name(), found.items()
			.stream()
			.map(p -> new Marker(p.id().value().toString(), p.code(), p.status().name(), words.of(p.status(), p.statusLabel()),
					p.colour().name(), words.of(p.colour(), p.colourLabel()), p.townName(), p.longitude(), p.latitude()))
			.toList(), found.truncated());
	}

	/** The county's outline as bundled (GeoJSON); it changes only with a release. */
	@GetMapping(path = "/map/boundary", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> outline(Actor actor) {
		requireReader(actor);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
			.body(boundary.geoJson());
	}

	private static void requireReader(Actor actor) {
		if (!Statistics.mayRead(actor)) {
			throw new ForbiddenException("only the task force, the committee office and county leaders open the map");
		}
	}
}
