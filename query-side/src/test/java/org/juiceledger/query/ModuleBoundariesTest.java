package org.juiceledger.query;

import org.juiceledger.platform.testing.ModuleBoundaries;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package structure of the query side, checked: no cycles between features or packages, a
 * feature's read endpoints are its own ({@link ModuleBoundaries}), and the query side derives: it
 * never sends a command nor reaches the command side.
 */
class ModuleBoundariesTest extends ModuleBoundaries {

    ModuleBoundariesTest() {
        super("org.juiceledger.query");
    }

    @Test
    void theQuerySideNeverDecides() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.axonframework.commandhandling.gateway.CommandGateway")
                .orShould().dependOnClassesThat().resideInAPackage("org.juiceledger.command..")
                .check(imported());
    }
}
