package org.clientportal.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule, pointed at the fixture packages (laid out like the product, each holding one
 * deliberately bad class), reports a violation: none of the rules can pass vacuously.
 */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURE = "org.clientportal.bootstrap.architecture.fixture";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURE);
    }

    static java.util.stream.Stream<Function<String, ArchRule>> everyRule() {
        return java.util.stream.Stream.of(
                LayerRules::domainDependsOnTheJdkOnly,
                LayerRules::applicationDependsOnTheDomainOnly,
                LayerRules::adaptersDoNotDependOnEachOther,
                LayerRules::onlyBootstrapKnowsBootstrap,
                LayerRules::sqlStaysInPersistence,
                LayerRules::javalinStaysInHttp,
                LayerRules::redisStaysInItsAdapter,
                LayerRules::awsStaysInTheFileStore,
                LayerRules::templatesStayInTheDraftsAdapter,
                LayerRules::templatesStayInWeb,
                LayerRules::metricsBackendStaysInBootstrap,
                LayerRules::loggingBackendStaysInBootstrap);
    }

    @ParameterizedTest
    @MethodSource("everyRule")
    void theRuleReportsTheBadFixtureClass(Function<String, ArchRule> rule) {
        assertThatThrownBy(() -> rule.apply(FIXTURE).check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
    }
}
