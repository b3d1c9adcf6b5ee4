package org.clientportal.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.io.InputStream;

/**
 * The hexagon's rules, over a root package so that the same rules check the product and, in the
 * tests that prove they can fail, a set of deliberately bad classes laid out the same way.
 */
final class LayerRules {

    /** The JDK's core: language, collections, time and numbers; not SQL, network or files. */
    private static final String[] CORE_JDK = {"java.lang..", "java.util..", "java.time..", "java.math.."};

    private LayerRules() {
    }

    private static String[] withCoreJdk(String... packages) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(packages), java.util.Arrays.stream(CORE_JDK))
                .toArray(String[]::new);
    }

    static ArchRule domainDependsOnTheJdkOnly(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(withCoreJdk(root + ".domain.."))
                .because("the domain is pure Java: no framework, SQL, JSON, network or logging");
    }

    /** File content passes through the ports as a stream; the rest of java.io (files) stays out. */
    static ArchRule applicationDependsOnTheDomainOnly(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat(
                        resideInAnyPackage(withCoreJdk(root + ".application..", root + ".domain..", "java.nio.charset.."))
                                .or(belongToAnyOf(InputStream.class)))
                .because("use cases and ports know the domain and nothing of adapters or frameworks");
    }

    /** Every adapter module is its own slice ({@code adapters.http}, {@code adapters.redis}, …). */
    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapters.(*)..")
                .should().notDependOnEachOther()
                .because("adapters never depend on each other");
    }

    static ArchRule redisStaysInItsAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.redis..")
                .should().dependOnClassesThat().resideInAnyPackage("redis.clients..")
                .because("operational state (Redis) lives in its adapter only");
    }

    static ArchRule awsStaysInTheFileStore(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.files..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..")
                .because("the S3 client lives in the file storage adapter only");
    }

    static ArchRule templatesStayInTheDraftsAdapter(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.drafts..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.mustachejava..")
                .because("the template library lives in the drafts adapter only, behind the ReplyDrafts port");
    }

    /** Adapters record through Micrometer's facade; which backend receives the meters is bootstrap's choice. */
    static ArchRule metricsBackendStaysInBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("io.micrometer.prometheusmetrics..", "io.prometheus..")
                .because("adapters record meters through Micrometer's facade; bootstrap picks the registry");
    }

    static ArchRule loggingBackendStaysInBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..", "net.logstash..")
                .because("code logs through SLF4J; bootstrap configures the backend and the format of its lines");
    }

    static ArchRule onlyBootstrapKnowsBootstrap(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .because("bootstrap wires everything and nothing depends on it");
    }

    static ArchRule sqlStaysInPersistence(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "java.sql..")
                .because("SQL lives in the persistence adapter only");
    }

    static ArchRule javalinStaysInHttp(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".adapters.http..", root + ".adapters.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .because("the web framework lives in the two adapters that serve HTTP only: the API and the pages");
    }

    static ArchRule templatesStayInWeb(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".adapters.web..")
                .should().dependOnClassesThat().resideInAnyPackage("gg.jte..")
                .because("page templates belong to the web app");
    }
}
