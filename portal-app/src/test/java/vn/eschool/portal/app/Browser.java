package vn.eschool.portal.app;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver. Where either is missing the browser tests are
 * skipped, with the reason, before the server starts; with {@code -Dbrowser.required=true} (CI) they fail
 * instead, so a CI machine without a browser cannot pass them silently.
 */
final class Browser implements ExecutionCondition {

    /** Debian's paths; {@code -Dbrowser.chromium=…} and {@code -Dbrowser.chromedriver=…} point elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    /** A phone's viewport: every page must work there. */
    private static final String WINDOW = "--window-size=412,915";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Path> missing = missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        if (Boolean.getBoolean("browser.required")) {
            fail("The browser tests are required (browser.required=true) but " + missing + " is missing: "
                    + "apt-get install chromium chromium-driver");
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing + " not found. Install them "
                + "with `apt-get install chromium chromium-driver`; -Dbrowser.required=true turns this into a failure.");
    }

    private static List<Path> missing() {
        return Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
    }

    /** A fresh browser with its own empty profile under {@code profile}. */
    static ChromeDriver start(Path profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createDirectories(profile), WINDOW, "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private Browser() {
    }
}
