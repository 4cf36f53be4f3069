package org.ecooversight.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ecooversight.shared.InvalidInputException;
import org.ecooversight.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks up divisions by code, and checks the codes that users and other modules give. Divisions
 * change only when codes are loaded, and loading only adds; so a division once read is kept in
 * memory, and the lists of children are forgotten whenever a load adds codes.
 */
@Component
public class Regions {

	private static final String COLUMNS = "code, name, level, parent_code";

	private final JdbcClient jdbc;
	private final Map<String, Region> byCode = new ConcurrentHashMap<>();
	private final Map<String, List<Region>> childrenByCode = new ConcurrentHashMap<>();

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The division with this code; empty if there is none, or the text is not a division code. */
	public Optional<Region> find(String code) {
		if (RegionLevel.ofCode(code).isEmpty()) {
			return Optional.empty();
		}
		Region cached = byCode.get(code);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Region> region = jdbc.sql("select " + COLUMNS + " from region where code = ?")
			.param(code)
			.query(Regions::map)
			.optional();
		region.ifPresent(found -> byCode.put(found.code(), found));
		return region;
	}

	/**
	 * The division with this code.
	 *
	 * @throws InvalidInputException naming the field, if the code is missing, malformed or unknown
	 */
	public Region require(String field, String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException(field, "division code is missing");
		}
		if (!RegionLevel.isDigits(code)) {
			throw new InvalidInputException(field, "division code " + code + " must be digits only");
		}
		if (RegionLevel.ofCode(code).isEmpty()) {
			throw new InvalidInputException(field, "division code " + code + " has " + code.length()
					+ " digits; division codes have 2 (province), 4 (city), 6 (county) or 9 (town)");
		}
		return find(code)
			.orElseThrow(() -> new InvalidInputException(field, "division code " + code + " does not exist"));
	}

	/**
	 * A town or sub-district of the given county.
	 *
	 * @throws InvalidInputException naming the field, if the code is not a known town of that county
	 */
	public Region requireTownIn(String field, String townCode, String countyCode) {
		Region town = require(field, townCode);
		if (town.level() != RegionLevel.TOWN) {
			throw new InvalidInputException(field, "division code " + townCode + " is " + town.name() + ", a "
					+ town.level().label() + ", not a town (镇街)");
		}
		if (!Objects.equals(town.parentCode(), countyCode)) {
			String county = find(countyCode).map(Region::name).orElse(countyCode);
			throw new InvalidInputException(field,
					"town " + townCode + " (" + town.name() + ") does not belong to " + county);
		}
		return town;
	}

	/** The divisions directly below this one, by code; empty for a town or an unknown code. */
	public List<Region> children(String code) {
		if (RegionLevel.ofCode(code).isEmpty()) {
			return List.of();
		}
		List<Region> cached = childrenByCode.get(code);
		if (cached != null) {
			return cached;
		}
		List<Region> children = List.copyOf(jdbc.sql("select " + COLUMNS + " from region where parent_code = ? order by code")
			.param(code)
			.query(Regions::map)
			.list());
		children.forEach(child -> byCode.put(child.code(), child));
		childrenByCode.put(code, children);
		return children;
	}

	/**
	 * The names from the province down to this division, separated by spaces: "陕西省 安康市 石泉县 池河镇".
	 *
	 * @throws NotFoundException if there is no division with this code
	 */
	public String path(String code) {
		Region region = find(code)
			.orElseThrow(() -> new NotFoundException("division code " + code + " does not exist"));
		List<String> names = new ArrayList<>(RegionLevel.values().length);
		names.add(region.name());
		Optional<Region> parent = find(region.parentCode());
		while (parent.isPresent() && names.size() < RegionLevel.values().length) {
			names.add(0, parent.get().name());
			parent = find(parent.get().parentCode());
		}
		return String.join(" ", names);
	}

	/** Called after a load added codes: lists of children read before may be incomplete. */
	void forgetChildren() {
		childrenByCode.clear();
	}

	private static Region map(ResultSet rs, int row) throws SQLException {
		return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"));
	}
}
