package org.policysearch.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The real page in headless Chromium against the real service over the corpus (plus one notice
 * whose text carries markup). Figures are checked against the API and the notices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

    /** How many who-leads bars the page draws (LEADERS_SHOWN in web-static/js/insights.js). */
    private static final int LEADERS_SHOWN = 10;

    /**
     * 扶贫 in the title or text of 14 corpus tasks (10 of 2017, 3 of 2020, 1 of 2023); 自治区扶贫办
     * leads 8 of them.
     */
    private static final long POVERTY_TASKS = 14;
    private static final long POVERTY_TASKS_SINCE_2020 = 4;
    private static final String POVERTY_OFFICE = "宁夏回族自治区扶贫办";
    private static final long POVERTY_LED_BY_POVERTY_OFFICE = 8;

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static final String MARKUP = "<img src=x onerror=window.__pwned=1>";
    /** A notice as the parser reads them, whose first task carries live-looking markup. */
    private static final String MARKUP_NOTICE = """
            宁夏回族自治区人民政府办公厅关于开展网页标记安全检查的通知
            宁政办发〔2024〕7号
            各市、县（区）人民政府，自治区政府各部门、各直属机构：
            　　为做好网页标记安全检查工作，现将有关任务分工如下。
            　　一、重点任务
            　　1.开展网页标记<img src=x onerror=window.__pwned=1>安全检查。对<script>window.__pwned=2</script>等网页标记逐项清理。（牵头单位：自治区网信办；配合单位：自治区公安厅）
            　　2.建立网页标记检查台账。按月登记检查情况。（牵头单位：自治区网信办；配合单位：自治区大数据局）
            　　宁夏回族自治区人民政府办公厅
            　　2024年3月1日
            """;

    @TempDir
    static Path temp;

    private PageServer server;
    private ChromeDriver driver;
    private SearchPage page;
    private Api api;

    @BeforeAll
    void start() throws IOException {
        server = PageServer.start(temp, Map.of("900_markup.txt", MARKUP_NOTICE));
        driver = Chromium.start(Chromium.freshProfile(temp), WIDTH, HEIGHT);
        page = new SearchPage(driver, server.base());
        api = new Api(server.base());
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @Test
    void typingShowsHighlightedResultsAndTheApiTotal() {
        page.open("").type("扶贫");

        assertEquals(POVERTY_TASKS, page.shownTotal());
        JsonNode result = api.get("/api/search?q=" + encode("扶贫"));
        assertEquals(POVERTY_TASKS, result.get("total").asLong());
        assertEquals(taskIds(result), page.hitTaskIds());
        List<WebElement> marks = page.marks();
        assertFalse(marks.isEmpty(), "highlights in the results");
        for (WebElement mark : marks) assertEquals("扶贫", mark.getDomProperty("textContent"));
        assertEquals(POVERTY_LED_BY_POVERTY_OFFICE, page.facetCount("lead", POVERTY_OFFICE));
    }

    @Test
    void theYearHistogramShowsTheYearFacetAndFilters() {
        page.open("?q=" + encode("扶贫"));
        assertEquals(List.of("2017 年：10 项任务", "2018 年：0 项任务", "2019 年：0 项任务", "2020 年：3 项任务",
                "2021 年：0 项任务", "2022 年：0 项任务", "2023 年：1 项任务"), page.histogramLabels());

        page.histogramBar("2020").click();
        page.waitForUrl(url -> UrlParams.of(url).all("year").equals(List.of("2020")));
        assertEquals(3, page.shownTotal());
        assertEquals("true", page.histogramBar("2020").getDomAttribute("aria-pressed"));
    }

    @Test
    void theKeyboardTicksAFacetAndKeepsItsPlace() {
        page.open("?q=" + encode("扶贫"));
        WebElement box = page.facetBox("year", "2017");
        box.sendKeys(Keys.SPACE);
        page.waitForUrl(url -> UrlParams.of(url).all("year").equals(List.of("2017")));
        assertEquals(10, page.shownTotal());
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("year", focused.getDomAttribute("data-facet"));
        assertEquals("2017", focused.getDomAttribute("value"));
        assertTrue(focused.isSelected());
    }

    @Test
    void aTaskOpensInThePageWithItsOwnUrlAndClosesBackToItsLink() {
        page.open("?q=" + encode("扶贫"));
        String taskId = page.hitTaskIds().get(0);
        JsonNode task = api.get("/api/tasks/" + encode(taskId));
        WebElement link = page.hits().get(0).findElement(By.cssSelector(".hit-title a"));
        WebElement dialog = page.openTask(link);
        assertEquals(taskId, page.params().first("task"));
        assertEquals(task.get("title").asText(), dialog.findElement(By.id("task-dialog-title")).getText());
        assertTrue(dialog.getText().contains(task.get("text").asText()));

        dialog.sendKeys(Keys.ESCAPE);
        assertFalse(dialog.isDisplayed());
        assertEquals(link, driver.switchTo().activeElement());
        page.waitForUrl(url -> UrlParams.of(url).all("task").isEmpty());
        assertEquals("扶贫", page.params().first("q"));

        page.open("?q=" + encode("扶贫") + "&task=" + encode(taskId));
        WebElement shared = page.taskDialog();
        assertEquals(task.get("title").asText(), shared.findElement(By.id("task-dialog-title")).getText());
        shared.sendKeys(Keys.ESCAPE);
        page.waitForUrl(url -> UrlParams.of(url).all("task").isEmpty());
        assertEquals(POVERTY_TASKS, page.shownTotal());
    }

    @Test
    void typingKeepsOneHistoryEntrySoBackReturnsToTheSearchBefore() {
        page.open("?q=" + encode("乡村振兴"));
        page.type("扶贫").type("扶贫 教育");

        page.back();
        assertEquals("乡村振兴", page.params().first("q"));
        assertEquals("乡村振兴", page.searchBox().getDomProperty("value"));
        assertEquals(api.get("/api/search?q=" + encode("乡村振兴")).get("total").asLong(), page.shownTotal());
    }

    @Test
    void aDateRangeFromTheUrlFillsItsFieldsAndFilters() {
        page.open("?q=" + encode("扶贫") + "&from=2020-01-01");
        assertEquals("2020-01-01", driver.findElement(By.id("from")).getDomProperty("value"));
        assertEquals("", driver.findElement(By.id("to")).getDomProperty("value"));
        assertEquals(POVERTY_TASKS_SINCE_2020, page.shownTotal());
        assertEquals(POVERTY_TASKS_SINCE_2020,
                api.get("/api/search?q=" + encode("扶贫") + "&from=2020-01-01").get("total").asLong());

        page.chips().get(0).click();
        page.waitForUrl(url -> UrlParams.of(url).all("from").isEmpty());
        assertEquals("", driver.findElement(By.id("from")).getDomProperty("value"));
        assertEquals(POVERTY_TASKS, page.shownTotal());
    }

    @Test
    void aRemovedChipDropsItsFilter() {
        page.open("?q=" + encode("扶贫") + "&year=2017");
        assertEquals(1, page.chips().size());
        page.chips().get(0).click();
        page.waitForUrl(url -> UrlParams.of(url).all("year").isEmpty());
        assertEquals(api.get("/api/search?q=" + encode("扶贫")).get("total").asLong(), page.shownTotal());
    }

    @Test
    void theWhoLeadsBarsFilterByLead() {
        page.open("?q=" + encode("扶贫"));
        JsonNode ranking = api.get("/api/agencies/leading?q=" + encode("扶贫"));
        JsonNode top = ranking.get(0);
        List<WebElement> bars = page.leaderButtonsNaming(shownLeaders(ranking));

        bars.get(0).click();
        String canonical = top.get("canonical").asText();
        page.waitForUrl(url -> UrlParams.of(url).all("lead").equals(List.of(canonical)));
        assertEquals(top.get("leadTasks").asLong(), page.shownTotal());
        assertEquals("true", page.leaderButtons().get(0).getDomAttribute("aria-pressed"));
    }

    @Test
    void sortAndLineageFoldingAreChoicesInTheUrl() {
        page.open("?q=" + encode("扶贫"));
        new Select(driver.findElement(By.id("sort"))).selectByValue("date");
        page.waitForUrl(url -> UrlParams.of(url).first("sort").equals("date"));
        assertEquals(taskIds(api.get("/api/search?q=" + encode("扶贫") + "&sort=date")), page.hitTaskIds());

        driver.findElement(By.id("fold")).click();
        page.waitForUrl(url -> UrlParams.of(url).first("fold").equals("successor"));
        JsonNode folded = api.get("/api/agencies/leading?q=" + encode("扶贫") + "&fold=successor");
        page.leaderButtonsNaming(shownLeaders(folded));
        page.back();
        assertFalse(driver.findElement(By.id("fold")).isSelected());
    }

    @Test
    void exportLinksCarryExactlyTheCurrentSearch() {
        page.open("?q=" + encode("扶贫") + "&year=2017&sort=date&page=2&size=1");
        UrlParams shown = page.params().without("page").without("size");
        List<String> formats = new ArrayList<>();
        for (WebElement link : page.exportLinks()) {
            UrlParams params = UrlParams.of(link.getDomProperty("href"));
            formats.add(params.first("format"));
            assertEquals(shown.values(), params.without("format").values());
        }
        assertEquals(List.of("csv", "excel", "jsonl"), formats);

        List<String> bodies = page.exportLinks().stream().map(link -> {
            URI href = URI.create(link.getDomProperty("href"));
            return api.text(href.getRawPath() + "?" + href.getRawQuery());
        }).toList();
        assertTrue(bodies.get(0).startsWith("taskId,docId,"), bodies.get(0));
        assertTrue(bodies.get(1).startsWith("\uFEFFtaskId,docId,"), "Excel CSV starts with a byte-order mark");
        List<String> exported = bodies.get(2).lines().map(line -> Api.parse(line).get("taskId").asText())
                .sorted().toList();
        List<String> matching = taskIds(api.get("/api/search?q=" + encode("扶贫") + "&year=2017&size=100"));
        assertEquals(10, exported.size());
        assertEquals(matching.stream().sorted().toList(), exported);
    }

    @Test
    void markupInTheQueryStaysText() {
        page.open("").type(MARKUP + " 扶贫");

        assertNull(page.script("return window.__pwned;"));
        assertEquals(0, page.count("img"));
        assertTrue(page.results().getText().contains(MARKUP), "the query is shown as typed");
    }

    @Test
    void markupInANoticeStaysText() {
        page.open("?q=" + encode("网页标记"));

        List<WebElement> hits = page.hits();
        assertEquals(List.of("900_markup#1", "900_markup#2"), page.hitTaskIds().stream().sorted().toList());
        WebElement markupHit = hits.get(page.hitTaskIds().indexOf("900_markup#1"));
        assertTrue(markupHit.getText().contains("开展网页标记" + MARKUP + "安全检查"), markupHit.getText());
        assertTrue(markupHit.getText().contains("对<script>window.__pwned=2</script>等网页标记逐项清理"), markupHit.getText());
        assertFalse(page.marks().isEmpty());
        assertNull(page.script("return window.__pwned;"));
        assertEquals(0, page.count("img"));
        assertEquals(0, page.count("script"));
    }

    @Test
    void nothingFoundIsExplainedWithASuggestion() {
        page.open("?q=" + encode("扶贫 qzxv"));
        assertEquals(0L, page.shownTotal());
        String text = page.results().getText();
        assertTrue(text.contains("没有找到与「扶贫 qzxv」匹配的任务"), text);
        assertTrue(text.contains("「扶贫」") && text.contains("「qzxv」"), text);
        long withoutTerm = api.get("/api/search?q=" + encode("扶贫")).get("total").asLong();
        assertTrue(text.contains("去掉「qzxv」 → " + withoutTerm + " 项任务"), text);
    }

    @Test
    void aBadRequestShowsTheServersMessage() {
        page.open("?q=" + encode("扶贫") + "&size=101");
        JsonNode error = api.error("/api/search?q=" + encode("扶贫") + "&size=101");
        WebElement notice = page.notice();
        assertTrue(notice.isDisplayed());
        assertTrue(notice.getText().contains(error.get("message").asText()), notice.getText());
        assertTrue(notice.getText().contains("size"), notice.getText());
    }

    @Test
    void pagingMovesThroughTheResults() {
        page.open("");
        JsonNode second = api.get("/api/search?page=2");
        driver.findElement(By.cssSelector("#pager a[rel=next]")).click();
        page.waitForUrl(url -> UrlParams.of(url).first("page").equals("2"));
        assertEquals(taskIds(second), page.hitTaskIds());
        assertEquals("2", driver.findElement(By.cssSelector("#pager [aria-current=page]")).getText());
    }

    @Test
    void theConsoleStaysCleanUnderTheServicesContentSecurityPolicy() {
        page.open("");
        page.consoleProblems();
        page.open("?q=" + encode("扶贫")).type("扶贫 教育");
        page.facetBox("year", "2017").click();
        page.waitForUrl(url -> UrlParams.of(url).all("year").equals(List.of("2017")));
        page.openTask(page.hits().get(0).findElement(By.cssSelector(".hit-title a"))).sendKeys(Keys.ESCAPE);
        // Closing goes Back, asynchronously: left pending, it would take the next test's page back here.
        page.waitForUrl(url -> UrlParams.of(url).all("task").isEmpty());
        assertEquals(List.of(), page.consoleProblems());
    }

    @Test
    void slashFocusesTheSearchBox() {
        page.open("?q=" + encode("扶贫"));
        WebElement link = page.hits().get(0).findElement(By.cssSelector(".hit-title a"));
        link.sendKeys("/");
        assertEquals(page.searchBox(), driver.switchTo().activeElement());
        assertEquals("扶贫", page.searchBox().getDomProperty("value"), "the slash is not typed into the box");
    }

    @Test
    void onAPhoneTheFacetsFoldBehindASummary() {
        Chromium.viewport(driver, PHONE_WIDTH, PHONE_HEIGHT);
        try {
            page.open("?q=" + encode("扶贫"));
            WebElement filters = driver.findElement(By.id("filters"));
            assertNull(filters.getDomAttribute("open"));
            assertFalse(driver.findElement(By.id("facets")).isDisplayed());
            assertTrue(page.hits().get(0).getRect().getWidth() <= PHONE_WIDTH, "results fit the screen");

            filters.findElement(By.tagName("summary")).click();
            assertTrue(page.facetBox("lead", POVERTY_OFFICE).isDisplayed());
        } finally {
            Chromium.viewport(driver, WIDTH, HEIGHT);
        }
    }

    /**
     * The README's picture: 扶贫 with its hits, facets and who-leads bars, at the desktop size.
     * Written under target/; {@code mvn verify -Dscreenshot.readme=true} refreshes docs/screenshot.png.
     */
    @Test
    void screenshotForTheReadme() throws IOException {
        page.open("?q=" + encode("扶贫"));
        assertEquals(taskIds(api.get("/api/search?q=" + encode("扶贫"))), page.hitTaskIds());
        page.leaderButtonsNaming(shownLeaders(api.get("/api/agencies/leading?q=" + encode("扶贫"))));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        Path root = PageServer.projectRoot();
        Path shot = Boolean.getBoolean("screenshot.readme")
                ? root.resolve("docs/screenshot.png") : root.resolve("search-service/target/screenshot.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, png);
    }

    private static List<String> taskIds(JsonNode result) {
        return StreamSupport.stream(result.get("hits").spliterator(), false)
                .map(hit -> hit.get("taskId").asText()).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The bars the page draws for a ranking: agencies that lead something, the first ten (insights.js). */
    private static List<String> shownLeaders(JsonNode ranking) {
        return StreamSupport.stream(ranking.spliterator(), false)
                .filter(r -> r.get("leadTasks").asInt() > 0)
                .limit(LEADERS_SHOWN)
                .map(r -> r.get("agency").asText()).toList();
    }
}
