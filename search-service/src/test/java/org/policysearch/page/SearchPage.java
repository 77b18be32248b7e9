package org.policysearch.page;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page as a test drives it: what to do on it and what to read from it. */
final class SearchPage {

    /** Waits are for the page to settle, never a measure of speed. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final URI base;

    SearchPage(WebDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** Opens the page at {@code query} (e.g. {@code ?q=扶贫}, or empty) and waits for its results. */
    SearchPage open(String query) {
        driver.get(base.resolve("/" + query).toString());
        return settle();
    }

    /** Types into the search box (after clearing it) and waits until the URL carries the query. */
    SearchPage type(String text) {
        WebElement box = searchBox();
        box.clear();
        box.sendKeys(text);
        return waitForUrl(url -> UrlParams.of(url).first("q").equals(text));
    }

    /** Waits until the URL satisfies a condition and the request it started has been answered. */
    SearchPage waitForUrl(Predicate<String> condition) {
        waiting("the URL to change as asked").until(d -> condition.test(d.getCurrentUrl()));
        return settle();
    }

    /**
     * A wait that, when it runs out, says what it waited for and how the page stood: a timeout on
     * CI then tells a click that did nothing from a request that never came back.
     */
    private WebDriverWait waiting(String what) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.withMessage(() -> what + "; the page: " + describe());
        return wait;
    }

    private String describe() {
        return "url=" + driver.getCurrentUrl()
                + ", busy=" + results().getDomAttribute("aria-busy")
                + ", count=" + driver.findElement(By.id("result-count")).getText()
                + ", leaders=" + leaderNames()
                + ", focused=" + script("return document.activeElement?.dataset?.focus ?? document.activeElement?.id")
                + ", console=" + consoleProblems();
    }

    /** Waits until no search is in flight and the result count is shown. */
    SearchPage settle() {
        waiting("the search to be answered").until(d ->
                "false".equals(d.findElement(By.id("results")).getDomAttribute("aria-busy"))
                        && !d.findElement(By.id("result-count")).getText().isBlank());
        return this;
    }

    WebElement searchBox() {
        return driver.findElement(By.id("q"));
    }

    String url() {
        return driver.getCurrentUrl();
    }

    UrlParams params() {
        return UrlParams.of(url());
    }

    String countText() {
        return driver.findElement(By.id("result-count")).getText();
    }

    /** The total in the live region, as a number. */
    long shownTotal() {
        return Long.parseLong(driver.findElement(By.cssSelector("#result-count strong")).getText().replace(",", ""));
    }

    List<WebElement> hits() {
        return driver.findElements(By.cssSelector("#results article.hit"));
    }

    List<String> hitTaskIds() {
        return hits().stream().map(hit -> hit.getDomAttribute("data-task-id")).toList();
    }

    List<WebElement> marks() {
        return driver.findElements(By.cssSelector("#results article.hit mark"));
    }

    /** A facet's checkbox for one value (the value as the API gives it), showing all values first. */
    WebElement facetBox(String facet, String value) {
        for (WebElement more : driver.findElements(By.cssSelector("#facets .facet-" + facet + " .facet-more"))) {
            if ("false".equals(more.getDomAttribute("aria-expanded"))) more.click();
        }
        return driver.findElements(By.cssSelector("#facets input[data-facet='" + facet + "']")).stream()
                .filter(box -> value.equals(box.getDomAttribute("value")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + facet + " facet value " + value));
    }

    /** The count printed beside a facet value. */
    long facetCount(String facet, String value) {
        WebElement box = facetBox(facet, value);
        WebElement label = driver.findElement(By.cssSelector("label[for='" + box.getDomAttribute("id") + "']"));
        return Long.parseLong(label.findElement(By.className("facet-count")).getText().replace(",", ""));
    }

    List<WebElement> chips() {
        return driver.findElements(By.cssSelector("#chips .chip"));
    }

    List<WebElement> leaderButtons() {
        return driver.findElements(By.cssSelector("#leaders button.leader"));
    }

    /**
     * Waits until the who-leads bars name {@code agencies}, first to last, and returns the bars.
     * The ranking is a request of its own and may render after the hits, notably on a loaded
     * machine; a page that never shows it fails here with a timeout.
     */
    List<WebElement> leaderButtonsNaming(List<String> agencies) {
        waiting("the who-leads bars to name " + agencies).ignoring(StaleElementReferenceException.class)
                .until(d -> leaderNames().equals(agencies));
        return leaderButtons();
    }

    List<String> leaderNames() {
        return leaderButtons().stream().map(bar -> bar.findElement(By.className("leader-name")).getText()).toList();
    }

    /** The year histogram's bars as announced, oldest first. */
    List<String> histogramLabels() {
        return driver.findElements(By.cssSelector("#histogram button")).stream()
                .map(bar -> bar.getDomAttribute("aria-label")).toList();
    }

    WebElement histogramBar(String year) {
        return driver.findElement(By.cssSelector("#histogram button[data-focus='year-" + year + "']"));
    }

    List<WebElement> exportLinks() {
        return driver.findElements(By.cssSelector("#exports a.export-link"));
    }

    /** Clicks a task link and waits for the task to fill the dialog, which it returns. */
    WebElement openTask(WebElement link) {
        link.click();
        return taskDialog();
    }

    /** The task dialog once a task fills it. */
    WebElement taskDialog() {
        WebElement dialog = driver.findElement(By.id("task-dialog"));
        waiting("a task in the dialog").until(d -> !dialog.findElements(By.id("task-dialog-title")).isEmpty());
        return dialog;
    }

    WebElement notice() {
        return driver.findElement(By.id("notice"));
    }

    WebElement results() {
        return driver.findElement(By.id("results"));
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** Elements under the main area matching a selector: what the escaping tests count. */
    int count(String cssSelector) {
        return driver.findElements(By.cssSelector("main " + cssSelector)).size();
    }

    /** Console errors and warnings since the last call (reading clears them). */
    List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    void reload() {
        driver.navigate().refresh();
        settle();
    }

    void back() {
        driver.navigate().back();
        settle();
    }
}
