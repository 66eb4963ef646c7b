package dev.agentpad;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules, read from the compiled classes (so a fully qualified name in code counts as much as an import):
 * the layers and which may use which, no cycles between packages, JavaFX, RichTextFX and AWT only in {@code ui}, and
 * inside {@code ui} one room per feature that uses only {@code ui.common}, never the window that holds it.
 */
@AnalyzeClasses(packages = "dev.agentpad", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesAToolkit = noClasses().that().resideOutsideOfPackage("dev.agentpad.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.reactfx..", "java.awt..", "javax.swing..")
            .because("the core runs headless: in the command line, in CI and in tests without a display");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("launcher").definedBy("dev.agentpad")
            .layer("resources").definedBy("dev.agentpad.resources..")
            .layer("document").definedBy("dev.agentpad.document..")
            .layer("yaml").definedBy("dev.agentpad.yaml..")
            .layer("dialect").definedBy("dev.agentpad.dialect..")
            .layer("io").definedBy("dev.agentpad.io..")
            .layer("check").definedBy("dev.agentpad.check..")
            .layer("render").definedBy("dev.agentpad.render..")
            .layer("form").definedBy("dev.agentpad.form..")
            .layer("review").definedBy("dev.agentpad.review..")
            .layer("analysis").definedBy("dev.agentpad.analysis..")
            .layer("cli").definedBy("dev.agentpad.cli..")
            .layer("ui").definedBy("dev.agentpad.ui..")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("review").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("form").mayOnlyBeAccessedByLayers("analysis", "ui")
            .whereLayer("render").mayOnlyBeAccessedByLayers("review", "analysis", "cli", "ui")
            .whereLayer("check").mayOnlyBeAccessedByLayers("render", "form", "review", "analysis", "cli", "ui")
            .whereLayer("io").mayOnlyBeAccessedByLayers("review", "analysis", "cli", "ui")
            .whereLayer("dialect").mayOnlyBeAccessedByLayers("io", "check", "render", "form", "review", "analysis", "cli", "ui")
            .whereLayer("yaml").mayOnlyBeAccessedByLayers("dialect", "check", "render", "form", "review", "analysis", "cli", "ui")
            .whereLayer("document").mayOnlyBeAccessedByLayers("yaml", "dialect", "io", "check", "render", "form", "review", "analysis",
                    "cli", "ui");

    @ArchTest
    static final ArchRule resourcesIsALeaf = noClasses().that().resideInAPackage("dev.agentpad.resources..")
            .should().dependOnClassesThat(resideInAPackage("dev.agentpad..").and(not(resideInAPackage("dev.agentpad.resources.."))));

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.agentpad.(*)..").should().beFreeOfCycles();

    /** The window ({@code dev.agentpad.ui}) puts the rooms together: editor, form, preview, problems, review, workspace. */
    @ArchTest
    static final ArchRule roomsDoNotReachIntoTheWindow = noClasses().that().resideInAPackage("dev.agentpad.ui.*..")
            .should().dependOnClassesThat().resideInAPackage("dev.agentpad.ui")
            .because("a room that used the window could not be read, changed or tested on its own");

    @ArchTest
    static final ArchRule roomsShareOnlyCommon = slices().matching("dev.agentpad.ui.(*)..").should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("dev.agentpad.ui.common.."));
}
