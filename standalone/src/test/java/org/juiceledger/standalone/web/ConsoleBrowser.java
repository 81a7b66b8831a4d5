package org.juiceledger.standalone.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One staff member at the console in the shared headless Chromium: signs in through the form,
 * follows links and sends forms as a person would, and fetches a download with the browser's own
 * session. With {@code -Djuice.console.screenshots=DIR} each {@link #screenshot} is saved there.
 */
final class ConsoleBrowser {

    private final WebDriver browser;
    private final String base;

    ConsoleBrowser(WebDriver browser, int port) {
        this.browser = browser;
        this.base = "http://localhost:" + port;
    }

    WebDriver driver() {
        return browser;
    }

    void open(String path) {
        browser.get(base + path);
        awaitLoaded();
    }

    void signIn(String login, String password) {
        browser.manage().deleteAllCookies();
        open("/console/login");
        type("username", login);
        type("password", password);
        click(By.id("sign-in"));
    }

    void signOut() {
        click(By.id("sign-out"));
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits until the next page has loaded. */
    void click(By what) {
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (RuntimeException gone) {
                return true;
            }
        });
        awaitLoaded();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** GETs a link of the page with this browser's session cookie (as a download would). */
    HttpResponse<String> download(String href) {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("signed in").isNotNull();
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void screenshot(String name) {
        String directory = System.getProperty("juice.console.screenshots");
        if (directory == null || directory.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(directory).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }
}
