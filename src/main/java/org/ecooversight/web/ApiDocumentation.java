package org.ecooversight.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.ecooversight.shared.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at /v3/api-docs (Swagger UI at /swagger-ui.html), with HTTP Basic to try
 * calls. The acting user ({@link Actor}, taken from the sign-in by {@link ActorResolution}) is no
 * parameter a client sends, so the description does not list it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	OpenAPI ecoOversightApi() {
		return new OpenAPI()
			.info(new Info().title("Eco Oversight API · 生态环境监督问责平台")
				.version("v1")
				.description("Problem leads, the problem ledger and its tamper-evident record. Errors are RFC 9457 "
						+ "problem documents naming each field and reason. Sign in with HTTP Basic (demo accounts in the README); "
						+ "/api/v1/public/** needs no sign-in."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}
