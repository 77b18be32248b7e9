package org.policysearch.page;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium driven through its own chromedriver. Both are named explicitly so
 * Selenium Manager never looks for (or downloads) a browser; when either is missing the browser
 * tests fail with what to install, because CI installs them and a skipped test proves nothing.
 */
final class Chromium {

    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver");
    /** Where distributions put them when PATH does not say. */
    private static final List<String> USUAL_DIRS = List.of("/usr/bin", "/usr/lib/chromium", "/snap/bin",
            "/usr/local/bin");
    private static final String DRIVER_PROPERTY = "webdriver.chrome.driver";

    private Chromium() {
    }

    /** A new headless browser with a fresh profile in {@code profile} and a viewport of the given size. */
    static ChromeDriver start(Path profile, int width, int height) {
        Path browser = find(BROWSER_NAMES).orElseThrow(() -> missing("a Chromium browser (" + BROWSER_NAMES + ")"));
        Path driver = find(DRIVER_NAMES).orElseThrow(() -> missing("chromedriver"));
        System.setProperty(DRIVER_PROPERTY, driver.toString());
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--hide-scrollbars", "--lang=zh-CN",
                        "--user-data-dir=" + profile.toAbsolutePath(),
                        "--window-size=" + width + "," + height);
        // Keeps the console readable to tests (a CSP violation is logged there as an error).
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        viewport(chrome, width, height);
        return chrome;
    }

    /**
     * Makes the page itself width × height CSS pixels (--window-size counts the invisible window
     * frame). Media queries follow it, so a phone-sized viewport shows the phone layout.
     */
    static void viewport(ChromeDriver chrome, int width, int height) {
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static Optional<Path> find(List<String> names) {
        Stream<String> pathDirs = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator));
        List<String> dirs = Stream.concat(pathDirs, USUAL_DIRS.stream()).filter(d -> !d.isBlank()).toList();
        return names.stream()
                .flatMap(name -> dirs.stream().map(dir -> Path.of(dir, name)))
                .filter(path -> Files.isRegularFile(path) && Files.isExecutable(path))
                .findFirst();
    }

    private static AssertionError missing(String what) {
        return new AssertionError("The browser tests need " + what + " on PATH or in " + USUAL_DIRS
                + ". On Debian: apt-get install chromium chromium-driver fonts-noto-cjk (.ci/run does this).");
    }

    /** A fresh, empty profile folder under {@code parent}. */
    static Path freshProfile(Path parent) throws IOException {
        return Files.createTempDirectory(parent, "chromium-profile");
    }
}
