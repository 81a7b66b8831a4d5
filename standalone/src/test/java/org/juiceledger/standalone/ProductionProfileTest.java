package org.juiceledger.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The prod profile refuses every demo default, naming the settings and never their values. */
class ProductionProfileTest {

    @TempDir
    Path dataDirectory;

    @Test
    void refusesToStartWithDemoSecrets() {
        String url = "jdbc:h2:file:" + dataDirectory.resolve("juice").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

        assertThatThrownBy(() -> new SpringApplicationBuilder(JuiceLedgerApplication.class)
                .run("--spring.profiles.active=prod", "--server.port=0", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa", "--juice.cards.pin-key-file=" + dataDirectory.resolve("pin.key")))
                .rootCause()
                .hasMessageContaining("JUICE_STS_VENDING_KEY")
                .hasMessageContaining("JUICE_PIN_KEY")
                .hasMessageContaining("JUICE_ADMIN_PASSWORD")
                .hasMessageContaining("JUICE_DB_URL")
                .hasMessageNotContaining("abababab");
    }
}
