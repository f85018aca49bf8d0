package dev.ambit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of the code base: cli → engine → store, and each outside library in one home. */
class ArchitectureTest {
    private static final JavaClasses AMBIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ambit");

    @Test
    void store_dependsOnNeitherEngineNorCli() {
        noClasses().that().resideInAPackage("dev.ambit.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ambit.engine..", "dev.ambit.cli..")
                .allowEmptyShould(true)
                .check(AMBIT);
    }

    @Test
    void engine_doesNotDependOnCli() {
        noClasses().that().resideInAPackage("dev.ambit.engine..")
                .should().dependOnClassesThat().resideInAPackage("dev.ambit.cli..")
                .check(AMBIT);
    }

    @Test
    void onlyEngineInference_usesJavaLlamaCpp() {
        noClasses().that().resideOutsideOfPackage("dev.ambit.engine.inference..")
                .should().dependOnClassesThat().resideInAPackage("de.kherud.llama..")
                .check(AMBIT);
    }

    @Test
    void onlyTheStore_usesTink() {
        noClasses().that().resideOutsideOfPackage("dev.ambit.store..")
                .should().dependOnClassesThat().resideInAPackage("com.google.crypto.tink..")
                .check(AMBIT);
    }

    @Test
    void onlyTheModelCatalogue_opensNetworkConnections() {
        noClasses().that().resideOutsideOfPackage("dev.ambit.engine.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URL")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .check(AMBIT);
    }

    @Test
    void onlyMain_callsSystemExit() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.ambit.cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(AMBIT);
    }
}
