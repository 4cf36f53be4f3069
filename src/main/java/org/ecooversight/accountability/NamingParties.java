package org.ecooversight.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ecooversight.organisation.Organisation;
import org.ecooversight.organisation.PostHolder;
import org.ecooversight.organisation.PostKind;
import org.ecooversight.organisation.Unit;
import org.ecooversight.organisation.UnitId;
import org.ecooversight.organisation.UnitKind;
import org.ecooversight.responsibility.ResponsibilityKind;
import org.springframework.stereotype.Component;

/**
 * Names whose responsibility a case pursues (三责同追), as the rule says, with the persons who held
 * the posts on the day of the failure (not today's holders):
 * <ul>
 * <li>PRIMARY (主体责任): the town's party committee and government, where the problem is;</li>
 * <li>REGULATORY (监管责任): the departments responsible for the problem;</li>
 * <li>OVERSIGHT (监督责任): the town's discipline committee (镇纪委, in the town party committee).</li>
 * </ul>
 * A post kind the rule names that nobody held that day is named as vacant; a responsibility the rule
 * names without post kinds names the unit alone.
 */
@Component
class NamingParties {

	private final Organisation organisation;

	NamingParties(Organisation organisation) {
		this.organisation = organisation;
	}

	List<Party> name(String townCode, List<UnitId> responsibleUnits, Map<String, List<String>> pursuit, LocalDate day) {
		List<Party> parties = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : pursuit.entrySet()) {
			ResponsibilityKind kind = ResponsibilityKind.valueOf(entry.getKey());
			Set<PostKind> posts = new LinkedHashSet<>();
			entry.getValue().forEach(p -> posts.add(PostKind.valueOf(p)));
			for (Unit unit : units(kind, townCode, responsibleUnits)) {
				parties.addAll(holders(kind, unit, posts, day));
			}
		}
		return parties;
	}

	private List<Unit> units(ResponsibilityKind kind, String townCode, List<UnitId> responsibleUnits) {
		List<Unit> units = new ArrayList<>();
		switch (kind) {
			case PRIMARY -> {
				organisation.unitOfKind(townCode, UnitKind.PARTY_COMMITTEE).ifPresent(units::add);
				organisation.unitOfKind(townCode, UnitKind.GOVERNMENT).ifPresent(units::add);
			}
			case REGULATORY -> responsibleUnits.stream()
				.map(organisation::unit)
				.flatMap(java.util.Optional::stream)
				.filter(u -> u.kind() == UnitKind.DEPARTMENT)
				.forEach(units::add);
			case OVERSIGHT -> organisation.unitOfKind(townCode, UnitKind.PARTY_COMMITTEE).ifPresent(units::add);
			default -> {
			}
		}
		return units;
	}

	private List<Party> holders(ResponsibilityKind kind, Unit unit, Set<PostKind> posts, LocalDate day) {
		if (posts.isEmpty()) {
			return List.of(new Party(UUID.randomUUID(), kind, unit.id().value(), unit.name(), null, null, null, null, day));
		}
		List<PostHolder> onDay = organisation.holdersOn(unit.id(), day);
		List<Party> parties = new ArrayList<>();
		for (PostKind post : posts) {
			List<PostHolder> held = onDay.stream().filter(h -> h.post().kind() == post).toList();
			for (PostHolder h : held) {
				parties.add(new Party(UUID.randomUUID(), kind, unit.id().value(), unit.name(), h.post().id().value(),
						h.post().title(), h.person().id().value(), h.person().name(), day));
			}
			boolean unitHasPost = organisation.posts(unit.id()).stream().anyMatch(p -> p.kind() == post);
			if (held.isEmpty() && unitHasPost) {
				parties.add(new Party(UUID.randomUUID(), kind, unit.id().value(), unit.name(), null,
						post.label() + "（" + day + "无人在岗）", null, null, day));
			}
		}
		return parties;
	}
}
