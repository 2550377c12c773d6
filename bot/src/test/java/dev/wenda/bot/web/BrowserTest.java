package dev.wenda.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven through the system chromedriver
 * (Selenium Manager is never asked for a driver). Follows links from the boards to a player, switches
 * language, opens a round report and the admin page, checks that the browser logged no error, and
 * saves screenshots of every page at 1280 and 390 px wide into {@code target/screenshots/}.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path profile;

    @Test
    void browser_boardsToPlayerLanguageSwitchRoundAndAdmin_renderWithoutConsoleErrors() throws IOException {
        requireChromium();
        Files.createDirectories(SHOTS);
        try (var db = TestDatabases.open(Backend.H2)) {
            WebFixture f = new WebFixture(db.database());
            GapStore gaps = new GapStore(db.database());
            for (String question : List.of("What is dropout?", "What is dropout?", "What's dropout")) {
                gaps.record("DISCORD", "g1", "c1", question, "NO_ANSWER", Optional.empty(), WebFixture.NOW);
            }
            gaps.record(
                    "DISCORD",
                    "g1",
                    "c1",
                    "Why use residual connections?",
                    "THUMBS_DOWN",
                    Optional.of("e2"),
                    WebFixture.NOW);
            try (WebServer server = WebServer.start("127.0.0.1", 0, f.site, ZoneId.of("Asia/Shanghai"))) {
                String root = "http://127.0.0.1:" + server.port();
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
                WebDriver driver = new ChromeDriver(service, options(profile));
                try {
                    walk(driver, root, f);
                } finally {
                    driver.quit();
                    service.stop();
                }
            }
        }
    }

    private void walk(WebDriver driver, String root, WebFixture f) throws IOException {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(root + "/w/DISCORD/g1/boards?t=" + f.token());
        assertEquals("Server leaderboard: this week", heading(driver));
        List<String> rows = driver.findElements(By.cssSelector("table.board tbody tr")).stream()
                .map(row -> row.getText().replaceAll("\\s+", " "))
                .toList();
        assertEquals(List.of("1 Bob <b>& 15 100% 1 2", "2 alice you 10 50% 1 1"), rows);
        assertEquals(
                "2 alice you 10 50% 1 1",
                driver.findElement(By.cssSelector("tr.me")).getText().replaceAll("\\s+", " "));
        shoot(driver, "boards");

        driver.findElement(By.linkText("Bob <b>&")).click();
        wait.until(ExpectedConditions.urlContains("/player/"));
        assertEquals("Bob <b>&", heading(driver));
        assertEquals(
                "2 of 2 graded answers right (100%)",
                driver.findElement(By.cssSelector("p.total")).getText());
        assertEquals(3, driver.findElements(By.cssSelector("svg.chart")).size());
        shoot(driver, "player");

        driver.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.urlContains("lang=zh"));
        assertEquals("Bob <b>&", heading(driver));
        assertEquals(
                "计分答题 2 道，答对 2 道（100%）",
                driver.findElement(By.cssSelector("p.total")).getText());
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getDomAttribute("lang"));

        driver.findElement(By.linkText("我的进度")).click();
        wait.until(ExpectedConditions.urlContains("/player/me"));
        assertEquals("alice", heading(driver));
        assertEquals(
                "Why use residual connections?",
                driver.findElement(By.cssSelector("ul.review li")).getText());
        shoot(driver, "me-zh");

        driver.findElement(By.cssSelector("section.round h3 a")).click();
        wait.until(ExpectedConditions.urlContains("/round/r1"));
        assertEquals("轮次报告：2026-03-17 10:00", heading(driver));
        assertEquals(
                "正确答案：They ease gradient flow.",
                driver.findElements(By.cssSelector("p.right")).get(1).getText());
        shoot(driver, "round-zh");

        driver.get(root + "/w/DISCORD/g1/admin/feedback?lang=en&t="
                + f.signer.sign(f.grant("u-alice", Grant.Access.ADMIN)));
        assertEquals("Entries with the most 👎", heading(driver));
        shoot(driver, "admin-feedback");

        driver.findElement(By.linkText("Knowledge gaps")).click();
        wait.until(ExpectedConditions.urlContains("/admin/gaps"));
        assertEquals("Knowledge gaps", heading(driver));
        assertEquals(
                List.of("3 What is dropout? What's dropout no answer 3", "1 Why use residual connections? 👎 1"),
                driver.findElements(By.cssSelector("table.gaps tbody tr")).stream()
                        .map(row -> row.getText().replaceAll("\\s+", " "))
                        .toList());
        shoot(driver, "admin-gaps");
        driver.findElement(By.linkText("What's dropout")).click();
        wait.until(ExpectedConditions.urlContains("q=What"));
        assertEquals("Results for What's dropout", heading(driver));

        driver.get(root + "/w/DISCORD/g1/bank?lang=en&t=" + f.token());
        assertEquals("Q&A bank", heading(driver));
        shoot(driver, "bank");
        driver.findElement(By.name("q")).sendKeys("residual connections");
        driver.findElement(By.cssSelector("form.search button")).click();
        wait.until(ExpectedConditions.urlContains("q=residual"));
        assertEquals("Results for residual connections", heading(driver));
        shoot(driver, "bank-search");
        driver.findElement(By.linkText("Why use residual connections?")).click();
        wait.until(ExpectedConditions.urlContains("/bank/e2"));
        assertEquals(
                "gradient", driver.findElement(By.cssSelector(".answer strong")).getText());
        shoot(driver, "bank-entry");

        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString)
                .toList();
        assertEquals(List.of(), errors, "the browser console logged problems");

        // Refusals come last: the browser logs their 4xx status as a failed load.
        driver.get(root + "/w/DISCORD/g1/boards?lang=en&t=" + f.token().substring(0, 20));
        assertEquals("This page cannot be shown", heading(driver));
        assertEquals(
                "This link is not valid: it was changed or cut short. Type /wenda web in chat for a new one.",
                driver.findElement(By.cssSelector("p.problem")).getText());
        shoot(driver, "refused");
    }

    private static String heading(WebDriver driver) {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The page at desktop and phone width; the page must not scroll sideways on the phone. */
    private static void shoot(WebDriver driver, String name) throws IOException {
        for (int width : new int[] {1280, 390}) {
            driver.manage().window().setSize(new Dimension(width, 1400));
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(
                    shot.toPath(),
                    SHOTS.resolve(name + "-" + width + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Object overflow = ((ChromeDriver) driver)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, overflow, name + " scrolls sideways at " + width + " px");
        }
        driver.manage().window().setSize(new Dimension(1280, 1400));
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--lang=en-US",
                "--window-size=1280,1400");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    /** Chromium must be there on CI (.ci/run installs it); locally without it the test is skipped. */
    private static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("Chromium or chromedriver is missing but CI=true: .ci/run installs chromium and chromium-driver");
        }
        assumeTrue(present, "Chromium is not installed; apt-get install chromium chromium-driver");
    }
}
