package org.juiceledger.query.verification;

import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.juiceledger.platform.axon.EventJson;
import org.juiceledger.platform.axon.upcasting.TariffPublished0to1Upcaster;
import org.juiceledger.platform.axon.upcasting.TransactionRecorded1to2Upcaster;
import org.juiceledger.query.audit.SqlEventReader;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;

/** A verifier on a test database, with the application's serializer and upcasters. */
final class Verifiers {

    private Verifiers() {
    }

    static ProjectionVerifier on(DataSource dataSource, ProcessorPositions processors, Duration catchUpWait) {
        return new ProjectionVerifier(dataSource, new SqlEventReader(new JdbcTemplate(dataSource)), processors,
                () -> JacksonSerializer.builder().objectMapper(EventJson.mapper()).build(),
                () -> new EventUpcasterChain(new TariffPublished0to1Upcaster(),
                        new TransactionRecorded1to2Upcaster()),
                new ProjectionVerifier.Settings(catchUpWait, 1000, 200));
    }
}
