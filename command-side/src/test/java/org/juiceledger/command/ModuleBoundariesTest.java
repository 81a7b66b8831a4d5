package org.juiceledger.command;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.juiceledger.platform.testing.ModuleBoundaries;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The package structure of the command side, checked: no cycles between features or packages, a
 * feature's web adapter is its own ({@link ModuleBoundaries}), and another feature's aggregate is
 * invoked only by a command handler (which loads it in the one unit of work, in lock order).
 */
class ModuleBoundariesTest extends ModuleBoundaries {

    ModuleBoundariesTest() {
        super("org.juiceledger.command");
    }

    @Test
    void onlyCommandHandlersInvokeAnotherFeaturesAggregate() {
        classes().should(invokeAnotherFeaturesAggregateOnlyAsACommandHandler()).check(imported());
    }

    private ArchCondition<JavaClass> invokeAnotherFeaturesAggregateOnlyAsACommandHandler() {
        return new ArchCondition<>("invoke another feature's aggregate only from a command handler") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                boolean commandHandler = origin.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(CommandHandler.class));
                for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                    JavaClass target = access.getTargetOwner();
                    if (target.isAnnotatedWith(Aggregate.class) && !commandHandler
                            && !featureOf(target).equals(featureOf(origin))) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }
}
