package org.juiceledger.query.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the hash chain linker on its schedule (wherever the query side runs). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditSchedulingConfiguration {
}
