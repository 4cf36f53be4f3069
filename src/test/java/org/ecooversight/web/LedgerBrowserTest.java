package org.ecooversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecooversight.support.BrowserTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ledger in a browser: filters, the workbench's colour tiles, the Excel export, each role its own scope. */
@DisplayName("问题台账（浏览器）/ the ledger in a browser")
class LedgerBrowserTest extends BrowserTest {

	@Test
	@DisplayName("专班按镇筛选问题台账并导出 Excel；镇只看到本镇的问题")
	void theTaskForceFiltersAndExportsAndATownSeesItsOwn() throws Exception {
		as("taskforce");
		shot("workbench");
		assertThat(page.locator(".tile").count()).isGreaterThanOrEqualTo(3);
		page.navigate(url("/problems"));
		page.getByLabel("镇", new Page.GetByLabelOptions().setExact(true)).selectOption("610922104");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
		assertThat(page.url()).contains("town=610922104");
		assertThat(page.locator("tbody tr td:nth-child(4)").allTextContents()).allMatch(t -> t.equals("池河镇"));
		shot("filtered");

		// ordered by deadline, earliest first, within the same filter; again: latest first
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("整改期限")).click();
		assertThat(page.url()).contains("town=610922104").contains("sort=deadline").contains("dir=asc");
		assertThat(page.locator("th[aria-sort=ascending]").textContent()).contains("整改期限");
		java.util.List<String> deadlines = page.locator("tbody tr td:nth-child(7)").allTextContents();
		java.util.List<String> dated = deadlines.stream().filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).toList();
		assertThat(dated).isSorted();
		assertThat(deadlines.subList(0, dated.size())).as("problems without a deadline come last").isEqualTo(dated);
		shot("by-deadline");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("整改期限")).click();
		assertThat(page.url()).contains("dir=desc");
		java.util.List<String> latestFirst = page.locator("tbody tr td:nth-child(7)")
			.allTextContents()
			.stream()
			.filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))
			.toList();
		assertThat(latestFirst).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		Download download = page.waitForDownload(() -> page.getByText("导出 Excel").click());
		Path file = Files.createTempFile("ledger", ".xlsx");
		download.saveAs(file);
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("问题编号");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(sheet.getRow(i).getCell(4).getStringCellValue()).isEqualTo("池河镇");
			}
		}

		as("houliu");
		page.navigate(url("/problems"));
		assertThat(page.locator("tbody tr td:nth-child(4)").allTextContents()).allMatch(t -> t.equals("后柳镇") || t.contains("没有"));
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("线索受理")).count()).as("not offered").isZero();
		assertThat(page.navigate(url("/intake")).status()).isEqualTo(403);
		shot("town-scope");
	}
}
