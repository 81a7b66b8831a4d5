package org.juiceledger.platform.security;

import org.juiceledger.platform.PlatformDefaults;
import org.juiceledger.platform.web.WebProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings records bind juice-defaults.yml, refuse bad values at start-up and never show a secret. */
class SettingsRecordsTest {

    private static final String PIN_KEY = "ab".repeat(32);
    private static final String VENDING_KEY = "abababababababab949494949494949401234567";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({AdminProperties.class, CardsProperties.class, StsProperties.class,
            SecurityProperties.class, WebProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner withDefaults = new ApplicationContextRunner()
            .withInitializer(context -> new PlatformDefaults().postProcessEnvironment(context.getEnvironment(), null))
            .withUserConfiguration(Settings.class);

    @Test
    void theDefaultsBind() {
        withDefaults.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CardsProperties.class).guessChanceMax()).isEqualByComparingTo(new BigDecimal("1e-9"));
            assertThat(context.getBean(WebProperties.class).formTokenTtl()).isEqualTo(Duration.ofMinutes(30));
            assertThat(context.getBean(WebProperties.class).maxRequestBytes()).isEqualTo(1_048_576);
            assertThat(context.getBean(SecurityProperties.class).passwordRemembered()).isEqualTo(Duration.ofMinutes(5));
            assertThat(context.getBean(AdminProperties.class).generateIfMissing()).isFalse();
        });
    }

    @Test
    void aBadValueStopsTheStartNamingTheProperty() {
        withDefaults.withPropertyValues("juice.web.max-request-bytes=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("maxRequestBytes");
        });
        withDefaults.withPropertyValues("juice.cards.guess-chance-max=2").run(context ->
                assertThat(context).hasFailed());
        withDefaults.withPropertyValues("juice.security.password-remembered=-PT1S").run(context ->
                assertThat(context).hasFailed());
    }

    @Test
    void secretsNeverShowInTheRecordsText() {
        withDefaults.withPropertyValues("juice.cards.pin-key=" + PIN_KEY, "juice.sts.vending-key=" + VENDING_KEY,
                "juice.admin.password=Admin-Password-1").run(context -> {
            CardsProperties cards = context.getBean(CardsProperties.class);
            StsProperties sts = context.getBean(StsProperties.class);
            AdminProperties admin = context.getBean(AdminProperties.class);
            assertThat(cards.pinKey()).isEqualTo(PIN_KEY);
            assertThat(cards.toString()).doesNotContain(PIN_KEY).contains("pinKey=(hidden)");
            assertThat(sts.toString()).doesNotContain(VENDING_KEY).contains("vendingKey=(hidden)");
            assertThat(admin.toString()).doesNotContain("Admin-Password-1").contains("password=(hidden)");
        });
        withDefaults.run(context ->
                assertThat(context.getBean(CardsProperties.class).toString()).contains("pinKey=(empty)"));
    }
}
