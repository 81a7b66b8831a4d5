package org.juiceledger.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds {@code juice-defaults.yml} as the lowest-precedence settings of every Juice Ledger
 * application, so the standalone and the two sides share one set of defaults and each
 * application's own {@code application.yml} (and the environment) can still override them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    private static final String DEFAULTS = "juice-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load(DEFAULTS, new ClassPathResource(DEFAULTS));
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
    }
}
