package org.juiceledger.standalone.web;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * A real headless Chromium driven through ChromeDriver: Debian's {@code chromium} and
 * {@code chromium-driver} packages ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; other
 * places through {@code JUICE_CHROMIUM} and {@code JUICE_CHROMEDRIVER}). Both paths are given
 * explicitly, so Selenium Manager never looks for or downloads anything. Each browser gets a fresh
 * profile directory, removed on {@link #close}. Missing binaries fail the test with what to install.
 */
final class HeadlessChromium implements AutoCloseable {

    /**
     * Quiet: Selenium warns that it has no DevTools (CDP) binding for this Chromium version; the
     * tests use WebDriver only. Kept in fields so the settings are not collected.
     */
    private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools", "org.openqa.selenium.chromium")
            .map(Logger::getLogger).peek(logger -> logger.setLevel(Level.SEVERE)).toList();

    private final ChromeDriverService service;
    private final Path profile;
    final WebDriver driver;

    private HeadlessChromium(ChromeDriverService service, Path profile, WebDriver driver) {
        this.service = service;
        this.profile = profile;
        this.driver = driver;
    }

    static HeadlessChromium start() {
        String browser = location("JUICE_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = location("JUICE_CHROMEDRIVER", "/usr/bin/chromedriver");
        List<String> missing = Stream.of(browser, chromedriver).filter(path -> !Files.isExecutable(Path.of(path))).toList();
        if (!missing.isEmpty()) {
            fail("The web page tests run in a real headless Chromium, but " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing. On Debian or Ubuntu: sudo apt-get install -y"
                    + " chromium chromium-driver (elsewhere set JUICE_CHROMIUM and JUICE_CHROMEDRIVER to the browser"
                    + " and a matching chromedriver).");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("juice-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1024,900", "--user-data-dir=" + profile);
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new HeadlessChromium(service, profile, driver);
        } catch (RuntimeException e) {
            service.stop();
            delete(profile);
            throw new AssertionError("Could not start headless Chromium " + browser + " with " + chromedriver
                    + ": " + e.getMessage(), e);
        }
    }

    private static String location(String variable, String standard) {
        String given = System.getenv(variable);
        return given == null || given.isBlank() ? standard : given;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans up what is left
        }
    }
}
