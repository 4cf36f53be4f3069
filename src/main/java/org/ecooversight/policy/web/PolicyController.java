package org.ecooversight.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ecooversight.policy.JurisdictionPolicy;
import org.ecooversight.policy.Policies;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The jurisdiction's policy, read-only, each value with its source. */
@RestController
@Tag(name = "Policy", description = "规则配置")
class PolicyController {

	private final Policies policies;

	PolicyController(Policies policies) {
		this.policies = policies;
	}

	@Operation(summary = "The rules in force for this jurisdiction, each with its source")
	@GetMapping("/api/v1/policy")
	JurisdictionPolicy policy() {
		return policies.current();
	}
}
