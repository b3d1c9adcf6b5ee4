package org.clientportal.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's classes (tests and test fixtures excluded) obey every layer rule. */
class ArchitectureTest {

    private static final String ROOT = "org.clientportal";
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages(ROOT);
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        LayerRules.domainDependsOnTheJdkOnly(ROOT).check(product);
    }

    @Test
    void applicationDependsOnTheDomainOnly() {
        LayerRules.applicationDependsOnTheDomainOnly(ROOT).check(product);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        LayerRules.adaptersDoNotDependOnEachOther(ROOT).check(product);
    }

    @Test
    void onlyBootstrapKnowsBootstrap() {
        LayerRules.onlyBootstrapKnowsBootstrap(ROOT).check(product);
    }

    @Test
    void frameworksStayInTheirAdapters() {
        LayerRules.sqlStaysInPersistence(ROOT).check(product);
        LayerRules.javalinStaysInHttp(ROOT).check(product);
        LayerRules.redisStaysInItsAdapter(ROOT).check(product);
        LayerRules.awsStaysInTheFileStore(ROOT).check(product);
        LayerRules.templatesStayInTheDraftsAdapter(ROOT).check(product);
        LayerRules.templatesStayInWeb(ROOT).check(product);
    }

    @Test
    void observabilityBackendsStayInBootstrap() {
        LayerRules.metricsBackendStaysInBootstrap(ROOT).check(product);
        LayerRules.loggingBackendStaysInBootstrap(ROOT).check(product);
    }
}
