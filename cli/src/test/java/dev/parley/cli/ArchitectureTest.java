package dev.parley.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.parley.io.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layout of docs/architecture.md, checked on the compiled classes of every module (the command
 * line's test class path holds them all): the modules depend one way (core ← io, report ← app ←
 * server ← cli; model formats and reports know nothing of each other), and no module's packages
 * depend on each other in a cycle.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar")) // io's test jar
            .importPackages("dev.parley");
  }

  @Test
  void theClassesOfEveryModuleWereImported() {
    for (String p : new String[] {"core", "io", "report", "app", "server", "cli"}) {
      org.assertj.core.api.Assertions.assertThat(
              classes.stream().filter(c -> c.getPackageName().startsWith("dev.parley." + p)))
          .as("classes of dev.parley." + p)
          .hasSizeGreaterThan(5);
    }
  }

  @Test
  void theCoreDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.parley.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.parley.io..",
            "dev.parley.report..",
            "dev.parley.app..",
            "dev.parley.server..",
            "dev.parley.cli..")
        .check(classes);
  }

  @Test
  void modelFormatsKnowNothingOfReportsOrTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("dev.parley.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.parley.report..", "dev.parley.app..", "dev.parley.server..", "dev.parley.cli..")
        .check(classes);
  }

  @Test
  void reportsKnowNothingOfModelFormatsOrTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("dev.parley.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.parley.io..", "dev.parley.app..", "dev.parley.server..", "dev.parley.cli..")
        .check(classes);
  }

  @Test
  void theApplicationLayerDependsOnNeitherFrontEnd() {
    noClasses()
        .that()
        .resideInAPackage("dev.parley.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.parley.server..", "dev.parley.cli..")
        .check(classes);
  }

  @Test
  void theServerDoesNotDependOnTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("dev.parley.server..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.parley.cli..")
        .check(classes);
  }

  @ParameterizedTest(name = "dev.parley.{0}")
  @ValueSource(strings = {"core", "io", "app", "server"})
  void noPackageCycles(String module) {
    slices().matching("dev.parley." + module + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  /** Files of one idea: no main source file (Java or the workbench's TypeScript) over 600 lines. */
  @Test
  void noMainSourceFileIsOver600Lines() throws java.io.IOException {
    java.nio.file.Path root = TestFiles.repoRoot();
    java.util.List<String> long_ = new java.util.ArrayList<>();
    int files = 0;
    try (var paths = java.nio.file.Files.walk(root)) {
      for (java.nio.file.Path p :
          paths
              .filter(java.nio.file.Files::isRegularFile)
              .filter(
                  p -> {
                    String s = root.relativize(p).toString().replace('\\', '/');
                    return !s.contains("node_modules/")
                        && !s.contains("/target/")
                        && (s.matches("[a-z]+/src/main/java/.*\\.java")
                            || s.matches("server/ui/src/[^/]+\\.tsx?")
                                && !s.matches(".*\\.test\\.tsx?"));
                  })
              .toList()) {
        files++;
        long lines = java.nio.file.Files.readAllLines(p).size();
        if (lines > 600) {
          long_.add(root.relativize(p) + " (" + lines + " lines)");
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(files)
        .as("main source files found")
        .isGreaterThan(200);
    org.assertj.core.api.Assertions.assertThat(long_).as("files over 600 lines").isEmpty();
  }
}
