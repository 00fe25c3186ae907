package org.oncoev.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oncoev.pipeline.cli.GlobalOptions;
import org.oncoev.pipeline.cli.OncoevCommand;
import org.oncoev.pipeline.search.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The evidence view and its forest plot in headless Chromium (Debian's chromium + chromedriver; skipped when
 * absent) over three papers written for the test: one plot row per hazard ratio and per median with a CI, the
 * query narrowing the rows, the SVG and PNG the download buttons produce, sortable columns, and the document
 * view showing a value's CI and arm; search results grouped by paper, sorted by year, and page numbers. With
 * {@code -Doncoev.screenshots=DIR} the plot page and the paper cards are saved there.
 */
class WorkbenchPageBrowserTest {
    @TempDir
    static Path work;
    static String database;
    static ConfigurableApplicationContext server;
    static WebDriver driver;
    static WebDriverWait wait;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SearchPageBrowserTest.CHROMIUM) && Files.isExecutable(SearchPageBrowserTest.CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        database = TestDatabase.create("forest");
        String url = TestDatabase.url(database);
        Path home = work.resolve("home");
        int rc = OncoevCommand.commandLine().execute("ingest", EvidenceCorpus.write(work.resolve("corpus")).toString(),
                "--db-url", url, "--home", home.toString());
        assertEquals(0, rc, "ingest exit code");
        server = ServeCommand.start(GlobalOptions.of(url, home), 0, "127.0.0.1");
        base = "http://127.0.0.1:" + ServeCommand.port(server) + "/";
        driver = SearchPageBrowserTest.headlessChromium(work);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (driver != null) driver.quit();
        } finally {
            try {
                if (server != null) server.close();
            } finally {
                if (database != null) TestDatabase.drop(database);
            }
        }
    }

    @Test
    void forestPlotHasOneRowPerHazardRatioAndDownloadsAsSvgAndPng() throws Exception {
        open("#evidence?q=&mode=simple&type=hazard_ratio");
        List<WebElement> rows = driver.findElements(By.cssSelector("#forest svg.forest g.forest-row"));
        assertEquals(EvidenceCorpus.HAZARD_RATIOS, rows.size(), "plot rows");
        assertEquals(EvidenceCorpus.HAZARD_RATIOS, driver.findElements(By.cssSelector("#evidence-table tr.evidence-row")).size());
        assertEquals(1, driver.findElements(By.cssSelector("#forest svg line.null-line")).size(), "line at HR 1");
        List<String> numbers = new ArrayList<>();
        for (WebElement row : rows) {
            String text = row.getAttribute("textContent");
            numbers.add(text.replaceAll("(?s).*?(\\d\\.\\d+ \\(\\d\\.\\d+–\\d\\.\\d+\\))$", "$1"));
        }
        assertEquals(List.of("0.74 (0.58–0.95)", "0.52 (0.38–0.71)", "0.81 (0.62–1.06)"), numbers, "HR and CI of each row");
        screenshot("forest.png");

        // what "Download SVG" saves: the serialised plot, a standalone SVG document with the same rows
        String svg = (String) js("return new XMLSerializer().serializeToString(document.querySelector('#forest svg'));");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", xml.getDocumentElement().getLocalName());
        NodeList groups = xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        int plotted = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            if ("forest-row".equals(((Element) groups.item(i)).getAttribute("class"))) plotted++;
        }
        assertEquals(EvidenceCorpus.HAZARD_RATIOS, plotted, "rows in the SVG file");

        // what "Download PNG" saves: the same drawing rasterised at twice the size
        String dataUrl = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const svg = document.querySelector('#forest svg');
                pngBlob(svg, (blob) => { const r = new FileReader(); r.onload = () => done(r.result); r.readAsDataURL(blob); });""");
        assertTrue(dataUrl.startsWith("data:image/png;base64,"), dataUrl.substring(0, Math.min(40, dataUrl.length())));
        var png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));
        long svgWidth = (Long) js("return document.querySelector('#forest svg').width.baseVal.value;");
        assertEquals(svgWidth * 2, png.getWidth(), "PNG width");
    }

    @Test
    void mediansWithACiArePlottedAndTheQueryNarrowsThePlot() {
        open("#evidence?q=&mode=simple&type=survival");
        assertEquals(5, driver.findElements(By.cssSelector("#forest svg.forest g.forest-row")).size(), "medians with a CI");

        open("#evidence?q=%22progression-free%22&mode=simple&type=hazard_ratio");
        assertEquals(1, driver.findElements(By.cssSelector("#forest svg.forest g.forest-row")).size(), "PFS hazard ratio only");
        assertTrue(driver.findElement(By.cssSelector("#evidence-table")).getText().contains("0.52"));
    }

    @Test
    void columnsSortAndValuesLinkToADocumentViewWithCiAndArm() {
        open("#evidence?q=&mode=simple&type=hazard_ratio");
        rendered(() -> driver.findElement(By.cssSelector("#evidence-table a.sort[data-key='value']")).click());
        assertEquals(List.of("0.52", "0.74", "0.81"), column(2), "HR column after paper and year");
        rendered(() -> driver.findElement(By.cssSelector("#evidence-table a.sort[data-key='value']")).click());
        assertEquals(List.of("0.81", "0.74", "0.52"), column(2));

        open("#evidence?q=&mode=simple&type=survival&sort=value");
        WebElement quote = driver.findElement(By.cssSelector("#evidence-table a.passage-link"));
        String text = quote.getText();
        rendered(quote::click);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.fact")));
        assertEquals(text, driver.findElement(By.cssSelector("mark.fact")).getText(), "the quote is marked");
        String row = driver.findElement(By.cssSelector("table.evidence tr.selected")).getText();
        assertTrue(row.contains("95% CI") && row.contains("arm:"), "value shows CI and arm: " + row);
    }

    /**
     * The document view writes a value with its time point, CI, route, arm and cited flag ({@code OS rate 82 % at
     * 5-year}, not a bare {@code OS rate 82 %}): the page's own formatter, run in the browser on facts as the API
     * gives them.
     */
    @Test
    void documentViewValuesShowTimePointRouteArmAndCitedFlag() {
        open("#evidence?q=&mode=simple&type=survival");
        assertEquals("OS rate 82 % at 5-year (95% CI 75–88) · arm: arm A · cited study", js("return factValue({type: 'survival', "
                + "endpoint: 'OS', measure: 'rate', value: 82, unit: '%', time_months: 60, ci_low: 75, ci_high: 88, "
                + "arm: 'arm A', cited: true});"));
        assertEquals("PFS rate 40 % at 18-month", js("return factValue({type: 'survival', endpoint: 'PFS', measure: 'rate', "
                + "value: 40, unit: '%', time_months: 18});"));
        assertEquals("capecitabine 1000 mg/m2 oral twice daily · arm: B", js("return factValue({type: 'dose', "
                + "agent: 'capecitabine', amount: 1000, unit: 'mg/m2', route: 'oral', schedule: 'twice daily', arm: 'B'});"));
        assertEquals("adjusted HR 0.7 (95% CI 0.5–0.9)", js("return factValue({type: 'hazard_ratio', hazard_ratio: 0.7, "
                + "ci_low: 0.5, ci_high: 0.9, measure: 'adjusted'});"));
    }

    @Test
    void resultsGroupedByPaperSortByYearAndPagesAreNumbered() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.url(database), "postgres", null);
             Statement st = c.createStatement()) {
            st.execute("UPDATE documents SET year = 2017 WHERE file_name = '" + EvidenceCorpus.ALPHA_FILE + "'");
            st.execute("UPDATE documents SET year = 2023 WHERE file_name = '" + EvidenceCorpus.BETA_FILE + "'");
            st.execute("UPDATE documents SET year = 2020 WHERE file_name = '" + EvidenceCorpus.GAMMA_FILE + "'");
        }
        driver.get(base + "#search?q=survival&mode=simple&view=papers");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paper-total")));
        List<WebElement> cards = driver.findElements(By.cssSelector("#content .paper-card"));
        assertEquals(3, cards.size(), "one card per paper");
        for (WebElement card : cards) {
            int shown = card.findElements(By.cssSelector(".paper-hit")).size();
            assertTrue(shown >= 1 && shown <= 3, "best passages per card: " + shown);
        }
        screenshot("papers.png");
        clickAndWait(By.id("sort-year"), By.id("paper-total"));
        List<String> years = new ArrayList<>();
        for (WebElement meta : driver.findElements(By.cssSelector("#content .paper-card .meta"))) {
            years.add(meta.getText().replaceAll(".*· (\\d{4}) ·.*", "$1"));
        }
        assertEquals(List.of("2023", "2020", "2017"), years, "newest first");

        // the passage view of a blank query lists every passage, ten to a page, with numbered pages
        driver.get(base + "#search?q=&mode=simple");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        int total = Integer.parseInt(driver.findElement(By.id("total")).getText().replaceAll("^(\\d+).*", "$1"));
        assertTrue(total > 10, "more than a page: " + total);
        List<WebElement> pages = driver.findElements(By.cssSelector("#content .pages .page"));
        assertEquals((total + 9) / 10, pages.size(), "page numbers");
        clickAndWait(By.cssSelector("#content .pages a.page"), By.id("total"));
        assertEquals("2", driver.findElement(By.cssSelector("#content .pages .page.current")).getText());
        assertEquals(total - 10 >= 10 ? 10 : total - 10, driver.findElements(By.cssSelector("#content .hit")).size());
    }

    private static void clickAndWait(By target, By ready) {
        List<WebElement> old = driver.findElements(By.cssSelector("#content > *"));
        driver.findElement(target).click();
        if (!old.isEmpty()) wait.until(ExpectedConditions.stalenessOf(old.get(0)));
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
    }

    /** Opens {@code hash} and waits for the evidence view (and its plot, when the type has one). */
    private static void open(String hash) {
        driver.get(base + hash);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-total")));
        if (hash.contains("type=hazard_ratio") || hash.contains("type=survival")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#forest svg, #forest-empty")));
        }
    }

    private static void rendered(Runnable action) {
        List<WebElement> old = driver.findElements(By.cssSelector("#content > *"));
        action.run();
        if (!old.isEmpty()) wait.until(ExpectedConditions.stalenessOf(old.get(0)));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence-table, #doc-title")));
    }

    /** Cell texts of the {@code index}-th column (0-based) of the evidence table. */
    private static List<String> column(int index) {
        List<String> out = new ArrayList<>();
        for (WebElement tr : driver.findElements(By.cssSelector("#evidence-table tr.evidence-row"))) {
            out.add(tr.findElements(By.tagName("td")).get(index).getText());
        }
        return out;
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void screenshot(String name) throws Exception {
        String dir = System.getProperty("oncoev.screenshots");
        if (dir == null || dir.isBlank()) return;
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of(dir));
        Files.copy(png.toPath(), Path.of(dir, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
