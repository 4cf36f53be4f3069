package org.ecooversight.organisation;

/** Past-tense events of the organisation, recorded in the tamper-evident record. */
public sealed interface OrganisationChanged {

	record UnitCreated(Unit unit) implements OrganisationChanged {
	}

	record PersonCreated(Person person) implements OrganisationChanged {
	}

	record PostCreated(Post post) implements OrganisationChanged {
	}

	record PersonAppointed(Tenure tenure) implements OrganisationChanged {
	}

	record TenureEnded(java.util.UUID tenureId, PostId postId, PersonId personId, java.time.LocalDate lastDay)
			implements OrganisationChanged {
	}
}
