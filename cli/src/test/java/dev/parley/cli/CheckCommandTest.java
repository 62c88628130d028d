package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.io.TestFiles;
import dev.parley.io.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  /** Ukraine's conditional is ranked above its opposite; Russia's statement never bites. */
  private static final String FLAWED =
      """
      decisionMakers:
        - id: US
          name: United States
          options: [{id: sign, name: sign the guarantee}]
          preferences: {statements: [sign]}
        - id: UA
          name: Ukraine
          options: [{id: withdraw, name: withdraw from Donetsk}]
          preferences: {statements: ['withdraw IF sign', '-withdraw']}
        - id: RU
          name: Russia
          options: [{id: offensive, name: continue the offensive}]
          preferences: {statements: [-sign, -offensive]}
      """;

  /** Every statement of each party is about its own option alone. */
  private static final String SOUND = TestModels.TWO_DMS;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void listsTheFindingsNumberedAndGroupedByDecisionMaker() throws Exception {
    Path m = write("flawed.yaml", FLAWED);
    Cli r = Cli.ok("check", m.toString());
    String out = r.out();
    assertThat(out).as(out).startsWith(m + ": ").contains(" findings — hints");
    assertThat(out).contains("\nUkraine\n  1. Statement 1 ‘withdraw IF sign’ is ranked above");
    assertThat(out).contains("\nRussia\n  4. Statement 1 ‘-sign’ is about an option Russia");
    String flat = out.replaceAll("\\s+", " ");
    assertThat(flat).contains("write ‘-withdraw IF -sign’").contains("[conditional-order, line 9]");
    assertThat(flat).contains("(sign, owned by the United States)");
    assertThat(out.indexOf("\nUkraine\n")).isLessThan(out.indexOf("\nRussia\n"));
    assertThat(out.lines()).allMatch(l -> l.length() <= CheckCommand.WIDTH);
  }

  @Test
  void saysSoWhenThereIsNothingToFlag() throws Exception {
    Path m = write("sound.yaml", SOUND);
    Cli r = Cli.run("check", m.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(m + ": no findings.\n");
  }

  @Test
  void writesJson() throws Exception {
    Path m = write("flawed.yaml", FLAWED);
    Cli r = Cli.run("check", m.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("count").asInt()).isEqualTo(root.get("findings").size()).isPositive();
    JsonNode first = root.get("findings").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("conditional-order");
    assertThat(first.get("decisionMaker").asText()).isEqualTo("UA");
    assertThat(first.get("statement").asInt()).isEqualTo(1);
    assertThat(first.get("line").asInt()).isEqualTo(9);
    assertThat(first.get("message").asText()).startsWith("Ukraine: statement 1 ‘withdraw IF sign’");
  }

  @Test
  void aModelThatDoesNotLoadIsExitTwo() throws Exception {
    Path m = write("bad.yaml", SOUND.replace("[attack]", "[-c]"));
    Cli r = Cli.run("check", m.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:").contains("'c'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validatePrintsTheFindingsAsWarningsAndStillSucceeds() throws Exception {
    Path m = write("flawed.yaml", FLAWED);
    Cli r = Cli.run("validate", m.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(": OK — 3 decision makers");
    assertThat(r.err().replaceAll("\\s+", " "))
        .contains(m + ":9: warning: Ukraine: statement 1 ‘withdraw IF sign’ is ranked above")
        .contains("warning: Russia: statement 1 ‘-sign’");
    assertThat(r.err().lines()).allMatch(l -> l.length() <= CheckCommand.WIDTH);
    Cli sound = Cli.run("validate", write("sound.yaml", SOUND).toString());
    assertThat(sound.code()).isZero();
    assertThat(sound.err()).isEmpty();
  }

  @Test
  void checksAGmcrFileToo() throws Exception {
    Path yaml = write("flawed.yaml", FLAWED);
    Path gmcr = dir.resolve("flawed.gmcr");
    assertThat(Cli.run("convert", yaml.toString(), gmcr.toString()).code()).isZero();
    Cli r = Cli.ok("check", gmcr.toString());
    assertThat(r.out()).contains("[never-bites]").doesNotContain(", line ");
  }

  @Test
  void helpTeachesByExample() {
    Cli r = Cli.run("check", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Examples:").contains("parley check").contains("--format");
    assertThat(Cli.run("--help").out()).contains("check");
  }

  @Test
  void everyExampleIsChecked() {
    for (Path p : TestFiles.examples()) {
      Cli r = Cli.run("check", p.toString());
      assertThat(r.code()).as(p + ": " + r.err()).isZero();
      assertThat(r.out()).startsWith(p + ": ");
    }
  }
}
