package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a citizen, an operator and an API client see when what they send cannot be taken: a form
 * too large for the container, a body that is no multipart, the wrong method or content type, an
 * unknown address, JSON that is no object. Over a real port, since Tomcat itself is part of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("错误的回答：页面可读，接口给出问题详情 / readable error pages and problem answers")
class ErrorAnswersTest {

	/** A description of 1.2 million characters: about 3.6 MB as UTF-8, beyond Tomcat's 2 MB for forms. */
	private static final String HUGE_DESCRIPTION = "污".repeat(1_200_000);

	@LocalServerPort
	int port;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	@DisplayName("公众举报表单提交超大描述：413，中文说明页面，可返回举报首页，日志无堆栈")
	void anOverSizeReportFormGetsAReadablePage(CapturedOutput output) throws Exception {
		HttpClient browser = browser();
		String csrf = csrf(browser, "/public");
		HttpResponse<String> multipart = send(browser, post("/public/report")
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(BodyPublishers.ofByteArray(multipart("b", "_csrf", csrf, "description", HUGE_DESCRIPTION, "townCode",
					"610922104"))));
		assertThat(multipart.statusCode()).isEqualTo(413);
		assertThat(multipart.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(multipart.body()).contains("提交的内容过大").contains("问题描述请控制在五千字以内").contains("href=\"/public\"")
			.doesNotContain("HTTP Status");

		HttpResponse<String> form = send(browser, post("/public/report")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&description="
					+ URLEncoder.encode(HUGE_DESCRIPTION, StandardCharsets.UTF_8))));
		assertThat(form.statusCode()).isEqualTo(413);
		assertThat(form.body()).contains("提交的内容过大");

		HttpResponse<String> broken = send(browser, post("/public/report")
			.header("Content-Type", "multipart/form-data")
			.POST(BodyPublishers.ofString("abc")));
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.body()).contains("请求无法处理").contains("请返回上一页检查后重新提交");
		assertThat(output.getAll()).as("no stack trace in the log").doesNotContain("\tat org.");
	}

	@Test
	@DisplayName("热线受理表单提交超大描述：413，中文说明页面")
	void anOverSizeIntakeFormGetsAReadablePage() throws Exception {
		HttpClient browser = browser();
		String login = csrf(browser, "/login");
		HttpResponse<String> signedIn = send(browser, post("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=office&password=demo1234&_csrf=" + URLEncoder.encode(login, StandardCharsets.UTF_8))));
		assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
		String csrf = csrf(browser, "/intake");
		HttpResponse<String> intake = send(browser, post("/intake")
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(BodyPublishers.ofByteArray(multipart("b", "_csrf", csrf, "description", HUGE_DESCRIPTION))));
		assertThat(intake.statusCode()).isEqualTo(413);
		assertThat(intake.body()).contains("提交的内容过大").contains("返回我的待办").contains("href=\"/?lang=en\"");

		// a source the form does not offer (an edited request): the form again, the message at the field, the text kept
		csrf = csrf(browser, "/intake");
		HttpResponse<String> channel = send(browser, post("/intake")
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(BodyPublishers.ofByteArray(multipart("b", "_csrf", csrf, "channel", "NO_SUCH_CHANNEL", "description",
					"池河镇某厂夜间偷排废水", "townCode", "610922104", "pollutionTypes", "WATER", "anonymous", "true"))));
		assertThat(channel.statusCode()).isEqualTo(200);
		assertThat(channel.body()).contains("请选择列表中的来源").contains("池河镇某厂夜间偷排废水");

		HttpResponse<String> filter = send(browser, HttpRequest.newBuilder(url("/problems?status=NO_SUCH_STATUS"))
			.header("Accept", "text/html"));
		assertThat(filter.statusCode()).as("an edited filter").isEqualTo(400);
		assertThat(filter.body()).contains("请求无法处理");

		HttpResponse<String> unknown = send(browser, HttpRequest.newBuilder(url("/no-such-page")).header("Accept", "text/html"));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("页面不存在");
	}

	@Test
	@DisplayName("接口：方法不对405、类型不对415、地址不存在404、超大413、坏的multipart 400，均为问题详情")
	void theApiAnswersEveryRefusalAsAProblem() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		assertProblem(send(client, api("/api/v1/persons", "office").method("PUT", BodyPublishers.noBody())), 405, null);
		assertProblem(send(client, api("/api/v1/persons", "sysadmin").header("Content-Type", "text/plain")
			.POST(BodyPublishers.ofString("abc"))), 415, null);
		assertProblem(send(client, api("/api/v1/leads", "office").header("Content-Type", "text/plain")
			.POST(BodyPublishers.ofString("abc"))), 415, null);
		assertProblem(send(client, api("/api/v1/no-such-thing", "office").GET()), 404, null);
		assertProblem(send(client, api("/api/v1/public/leads", null).header("Content-Type", "multipart/form-data")
			.POST(BodyPublishers.ofString("abc"))), 400, "multipart");
		assertProblem(send(client, api("/api/v1/public/leads", null).header("Content-Type", "multipart/form-data; boundary=x")
			.POST(BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"lead\"\r\n\r\n{"))), 400, "multipart");
		byte[] photo = new byte[11 * 1024 * 1024];
		assertProblem(send(client, api("/api/v1/public/leads", null).header("Content-Type", "multipart/form-data; boundary=b")
			.POST(BodyPublishers.ofByteArray(multipartWithFile("b", photo)))), 413, "10 MB");
		assertProblem(send(client, HttpRequest.newBuilder(url("/api/v1/units/%00")).GET()), 400, "address");
	}

	@Test
	@DisplayName("JSON 的 null 或 [] 不是对象：回答“需要一个 JSON 对象”，不说“不是合法 JSON”")
	void jsonThatIsNoObjectIsCalledSo() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String body : new String[] { "null", "[]", "\"text\"", "" }) {
			HttpResponse<String> r = send(client, api("/api/v1/persons", "sysadmin").header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString(body)));
			JsonNode problem = assertProblem(r, 400, "a JSON object is required");
			assertThat(problem.path("errors").isMissingNode()).as("no field is to blame for %s", body).isTrue();
		}
		HttpResponse<String> malformed = send(client, api("/api/v1/persons", "sysadmin").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"name\":")));
		assertProblem(malformed, 400, "not valid JSON");
		HttpResponse<String> nul = send(client, api("/api/v1/persons", "sysadmin").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"name\":\"张\\u0000三\"}")));
		assertThat(assertProblem(nul, 400, "NUL").path("errors").get(0).path("field").asString()).isEqualTo("name");
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status, String detail) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
			.startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		if (detail != null) {
			assertThat(problem.path("detail").asString()).contains(detail);
		}
		return problem;
	}

	private HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** The CSRF token of a page's form, as the browser reads it. */
	private String csrf(HttpClient browser, String path) throws Exception {
		HttpResponse<String> page = send(browser, HttpRequest.newBuilder(url(path)).header("Accept", "text/html"));
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).as("a form with a CSRF token on %s", path).isTrue();
		return token.group(1);
	}

	private HttpRequest.Builder post(String path) {
		return HttpRequest.newBuilder(url(path)).header("Accept", "text/html,application/xhtml+xml");
	}

	private HttpRequest.Builder api(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Accept", "application/json");
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
		return client.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static byte[] multipart(String boundary, String... fields) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
				.append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
		}
		body.append("--").append(boundary).append("--\r\n");
		return body.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] multipartWithFile(String boundary, byte[] file) throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"lead\"\r\nContent-Type: application/json\r\n\r\n"
				+ "{\"description\":\"池河镇某厂排污\",\"townCode\":\"610922104\",\"pollutionTypes\":[\"WATER\"],"
				+ "\"reporter\":{\"anonymous\":true}}\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"site.png\"\r\nContent-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(file);
		out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}
}
