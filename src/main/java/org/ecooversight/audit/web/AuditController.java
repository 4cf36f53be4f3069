package org.ecooversight.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.audit.Verification;
import org.ecooversight.audit.VerifyingTheRecord;
import org.ecooversight.shared.Actor;
import org.ecooversight.shared.ForbiddenException;
import org.ecooversight.shared.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verifying the tamper-evident record: for the audit administrator and the task-force leader. */
@RestController
@Tag(name = "Audit", description = "留痕与验证")
class AuditController {

	private final VerifyingTheRecord verifying;

	AuditController(VerifyingTheRecord verifying) {
		this.verifying = verifying;
	}

	@Operation(summary = "Check every hash chain and checkpoint: \"INTACT\", or the first event that no longer matches")
	@GetMapping("/api/v1/audit/verification")
	Verification verify(Actor actor) {
		if (!actor.hasAnyRole(Role.AUDIT_ADMIN, Role.TASK_FORCE_LEADER, Role.DISCIPLINE_OFFICER)) {
			throw new ForbiddenException("verifying the record is for the audit administrator, the task-force leader and the discipline organ");
		}
		return verifying.verify();
	}
}
