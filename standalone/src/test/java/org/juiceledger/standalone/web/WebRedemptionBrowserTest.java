package org.juiceledger.standalone.web;

import org.juiceledger.platform.testing.PostgresIntegrationTest;
import org.juiceledger.standalone.testing.Desk;
import org.juiceledger.standalone.testing.TokenDecoding;
import org.juiceledger.standalone.web.WebCards.Card;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.standalone.web.FailedAttempts.HERE;

/**
 * The customer page in a real headless Chromium, used with the keyboard only: a card redeemed to an
 * STS meter shows its token in groups of four and the token decodes to the card's kWh; a wrong PIN
 * shows the one refusal at the PIN field, tied to it for screen readers; after five failures from
 * the address even the right PIN gets "too many attempts".
 */
@PostgresIntegrationTest
class WebRedemptionBrowserTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    FailedAttempts attempts;
    static HeadlessChromium chromium;
    WebDriver browser;

    /** Before the application starts: without Chromium the test fails at once, saying what to install. */
    @BeforeAll
    static void startChromium() {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void setUp() {
        attempts = new FailedAttempts(jdbc);
        attempts.forget();
        browser = chromium.driver;
    }

    @AfterEach
    void forgetFailures() {
        attempts.forget();
    }

    @Test
    void aCardBecomesATokenAndGuessingIsStopped() {
        Desk desk = new Desk(port);
        String meter = desk.stsMeter(desk.account(desk.tariff("0.500000", "0")));
        List<Card> cards = new WebCards(desk).cards(2, 2, "50.00");

        redeem(meter, cards.get(0).pin());
        assertThat(browser.getTitle()).isEqualTo("Your token - Juice Ledger");
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        String shown = browser.findElement(By.id("token")).getText();
        assertThat(shown).matches("\\d{4} \\d{4} \\d{4} \\d{4} \\d{4}");
        assertThat(browser.findElements(By.cssSelector("#token .group"))).hasSize(5);
        assertThat(TokenDecoding.kwh(shown.replace(" ", ""), meter)).isEqualTo("100.0");
        assertThat(browser.findElement(By.tagName("dl")).getText()).contains("100.0 kWh").contains("50.00");
        assertThat(browser.findElement(By.id("token")).getCssValue("font-size")).as("a large token")
                .satisfies(size -> assertThat(Double.parseDouble(size.replace("px", ""))).isGreaterThanOrEqualTo(28));

        redeem(meter, randomPin());
        assertRefusedAtThePin(meter);
        for (int i = 0; i < 4; i++) {
            redeem(meter, randomPin());
            assertRefusedAtThePin(meter);
        }

        redeem(meter, cards.get(1).pin());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Too many attempts");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Too many attempts. Please try again later.");
        assertThat(browser.findElements(By.id("token"))).isEmpty();
        assertThat(attempts.events(cards.get(1).serial(), "card.CardRedeemed")).isZero();
        assertThat(attempts.of(HERE)).hasSize(5);
    }

    /** Opens the form and fills it in with the keyboard alone: Tab to each field, Enter to send. */
    private void redeem(String meter, String pin) {
        browser.get("http://" + HERE + ":" + port + "/redeem");
        assertThat(browser.findElement(By.tagName("html")).getDomProperty("lang")).isEqualTo("en");
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        for (String field : List.of("meterNumber", "pin")) {
            WebElement input = browser.findElement(By.id(field));
            WebElement label = browser.findElement(By.cssSelector("label[for=" + field + "]"));
            assertThat(label.getText()).isNotBlank();
            assertThat(input.getDomAttribute("aria-describedby")).contains(field + "-hint");
        }
        WebElement page = browser.findElement(By.tagName("html"));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("meterNumber");
        new Actions(browser).sendKeys(meter).sendKeys(Keys.TAB).perform();
        assertThat(focused()).isEqualTo("pin");
        new Actions(browser).sendKeys(pin).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> isGone(page));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /**
     * Has the page the element was on been replaced? Chromium answers a stale element either as stale
     * or with "node does not belong to the document": both mean the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    private String focused() {
        return browser.switchTo().activeElement().getDomProperty("id");
    }

    private void assertRefusedAtThePin(String meter) {
        assertThat(browser.getTitle()).isEqualTo("Error: Redeem a Juice Card - Juice Ledger");
        WebElement pin = browser.findElement(By.id("pin"));
        assertThat(pin.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(pin.getDomAttribute("aria-describedby").split(" ")).contains("pin-error");
        assertThat(browser.findElement(By.id("pin-error")).getText()).endsWith(
                "This card cannot be redeemed to this meter. Check the card number, or ask where the card was bought.");
        assertThat(browser.findElement(By.cssSelector("[role=alert] a[href='#pin']")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("meterNumber")).getDomProperty("value")).isEqualTo(meter);
        assertThat(pin.getDomProperty("value")).isEmpty();
    }

    private static String randomPin() {
        StringBuilder pin = new StringBuilder("9");
        for (int i = 1; i < 16; i++) {
            pin.append(RANDOM.nextInt(10));
        }
        return pin.toString();
    }
}
