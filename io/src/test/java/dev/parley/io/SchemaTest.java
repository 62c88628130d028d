package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON schema accepts every model Parley accepts and rejects unknown keys. */
class SchemaTest {
  private static Schema schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = ModelReader.class.getResourceAsStream("parley-model.schema.json")) {
      assertThat(in).as("schema on the classpath").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  static List<Path> models() {
    List<Path> all = new ArrayList<>(TestFiles.examples());
    all.add(TestFiles.resourcePath("models/all-forms.yaml"));
    return all;
  }

  @Test
  void theRepositoryHasExamples() {
    assertThat(TestFiles.examples())
        .extracting(p -> p.getFileName().toString())
        .contains("prisoners-dilemma.yaml", "chicken.yaml", "elmira.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyModelValidates(Path model) throws Exception {
    List<Error> errors = schema.validate(Files.readString(model), InputFormat.YAML);
    assertThat(errors).as(model.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void whatTheWriterWritesValidates(Path model) throws Exception {
    LoadedModel m = ModelReader.read(model);
    for (Format f : Format.values()) {
      String text = ModelWriter.write(m, f);
      InputFormat in = f == Format.YAML ? InputFormat.YAML : InputFormat.JSON;
      assertThat(schema.validate(text, in)).as(f.toString()).isEmpty();
    }
  }

  /** Two decision makers, the second's preferences a ranking with a tie group. */
  private static final String BASE =
      TestModels.TWO_DMS.replace("{statements: [attack]}", "{ranking: [NN, YN, [NY, 4]]}");

  @Test
  void theBaseModelValidates() {
    assertThat(schema.validate(BASE, InputFormat.YAML)).isEmpty();
  }

  /** Each of these is refused by the reader; the schema refuses it too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "colour: red",
        "parley: 2",
        "statusQuo: 0",
        "infeasible: [{when: sign, requires: [sign, attack]}]",
        "infeasible: [{note: no condition}]",
        "infeasible: [{mutuallyExclusive: [sign]}]",
        "infeasible: [{requires: [sign, attack, sign]}]",
        "infeasible: [{pattern: {sign: Y}}]",
        "states: [{id: deal}]",
        "states: [{id: deal, options: {sign: true}, colour: red}]",
        "sources: [{id: ap}]",
        "sources: [{id: a p, title: T}]",
        "sources: [{id: And, title: T}]",
        "attitudes: {US: {RU: 2}}",
        "attitudes: {US: {RU: devout}}",
        "attitudes: {reading: strong}",
        "attitudes: {US: +}",
        "attitudes: {US: {RU: {source: ap}}}",
        "attitudes: {US: {RU: {attitude: +, colour: red}}}",
      })
  void invalidModelsFail(String extra) {
    assertThat(schema.validate(BASE + extra + "\n", InputFormat.YAML)).as(extra).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "reversable: both",
        "reversibility: sometimes",
        "id: 12",
      })
  void invalidOptionsFail(String key) {
    String model =
        BASE.replace("{id: sign}", "{id: sign, " + key + "}").replace("id: sign, id: 12", "id: 12");
    assertThat(schema.validate(model, InputFormat.YAML)).as(key).isNotEmpty();
  }

  private static final String GRAPH =
      """
      states: [{id: a}, {id: b}]
      decisionMakers:
        - id: P
          moves: [{from: a, to: b}]
          preferences: {ranking: [b, a]}
        - id: Q
          moves: [{from: b, to: [a]}]
          preferences: {payoffs: [{state: a, value: 1}, {state: b, value: 0}]}
      """;

  @Test
  void graphFormAndMoveEditsValidate() {
    assertThat(schema.validate(GRAPH, InputFormat.YAML)).isEmpty();
    assertThat(
            schema.validate(
                BASE.replace(
                        "options: [{id: sign}]",
                        "options: [{id: sign}]\n    forbidMoves: [{from: NN, to: YN}]")
                    + "packages: [{options: [sign, attack], note: together}]\n",
                InputFormat.YAML))
        .isEmpty();
  }

  /** Each of these is refused by the reader; the schema refuses it too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "infeasible: [{atLeastOne: [x]}]",
        "packages: [{options: [x, y]}]",
      })
  void graphFormRefusesOptionFormKeys(String extra) {
    assertThat(schema.validate(GRAPH + extra + "\n", InputFormat.YAML)).as(extra).isNotEmpty();
  }

  @Test
  void graphFormDecisionMakersListMovesNotOptions() {
    assertThat(
            schema.validate(
                GRAPH.replace("moves: [{from: a, to: b}]", "options: [{id: x}]"), InputFormat.YAML))
        .isNotEmpty();
    assertThat(
            schema.validate(
                GRAPH.replace("moves: [{from: a, to: b}]", "moves: [{from: a}]"), InputFormat.YAML))
        .isNotEmpty();
    assertThat(schema.validate(GRAPH.replace("{id: b}", "{id: b, options: NN}"), InputFormat.YAML))
        .isNotEmpty();
  }

  @Test
  void preferencesNeedExactlyOneForm() {
    assertThat(
            schema.validate(
                BASE.replace("{statements: [sign]}", "{statements: [sign], ranking: [1]}"),
                InputFormat.YAML))
        .isNotEmpty();
    assertThat(schema.validate(BASE.replace("{statements: [sign]}", "{}"), InputFormat.YAML))
        .isNotEmpty();
  }
}
