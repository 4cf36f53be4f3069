package org.ecooversight.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.ecooversight.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The domains (pollution types and industries) problems are classified and routed by. */
@Component
public class Domains {

	private final JdbcClient jdbc;
	private final Map<String, Domain> byCode = new ConcurrentHashMap<>();

	Domains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Domain> all() {
		return jdbc.sql("select code, name_zh, name_en from domain order by sort_order")
			.query((rs, i) -> new Domain(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public Optional<Domain> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		if (byCode.isEmpty()) {
			all().forEach(d -> byCode.put(d.code(), d));
		}
		return Optional.ofNullable(byCode.get(code));
	}

	/** Checks a list of domain codes: at least one, each known, no repeats (order kept). */
	public List<String> requireAll(String field, List<String> codes) {
		if (codes == null || codes.isEmpty()) {
			throw new InvalidInputException(field, "at least one pollution type is required");
		}
		if (codes.size() > 10) {
			throw new InvalidInputException(field, "at most 10 pollution types");
		}
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		LinkedHashSet<String> unique = new LinkedHashSet<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (find(code).isEmpty()) {
				errors.add(new InvalidInputException.FieldError(field + "[" + i + "]",
						"unknown pollution type '" + code + "'"));
			}
			unique.add(code);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return List.copyOf(unique);
	}
}
