package dev.ambit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The store owns crypto and SQLite; the CLI reaches it only through the engine. */
class StoreBoundaryTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ambit");

    @Test
    void onlyTheStoreUsesTinkBouncyCastleOrSqlite() {
        noClasses().that().resideOutsideOfPackage("dev.ambit.store..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.crypto.tink..", "org.bouncycastle..", "org.sqlite..")
                .check(CLASSES);
    }

    @Test
    void theCliReachesTheStoreOnlyThroughTheEngine() {
        noClasses().that().resideInAPackage("dev.ambit.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.ambit.store..")
                .check(CLASSES);
    }

    @Test
    void theStoreDependsOnNothingAbove() {
        noClasses().that().resideInAPackage("dev.ambit.store..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ambit.engine..", "dev.ambit.cli..")
                .check(CLASSES);
    }
}
