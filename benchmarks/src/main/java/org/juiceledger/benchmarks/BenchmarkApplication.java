package org.juiceledger.benchmarks;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Both sides in one process, as the standalone application runs them. */
@SpringBootApplication(scanBasePackages = {"org.juiceledger.platform", "org.juiceledger.command", "org.juiceledger.query"})
@AutoConfigurationPackage(basePackages = {"org.juiceledger.platform", "org.juiceledger.command", "org.juiceledger.query"})
class BenchmarkApplication {
}
