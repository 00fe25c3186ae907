package org.oncoev.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevCommand;
import org.oncoev.pipeline.search.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * End to end in headless Chromium (Debian's chromium + chromedriver; skipped when absent): ingests two papers
 * written for the test into a fresh PostgreSQL database, starts {@code serve} on a free port, searches from the
 * box, checks highlighted hits and facet filters, the strict-mode error, then opens a document and checks that
 * each fact link marks exactly the fact's characters in its passage. With {@code -Doncoev.screenshots=DIR} the
 * result page and the document view are saved there as PNG.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path work;
    static String database;
    static ConfigurableApplicationContext server;
    static WebDriver driver;
    static WebDriverWait wait;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        database = TestDatabase.create("browser");
        String url = TestDatabase.url(database);
        Path home = work.resolve("home");
        Path corpus = BrowserCorpus.write(work.resolve("corpus"));
        int rc = OncoevCommand.commandLine().execute("ingest", corpus.toString(), "--db-url", url, "--home", home.toString());
        assertEquals(0, rc, "ingest exit code");
        server = ServeCommand.start(GlobalOptions.of(url, home), 0, "127.0.0.1");
        base = "http://127.0.0.1:" + ServeCommand.port(server) + "/";
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        driver = headlessChromium(work);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Debian's headless chromium driven by chromedriver, with a fresh profile under {@code work}. */
    static ChromeDriver headlessChromium(Path work) throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900",
                "--user-data-dir=" + Files.createTempDirectory(work, "chromium-profile"));
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (driver != null) driver.quit();
        } finally {
            try {
                if (server != null) server.close();
            } finally {
                TestDatabase.drop(database);
            }
        }
    }

    @Test
    @Order(1)
    void searchBoxShowsHighlightedHitsAndFacets() throws Exception {
        driver.get(base);
        search("overall survival", "simple");
        List<WebElement> hits = driver.findElements(By.cssSelector("#content .hit"));
        assertFalse(hits.isEmpty(), "hits shown");
        assertTrue(total() >= 2, "both papers report overall survival: " + total());
        List<String> marked = driver.findElements(By.cssSelector(".hit .snippet mark")).stream()
                .map(m -> m.getText().toLowerCase(Locale.ROOT)).toList();
        assertTrue(marked.contains("overall") || marked.contains("overall survival"), "highlighted: " + marked);
        assertTrue(marked.stream().allMatch(m -> m.contains("overall") || m.contains("survival")), "only matches marked: " + marked);
        assertTrue(hitDocuments().containsAll(List.of(BrowserCorpus.SORAFENIB_FILE, BrowserCorpus.FOLFOX_FILE)), "documents");
        screenshot("results.png");

        int before = total();
        rendered(() -> facet("agent", "sorafenib").click(), By.id("total"));
        assertEquals(1, driver.findElements(By.cssSelector(".active-filter")).size(), "filter shown");
        assertEquals(List.of(BrowserCorpus.SORAFENIB_FILE), hitDocuments().stream().distinct().toList());
        assertTrue(total() < before, "filter narrows the hits");
        assertTrue(facet("agent", "sorafenib").getAttribute("class").contains("active"), "active facet shown");
        rendered(() -> facet("agent", "sorafenib").click(), By.id("total"));
        assertEquals(0, driver.findElements(By.cssSelector(".active-filter")).size(), "filter removed");
        assertEquals(before, total(), "removing the filter restores the hits");
    }

    @Test
    @Order(2)
    void strictModeFieldQueriesAndErrors() {
        driver.get(base);
        search("agent:sorafenib AND endpoint:OS", "strict");
        assertTrue(total() >= 1, "field query finds the sorafenib survival passage");
        assertEquals(List.of(BrowserCorpus.SORAFENIB_FILE), hitDocuments().stream().distinct().toList());

        search("agent:sorafenib AND (", "strict");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(error.getText().startsWith("bad query: unexpected end of query"), error.getText());
        assertTrue(error.findElement(By.cssSelector("pre.caret")).getText().endsWith("^"), "caret under the position");
    }

    @Test
    @Order(3)
    void factLinksMarkTheExactCharactersOfTheirPassage() throws Exception {
        driver.get(base);
        search("\"hazard ratio\"", "simple");
        WebElement first = driver.findElement(By.cssSelector("#content .hit a.doc"));
        String passageId = first.getAttribute("data-passage");
        rendered(first::click, By.id("doc-title"));
        assertEquals("passage-" + passageId, driver.findElement(By.cssSelector(".passage.selected")).getAttribute("id"));

        List<WebElement> links = driver.findElements(By.cssSelector("a.fact-link"));
        assertTrue(links.size() >= 4, "evidence listed: " + links.size());
        int checked = 0;
        for (int i = 0; i < links.size(); i++) {
            WebElement link = driver.findElements(By.cssSelector("a.fact-link")).get(i);
            String href = link.getAttribute("href");
            String raw = link.getText();
            if (href.equals(driver.getCurrentUrl())) continue;
            rendered(link::click, By.cssSelector("mark.fact"));
            WebElement mark = driver.findElement(By.cssSelector("mark.fact"));
            assertEquals(raw, mark.getText(), "marked characters of " + href);
            String passage = href.replaceAll(".*/p/(\\d+)/.*", "$1");
            WebElement holder = mark.findElement(By.xpath("./ancestor::div[contains(concat(' ', @class, ' '), ' passage ')]"));
            assertEquals("passage-" + passage, holder.getAttribute("id"));
            if (checked++ == 0) screenshot("document.png");
        }
        assertTrue(checked >= 4, "fact links checked: " + checked + " of " + links.size());
    }

    @Test
    @Order(4)
    void hitsAndDocumentsLinkTheirDoi() {
        driver.get(base);
        search("agent:sorafenib", "strict");
        String link = "https://doi.org/" + BrowserCorpus.SORAFENIB_DOI;
        WebElement doi = driver.findElement(By.cssSelector("#content .hit .source a.doi"));
        assertEquals(link, doi.getAttribute("href"));
        assertTrue(doi.getText().contains(BrowserCorpus.SORAFENIB_DOI), doi.getText());
        rendered(driver.findElement(By.cssSelector("#content .hit a.doc"))::click, By.id("doc-title"));
        assertEquals(link, driver.findElement(By.cssSelector(".doc-head .source a.doi")).getAttribute("href"));
    }

    private static void search(String query, String mode) {
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys(query);
        new Select(driver.findElement(By.id("mode"))).selectByValue(mode);
        rendered(() -> driver.findElement(By.cssSelector("#search-form button")).click(), By.cssSelector("#total, #error"));
    }

    /** Runs {@code action}, waits until the page replaced its content and then until {@code ready} is present. */
    private static void rendered(Runnable action, By ready) {
        List<WebElement> old = driver.findElements(By.cssSelector("#content > *"));
        action.run();
        if (!old.isEmpty()) wait.until(ExpectedConditions.stalenessOf(old.get(0)));
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
    }

    private static int total() {
        return Integer.parseInt(driver.findElement(By.id("total")).getText().replaceAll("^(\\d+).*", "$1"));
    }

    private static List<String> hitDocuments() {
        return driver.findElements(By.cssSelector("#content .hit .meta")).stream()
                .map(m -> m.getText().split(" · ")[0]).toList();
    }

    private static WebElement facet(String dim, String value) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#facets a.facet[data-dim='" + dim + "'][data-value='" + value + "']")));
    }

    private static void screenshot(String name) throws Exception {
        String dir = System.getProperty("oncoev.screenshots");
        if (dir == null || dir.isBlank()) return;
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of(dir));
        Files.copy(png.toPath(), Path.of(dir, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
