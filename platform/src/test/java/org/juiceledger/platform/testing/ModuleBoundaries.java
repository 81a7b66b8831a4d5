package org.juiceledger.platform.testing;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of package structure both sides' ModuleBoundariesTest inherit: a feature is the first
 * package below the side's root; no cycles between features nor between packages; a feature's
 * {@code web} package (its controllers and request bodies) is its own. A side adds its own rules.
 */
public abstract class ModuleBoundaries {

    /** Imported once per root: JUnit makes an instance per test. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final String root;
    private final JavaClasses classes;

    /** Checks the production classes below {@code root}. */
    protected ModuleBoundaries(String root) {
        this.root = root;
        this.classes = IMPORTED.computeIfAbsent(root, r -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(r));
    }

    protected JavaClasses imported() {
        return classes;
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(root + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFeatureReachesIntoAnothersWebPackage() {
        classes().should(reachNoOtherFeaturesWebPackage()).check(classes);
    }

    /** The feature: the first package below the root ({@code account} of {@code root.account.web}). */
    protected String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return name;
        }
        String below = name.substring(root.length() + 1);
        int dot = below.indexOf('.');
        return dot < 0 ? below : below.substring(0, dot);
    }

    private boolean isFeatureWebPackage(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith(root + ".") && name.substring(root.length() + 1).matches("[a-z0-9]+\\.web(\\..*)?");
    }

    private ArchCondition<JavaClass> reachNoOtherFeaturesWebPackage() {
        return new ArchCondition<>("reach no other feature's web package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isFeatureWebPackage(target) && !featureOf(target).equals(featureOf(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
