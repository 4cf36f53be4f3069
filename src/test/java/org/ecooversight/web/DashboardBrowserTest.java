package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.ecooversight.region.JurisdictionBoundary;
import org.ecooversight.shared.ChinaTime;
import org.ecooversight.support.BrowserTest;
import org.ecooversight.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard and the problem map in a real browser, under the platform's Content-Security-Policy:
 * the charts are drawn, the rankings listed, the county's outline and the problems shown without
 * any tile server; a town's handler is refused both.
 */
@DisplayName("统计分析与问题地图（浏览器）/ dashboard and map in a browser")
class DashboardBrowserTest extends BrowserTest {

	@Autowired
	JurisdictionBoundary boundary;

	@Autowired
	MutableClock clock;

	@Autowired
	JsonMapper json;

	private Instant saved;

	@AfterEach
	void backToNow() {
		if (saved != null) {
			clock.set(saved);
		}
	}

	@Test
	@DisplayName("县领导看到统计图、排名表；手机宽度下同样可用")
	void aCountyLeaderReadsTheDashboard() throws Exception {
		List<String> violations = cspViolations();
		problemsOnTheMap();
		signIn("leader");
		page.navigate(url("/dashboard"));
		for (String chart : List.of("chart-type", "chart-channel", "chart-town", "chart-month")) {
			page.locator("#" + chart + " canvas").waitFor();
		}
		assertThat(page.locator(".charts canvas").count()).isGreaterThanOrEqualTo(4);
		assertThat(page.locator("#ranking-towns tbody tr").count()).isGreaterThan(0);
		assertThat(page.locator("#ranking-towns tbody td.empty").count()).isZero();
		assertThat(page.locator("#ranking-units tbody tr").count()).isGreaterThan(0);
		assertThat(Long.parseLong(page.locator("#kpi-problems").textContent().strip())).isGreaterThanOrEqualTo(4);
		assertThat(page.locator(".app-nav a.active").textContent()).isEqualTo("统计分析");
		page.waitForTimeout(900); // let the charts' entry animation finish before the picture
		shot("dashboard");

		// A period with nothing in it: the charts say so, the tables too.
		page.getByLabel("受理日期 自").fill("2020-01-01");
		page.getByLabel("至").fill("2020-01-31");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("统计")).click();
		page.locator("#chart-type canvas").waitFor();
		assertThat(page.locator("#kpi-problems").textContent().strip()).isEqualTo("0");
		assertThat(page.locator("#ranking-towns td.empty").count()).isEqualTo(1);
		shot("empty-period");

		page.setViewportSize(390, 844);
		page.navigate(url("/dashboard"));
		page.locator("#chart-month canvas").waitFor();
		page.waitForTimeout(900);
		shot("phone");

		// in English: the page's words, the charts' series and the names of channels and types
		page.setViewportSize(1280, 900);
		page.navigate(url("/dashboard?lang=en"));
		page.locator("#chart-type canvas").waitFor();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Statistics")).isVisible()).isTrue();
		assertThat(page.locator("#ranking-towns thead").textContent()).contains("Rank").contains("Rate");
		assertThat(page.request().get(url("/dashboard/data")).text()).contains("12369 hotline").contains("Air pollution")
			.doesNotContain("大气污染");
		page.waitForTimeout(900);
		shot("english");
		page.setViewportSize(390, 844);
		page.navigate(url("/dashboard"));
		page.locator("#chart-month canvas").waitFor();
		page.waitForTimeout(900);
		shot("phone-english");
		assertThat(violations).isEmpty();
	}

	@Test
	@DisplayName("问题地图：县界轮廓、按预警颜色的点位、聚合、热力图，弹窗中文字按文本显示并链接到问题页")
	void aCountyLeaderSeesTheProblemsOnTheMap() throws Exception {
		List<String> violations = cspViolations();
		problemsOnTheMap();
		signIn("leader");
		page.navigate(url("/map"));
		page.locator("#map[data-ready=true]").waitFor();
		assertThat(page.locator("path.county-boundary").count()).isEqualTo(1);
		assertThat(page.locator("path.county-boundary").getAttribute("d")).hasSizeGreaterThan(100);
		Locator markers = page.locator(".problem-marker, .problem-cluster");
		assertThat(markers.count()).isGreaterThan(0);
		assertThat(page.locator("#map-summary").textContent()).contains("石泉县");
		assertThat(page.locator(".leaflet-tile").count()).as("no tile server").isZero();
		shot("map");

		// Open a problem standing alone (zooming into a cluster if none does yet).
		Locator single = page.locator(".problem-marker");
		for (int i = 0; i < 12 && single.count() == 0; i++) {
			page.locator(".problem-cluster").first().click();
			page.waitForTimeout(700);
		}
		String title = single.first().getAttribute("title");
		single.first().click();
		Locator popup = page.locator(".problem-popup");
		popup.waitFor();
		String code = popup.locator(".popup-code").textContent();
		assertThat(title).startsWith(code + " ");
		// other tests share the database and may have placed problems too: the code is a real problem's
		assertThat(code).matches("SQ-\\d{4}-\\d{6}");
		assertThat(page.request().get(url("/map/data")).text()).contains(code);
		assertThat(popup.textContent()).contains("状态").contains("预警");
		assertThat(popup.locator("a").getAttribute("href")).matches("/problems/[0-9a-f-]{36}");
		page.waitForTimeout(400); // the popup fades in
		shot("popup");

		page.getByLabel("热力图").check();
		page.locator("canvas.heat-layer").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
		page.getByLabel("问题点位（聚合）").uncheck();
		page.waitForTimeout(400);
		assertThat(heatPixels()).isGreaterThan(200);
		assertThat(page.locator(".leaflet-heat-pane").evaluate("p => getComputedStyle(p).zIndex")).isEqualTo("450");
		shot("heat");

		page.setViewportSize(390, 844);
		page.navigate(url("/map"));
		page.locator("#map[data-ready=true]").waitFor();
		shot("phone");

		// in English: legend, layers, summary and the markers' status and warning
		page.setViewportSize(1280, 900);
		page.navigate(url("/map?lang=en"));
		page.locator("#map[data-ready=true]").waitFor();
		assertThat(page.getByLabel("Heat map").count()).isEqualTo(1);
		assertThat(page.locator("#map-summary").textContent()).contains("problems on the map");
		assertThat(page.locator(".legend").textContent()).contains("Red warning (overdue)");
		assertThat(page.request().get(url("/map/data")).text()).contains("\"colourLabel\":\"Red: overdue\"")
			.doesNotContain("红色");
		shot("english");
		assertThat(violations).isEmpty();
	}

	@Test
	@DisplayName("镇经办人打开统计分析或问题地图得到 403")
	void aTownHandlerIsRefused() {
		signIn("chihe");
		assertThat(page.navigate(url("/dashboard")).status()).isEqualTo(403);
		assertThat(page.navigate(url("/dashboard/data")).status()).isEqualTo(403);
		assertThat(page.navigate(url("/map")).status()).isEqualTo(403);
		assertThat(page.navigate(url("/map/data")).status()).isEqualTo(403);
	}

	/** Messages of the browser that report a blocked script or style (CSP), collected as they come. */
	private List<String> cspViolations() {
		List<String> violations = new ArrayList<>();
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy")) {
				violations.add(m.text());
			}
		});
		return violations;
	}

	/** How many pixels the heat layer has painted. */
	private int heatPixels() {
		Object painted = page.evaluate("() => { const c = document.querySelector('canvas.heat-layer');"
				+ " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
				+ " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }");
		return ((Number) painted).intValue();
	}

	/**
	 * Six problems with coordinates in the county, through the API as the intake desk and the task
	 * force enter them: two only accepted, two assigned due tomorrow and overdue (red) once the clock
	 * has moved on five days, two due in twenty days. Returns their codes.
	 */
	private List<String> problemsOnTheMap() throws Exception {
		double[] centre = boundary.centre();
		List<double[]> points = new ArrayList<>();
		double[][] offsets = { { 0, 0 }, { 0.004, 0.003 }, { -0.09, 0.05 }, { 0.08, -0.07 }, { 0.05, 0.1 },
				{ -0.06, -0.08 }, { 0.12, 0.02 }, { -0.12, 0.0 } };
		for (double[] o : offsets) {
			if (boundary.contains(centre[0] + o[0], centre[1] + o[1])) {
				points.add(new double[] { centre[0] + o[0], centre[1] + o[1] });
			}
		}
		assertThat(points).hasSizeGreaterThanOrEqualTo(6);
		String[] towns = { "610922100", "610922104", "610922105" };
		List<String> codes = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			JsonNode lead = api("office", "/api/v1/leads", Map.of("channel", i % 2 == 0 ? "HOTLINE_12369" : "SPECIAL_PATROL",
					"description", "地图测试问题 " + UUID.randomUUID().toString().substring(0, 6), "townCode",
					towns[i % 3], "address", "石泉县某村", "longitude", points.get(i)[0], "latitude", points.get(i)[1],
					"pollutionTypes", List.of(i % 2 == 0 ? "AIR" : "WATER"), "reporter", Map.of("anonymous", true)));
			JsonNode problem = api("taskforce", "/api/v1/leads/" + lead.path("id").asString() + "/accept", null);
			codes.add(problem.path("code").asString());
			ids.add(problem.path("id").asString());
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
		for (int i = 2; i < 6; i++) {
			api("taskforce", "/api/v1/problems/" + ids.get(i) + "/assign",
					Map.of("requirements", "限期整改", "deadline", today.plusDays(i < 4 ? 1 : 20).toString()));
		}
		saved = clock.instant();
		clock.advance(Duration.ofDays(5));
		return codes;
	}

	private JsonNode api(String user, String path, Object body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 201);
		return json.readTree(response.body());
	}
}
