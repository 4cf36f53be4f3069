package org.ecooversight.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself, before the application sees the request (an address it refuses to
 * decode, such as {@code %00} or an encoded {@code /}): a problem (RFC 9457) for the API, a short
 * page in Chinese for anything else, in place of Tomcat's English error page. Everything that
 * reaches the application is answered by {@link ErrorPages} and {@link ProblemResponses}.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
				host.getPipeline().addValve(new ProblemReportValve());
			}
		});
	}

	@Override
	public int getOrder() {
		// after Spring Boot's own customizer, whose error report valve this one replaces
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Tomcat's error report, as a problem for the API and in the bundle's Chinese for pages. */
	public static class ProblemReportValve extends ErrorReportValve {

		public ProblemReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(true);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			String uri = String.valueOf(request.getCoyoteRequest().requestURI());
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				boolean api = uri.startsWith("/api/");
				response.setContentType(api ? "application/problem+json" : "text/html");
				Writer writer = response.getReporter();
				if (writer == null) {
					return;
				}
				if (api) {
					writer.write("{\"type\":\"about:blank\",\"title\":\"" + (status == 400 ? "Bad Request" : "Error")
							+ "\",\"status\":" + status + ",\"detail\":\"" + (status == 400
									? "the address is not valid (it may contain characters that are not allowed)"
									: "the request was refused") + "\"}");
				}
				else {
					ResourceBundle words = ResourceBundle.getBundle("messages/common", Locale.ROOT,
							ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
					int code = ErrorPages.pageCode(status);
					String title = HtmlUtils.htmlEscape(words.getString("error." + code + ".title"));
					writer.write("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title
							+ "</title></head><body><h1>" + code + " " + title + "</h1><p>"
							+ HtmlUtils.htmlEscape(words.getString("error." + code + ".text")) + "</p><p><a href=\"/\">"
							+ HtmlUtils.htmlEscape(words.getString("error.back")) + "</a></p></body></html>");
				}
				response.finishResponse();
			}
			catch (IOException | IllegalStateException e) {
				// the client is gone, or the response could not be written: nothing more to say
			}
		}
	}
}
