package org.ecooversight.web;

import org.ecooversight.identity.SignInThrottledException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two chains: the API under /api (HTTP Basic, no session, no CSRF token since no cookie
 * authenticates it, problem+json for 401 and 403, and 429 with Retry-After for a client address
 * refused after too many failed sign-ins) and the pages (form login with a session, CSRF
 * protection, a Content-Security-Policy that allows only the platform's own scripts and styles).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
				if (e instanceof SignInThrottledException throttled) {
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
					problem(response, HttpStatus.TOO_MANY_REQUESTS,
							"too many failed sign-ins from this address; try again after " + throttled.retryAfterSeconds() + " seconds");
				}
				else {
					problem(response, HttpStatus.UNAUTHORIZED, "sign in with HTTP Basic to use the API");
				}
			}))
			.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problem(response,
					HttpStatus.FORBIDDEN, "your role does not allow this")))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/public/**", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
						+ (e instanceof SignInThrottledException throttled ? "/login?throttled=" + throttled.retryAfterMinutes()
								: "/login?error")))
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
						+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'"))
				.referrerPolicy(Customizer.withDefaults()));
		return http.build();
	}

	private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
			throws java.io.IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}
}
