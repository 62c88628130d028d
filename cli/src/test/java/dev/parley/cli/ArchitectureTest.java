package dev.parley.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
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
 * server ← cli; model formats and reports know nothing of each other), the front ends run the
 * core's analyses through the application layer, and no module's packages depend on each other in a
 * cycle.
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

  /**
   * The front ends go through the application layer (dev.parley.app): no class of the command line
   * or the server starts one of the core's computations itself (an engine's constructor or a static
   * entry point of a class that computes). Results, records and enums of the core are theirs to
   * read and render.
   */
  @Test
  void theFrontEndsCallNoEngineOfTheCore() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.parley.cli..", "dev.parley.server..")
        .should()
        .callCodeUnitWhere(startsAComputationOfTheCore())
        .because("a front end runs its use case through dev.parley.app")
        .check(classes);
  }

  /** The packages of the core's analyses, whose classes compute (but for results and values). */
  static final String[] ENGINE_PACKAGES = {
    "dev.parley.core.stability",
    "dev.parley.core.coalition",
    "dev.parley.core.evolution",
    "dev.parley.core.inverse",
    "dev.parley.core.uncertainty",
    "dev.parley.core.strength",
    "dev.parley.core.hypergame",
    "dev.parley.core.reach",
    "dev.parley.core.foresight",
    "dev.parley.core.preference",
  };

  /**
   * A call of a constructor or a static method of a class of {@link #ENGINE_PACKAGES} that is no
   * value: not a record, an enum or an exception.
   */
  static DescribedPredicate<JavaCall<?>> startsAComputationOfTheCore() {
    return DescribedPredicate.describe(
        "a constructor or static method of an engine of the core",
        call -> {
          JavaClass owner = call.getTargetOwner();
          if (!java.util.Arrays.asList(ENGINE_PACKAGES).contains(owner.getPackageName())
              || owner.isRecord()
              || owner.isEnum()
              || owner.isAssignableTo(Throwable.class)) {
            return false;
          }
          return call.getTarget().getName().equals(JavaConstructor.CONSTRUCTOR_NAME)
              || call.getTarget()
                  .resolveMember()
                  .map(m -> m.getModifiers().contains(JavaModifier.STATIC))
                  .orElse(false);
        });
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
