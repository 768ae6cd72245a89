package org.citygov.application.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.w3c.dom.Document;

import org.citygov.application.report.figures.FigureChecks;
import org.citygov.application.report.figures.Figures;
import org.citygov.application.report.figures.ReportContext;
import org.citygov.application.report.html.HtmlReport;
import org.citygov.application.report.i18n.Language;
import org.citygov.application.scenario.Examples;
import org.citygov.domain.project.GovernanceProject;

import static org.citygov.domain.testing.ProjectBuilders.OPERATOR;
import static org.citygov.domain.testing.ProjectBuilders.RESIDENTS;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aStakeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Every example's report opened in a real browser — headless Chromium from Debian's {@code chromium} and
 * {@code chromium-driver}, with {@code fonts-noto-cjk} for Japanese — in both languages: no console error (a blocked
 * script or request would log one under the report's content security policy), a screenshot that is not blank, the
 * Japanese text and a Japanese font present, and the inline SVG figures as the browser parsed them holding every
 * stakeholder and every risk in its cell. Skipped, saying why, only where Chromium is not installed; {@code .ci/run}
 * installs it, and on CI ({@code CI=true}) a missing browser fails instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserReportTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path temp;

    private ChromeDriver browser;
    private Path screenshots;

    @BeforeAll
    void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): install it"
                    + " with `apt-get install chromium chromium-driver fonts-noto-cjk` (.ci/run does) to open the"
                    + " reports in a real browser";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; on CI .ci/run installs it, so its absence is a fault");
            }
            abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        screenshots = Files.createDirectories(Path.of("target", "browser-screenshots"));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void report_whenOpenedInChromium_shouldShowEveryExampleInBothLanguagesWithItsFigures() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path example : Examples.all()) {
            GovernanceProject project = ReportFixtures.example(example);
            for (Language language : Language.values()) {
                ReportContext c = ReportFixtures.context(project, language);
                String name = project.id() + "-" + language.tag();
                Path file = temp.resolve(name + ".html");
                Files.writeString(file, HtmlReport.render(c, Figures.all(c)), StandardCharsets.UTF_8);

                open(file);
                assertNoConsoleErrors(name);
                assertNotBlank(browser.getScreenshotAs(OutputType.BYTES), name);
                String body = browser.findElement(By.tagName("body")).getText();
                if (language == Language.JA) {
                    assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("データガバナンス報告書"),
                            name);
                    assertTrue(body.contains("ステークホルダー分析") && body.contains("リスク分析"), name);
                    assertEquals(Boolean.TRUE, browser.executeScript(
                            "return document.fonts.check(\"16px 'Noto Sans CJK JP'\", 'データ')"),
                            name + ": a Japanese font is installed (fonts-noto-cjk), so the text is not boxes");
                } else {
                    assertTrue(body.contains("Stakeholder analysis") && body.contains("Risk analysis"), name);
                }
                Map<String, Document> figures = figuresAsParsed(name);
                assertEquals(Figures.names(c).size(), figures.size(), name + ": every figure is in the page");
                FigureChecks.everyStakeholderPlottedInItsCell(figures.get("stakeholder-map"), project);
                FigureChecks.everyFlowDrawnWithItsMarks(figures.get("data-flows"), project);
                FigureChecks.everyRiskPlacedInItsCell(figures.get("risk-heat-map"), c.assessment().risks());
                WebElement heatMap = browser.findElement(By.cssSelector("svg[data-figure='risk-heat-map']"));
                assertTrue(heatMap.getSize().getWidth() > 300 && heatMap.getSize().getHeight() > 300,
                        name + ": the heat map is laid out at a readable size, got " + heatMap.getSize());
                checked.add(name);
            }
        }
        assertEquals(2 * Examples.all().size(), checked.size());
    }

    @Test
    void platformReport_whenOpenedInChromium_shouldShowEachExampleInBothLanguagesWithItsFigures()
            throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path example : PlatformReports.examples()) {
            org.citygov.domain.platform.PlatformAssessment assessment = PlatformReports.assess(example);
            for (Language language : Language.values()) {
                String name = "platform-" + assessment.platform().value() + "-" + language.tag();
                Path file = temp.resolve(name + ".html");
                Files.writeString(file, org.citygov.application.report.html.PlatformReport.render(assessment,
                        org.citygov.application.report.i18n.Labels.of(language)), StandardCharsets.UTF_8);

                open(file);
                assertNoConsoleErrors(name);
                assertNotBlank(browser.getScreenshotAs(OutputType.BYTES), name);
                String h1 = browser.findElement(By.tagName("h1")).getText();
                assertTrue(language == Language.JA ? h1.startsWith("データ連携基盤の評価")
                        : h1.startsWith("Data platform assessment"), name + ": " + h1);
                Map<String, Document> figures = new java.util.LinkedHashMap<>();
                for (WebElement svg : browser.findElements(By.cssSelector("svg[data-figure]"))) {
                    figures.put(svg.getDomAttribute("data-figure"), ReportFixtures.xml(svg.getDomProperty("outerHTML")));
                }
                assertEquals(Set.of("duty-matrix", "incident-timeline"), figures.keySet(), name);
                long holders = assessment.duties().stream().map(d -> d.holder().value()).distinct().count();
                long plotted = ReportFixtures.withAttribute(figures.get("duty-matrix"), "data-participant").stream()
                        .map(e -> e.getAttribute("data-participant")).distinct().count();
                assertEquals(holders, plotted, name + ": every duty holder has its row");
                long deadlines = assessment.incidents().stream().mapToLong(i -> i.deadlines().size()).sum();
                assertEquals(deadlines, ReportFixtures.withAttribute(figures.get("incident-timeline"), "data-due")
                        .size(), name + ": every deadline is on the time line");
                checked.add(name);
            }
        }
        assertEquals(2 * PlatformReports.examples().size(), checked.size());
    }

    @Test
    void report_whenNamesHoldScript_shouldRunNothingAndShowTheTextAsWritten() throws IOException {
        String script = "<script>alert('x')</script>";
        GovernanceProject project = aProject().withName("Project " + script)
                .withStakeholders(aStakeholder().withId(OPERATOR).withName("<img src=x onerror=alert(1)>").build(),
                        aStakeholder().withId(RESIDENTS).withName("Residents " + script).build())
                .buildRegistered();
        ReportContext c = ReportFixtures.context(project, Language.EN);
        Path file = temp.resolve("xss.html");
        Files.writeString(file, HtmlReport.render(c, Figures.all(c)), StandardCharsets.UTF_8);

        open(file);

        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(0L, browser.executeScript("return document.querySelectorAll('script, img').length"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().endsWith("Project " + script));
        assertNoConsoleErrors("xss");
    }

    private void open(Path file) {
        browser.get(file.toUri().toString());
        assertEquals("complete", browser.executeScript("return document.readyState"));
    }

    private void assertNoConsoleErrors(String page) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, page + ": console errors and warnings");
    }

    /** Not blank: enough pixels differ from the background, and the luminance varies. */
    private void assertNotBlank(byte[] png, String page) throws IOException {
        Files.write(screenshots.resolve(page + ".png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        long inked = 0;
        double sum = 0;
        double squares = 0;
        int pixels = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double luminance = 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
                sum += luminance;
                squares += luminance * luminance;
                if (luminance < 200) {
                    inked++;
                }
            }
        }
        double mean = sum / pixels;
        double variance = squares / pixels - mean * mean;
        assertTrue(variance > 100, page + ": the screenshot varies (luminance variance " + variance + ")");
        assertTrue(inked > pixels / 50, page + ": text and figures cover more than 2% of the screenshot ("
                + inked + " of " + pixels + " pixels)");
    }

    /** The inline SVG figures as the browser holds them, serialized and parsed again as XML, by figure name. */
    private Map<String, Document> figuresAsParsed(String page) {
        Map<String, Document> figures = new java.util.LinkedHashMap<>();
        for (WebElement svg : browser.findElements(By.cssSelector("svg[data-figure]"))) {
            String markup = svg.getDomProperty("outerHTML");
            figures.put(svg.getDomAttribute("data-figure"), ReportFixtures.xml(markup));
        }
        assertTrue(figures.containsKey("stakeholder-map"), page);
        return figures;
    }

}
