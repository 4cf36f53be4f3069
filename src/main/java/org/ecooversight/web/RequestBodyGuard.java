package org.ecooversight.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a NUL character in the query or a form field (PostgreSQL cannot store or compare one, and
 * no real text has one), and reads a form or multipart body before anything else does, so that a body that cannot be read
 * (no boundary, cut off, larger than the container accepts) is refused with 400 or 413 and a
 * readable answer, instead of failing inside a filter (the CSRF check reads the form) with a 500
 * and a stack trace. The refusal goes to the error path ({@link ErrorPages}): a problem for the
 * API, the error page for a browser. Logged at debug level: anyone can send such a body.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyGuard {

	static final String UNREADABLE_MULTIPART = "the request body is not a readable multipart/form-data body";

	static final String UNREADABLE_FORM = "the form could not be read";

	static final String TOO_LARGE = "the request is larger than the platform accepts (a form at most 2 MB, "
			+ "a file at most 10 MB, a whole request at most 64 MB)";

	private static final Logger log = LoggerFactory.getLogger(RequestBodyGuard.class);

	/** Why a body was refused: for the API (detail) and for the page (message key). */
	record Refusal(String detail, String messageKey, String field, String reason) {

		Refusal(String detail, String messageKey) {
			this(detail, messageKey, null, null);
		}

		static final String ATTRIBUTE = Refusal.class.getName();
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestBodyGuardFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		// before Spring Security's chain, whose CSRF check reads the form
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		registration.setName("requestBodyGuard");
		return registration;
	}

	static final class Guard extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				// the error page of a refused body must not read the body again
				chain.doFilter(request.getAttribute(Refusal.ATTRIBUTE) != null ? new WithoutBody(request) : request,
						response);
				return;
			}
			Refusal refusal = read(request);
			if (refusal == null) {
				chain.doFilter(request, response);
				return;
			}
			request.setAttribute(Refusal.ATTRIBUTE, refusal);
			response.sendError(refusal == TOO_LARGE_REFUSAL ? HttpStatus.CONTENT_TOO_LARGE.value()
					: HttpStatus.BAD_REQUEST.value());
		}

		@Override
		protected boolean shouldNotFilterAsyncDispatch() {
			return true;
		}

		private static Refusal read(HttpServletRequest request) {
			String query = request.getQueryString();
			if (query != null && query.toUpperCase(java.util.Locale.ROOT).contains("%00")) {
				log.debug("Refused a NUL character in the query of {}", request.getRequestURI());
				return NUL_IN_QUERY_REFUSAL;
			}
			Refusal body = readBody(request);
			if (body != null) {
				return body;
			}
			if ("POST".equalsIgnoreCase(request.getMethod()) && request.getContentType() != null) {
				for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
					for (String value : parameter.getValue()) {
						if (value != null && value.indexOf('\u0000') >= 0) {
							log.debug("Refused a NUL character in the form field {} of {}", parameter.getKey(),
									request.getRequestURI());
							return new Refusal(parameter.getKey() + ": " + JsonBodies.NUL_REASON, "error.400.form",
									parameter.getKey(), JsonBodies.NUL_REASON);
						}
					}
				}
			}
			return null;
		}

		private static Refusal readBody(HttpServletRequest request) {
			String type = request.getContentType();
			if (type == null || !"POST".equalsIgnoreCase(request.getMethod())) {
				return null;
			}
			MediaType mediaType;
			try {
				mediaType = MediaType.parseMediaType(type);
			}
			catch (RuntimeException e) {
				return null; // the dispatcher answers 415
			}
			boolean multipart = MediaType.MULTIPART_FORM_DATA.includes(mediaType);
			if (!multipart && !MediaType.APPLICATION_FORM_URLENCODED.includes(mediaType)) {
				return null;
			}
			try {
				if (multipart) {
					request.getParts();
				}
				else {
					request.getParameterMap();
				}
				return null;
			}
			catch (IOException | ServletException | RuntimeException e) {
				boolean tooLarge = tooLarge(e);
				log.debug("Refused an unreadable {} body on {}: {}", multipart ? "multipart" : "form",
						request.getRequestURI(), e.toString());
				return tooLarge ? TOO_LARGE_REFUSAL : multipart ? UNREADABLE_MULTIPART_REFUSAL : UNREADABLE_FORM_REFUSAL;
			}
		}

		/** Tomcat's size limits: maxPostSize for forms, the multipart file and request limits. */
		private static boolean tooLarge(Throwable e) {
			for (Throwable t = e; t != null; t = t.getCause()) {
				String name = t.getClass().getSimpleName();
				String message = String.valueOf(t.getMessage());
				if (name.contains("SizeException") || name.contains("SizeLimitExceeded") || message.contains("maxPostSize")
						|| message.contains("size of the posted data was too big") || message.contains("exceeds its maximum")) {
					return true;
				}
				if (t.getCause() == t) {
					break;
				}
			}
			return false;
		}
	}

	private static final Refusal TOO_LARGE_REFUSAL = new Refusal(TOO_LARGE, "error.413.form");

	private static final Refusal UNREADABLE_MULTIPART_REFUSAL = new Refusal(UNREADABLE_MULTIPART, "error.400.form");

	private static final Refusal UNREADABLE_FORM_REFUSAL = new Refusal(UNREADABLE_FORM, "error.400.form");

	private static final Refusal NUL_IN_QUERY_REFUSAL = new Refusal(
			"the query must not contain the NUL character (%00)", "error.400.text", "query", JsonBodies.NUL_REASON);

	/**
	 * The request as the error page sees it after its body was refused: a GET without parameters or
	 * parts (so that neither the CSRF check nor anything else reads the body again).
	 */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

		@Override
		public String getContentType() {
			return null;
		}
	}
}
