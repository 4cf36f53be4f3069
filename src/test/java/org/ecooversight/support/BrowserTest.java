package org.ecooversight.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform on a real port, driven by a real browser: Debian's chromium as found on PATH
 * (Playwright downloads no browser), headless. Screenshots of each step go to
 * {@code target/screenshots/<test class>/}, for a reviewer to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
public abstract class BrowserTest {

	private static Playwright playwright;
	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;
	protected Page page;
	private String testName;
	private final AtomicInteger step = new AtomicInteger();

	@BeforeAll
	static void launch() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-background-networking")));
	}

	@AfterAll
	static void quit() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	private MutableClock platformClock;

	/**
	 * The platform's clock stands still in tests, and lists of the newest (the desk's 50 waiting leads)
	 * order what was received at the same instant by id: each browser test starts a second later, so
	 * what it registers is newer than what earlier tests left in the shared database.
	 */
	@BeforeEach
	void open(TestInfo info) {
		platformClock.advance(java.time.Duration.ofSeconds(1));
		context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
		page = context.newPage();
		testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
	}

	private final List<BrowserContext> others = new java.util.ArrayList<>();

	@AfterEach
	void close() {
		context.close();
		others.forEach(BrowserContext::close);
		others.clear();
	}

	/** A fresh browser (its own session) signed in as a demo user; becomes the page screenshots are taken of. */
	protected Page as(String user) {
		BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
		others.add(other);
		page = other.newPage();
		signIn(user);
		return page;
	}

	/** The one browser of the test class, for a context with other options (a language, a phone's screen). */
	protected static Browser browser() {
		return browser;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A screenshot of the whole page as it is now, numbered in the order taken. */
	protected void shot(String name) {
		Path dir = Paths.get("target", "screenshots", getClass().getSimpleName());
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(dir.resolve(testName + "-" + String.format("%02d", step.incrementAndGet()) + "-" + name + ".png")));
	}

	/** Signs in through the login page as a demo user. */
	protected void signIn(String user) {
		page.navigate(url("/login"));
		page.getByLabel("用户名").fill(user);
		page.getByLabel("密码").fill("demo1234");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("登录")).click();
	}

	/** The chromium executable on PATH (Debian's package), as CI installs it. */
	static Path chromium() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String name : List.of("chromium", "chromium-browser")) {
				Path candidate = Paths.get(dir, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		throw new IllegalStateException("chromium is not on PATH: install Debian's chromium package (.ci/run does)");
	}

	/** A tiny PNG photo, as a phone would upload one. */
	protected static Path photo() throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new java.awt.Color(120, 110, 100));
		g.fillRect(0, 0, 64, 48);
		g.dispose();
		Path file = Files.createTempFile("site-photo", ".png");
		javax.imageio.ImageIO.write(image, "png", file.toFile());
		return file;
	}
}
