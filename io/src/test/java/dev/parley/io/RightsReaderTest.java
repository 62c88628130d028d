package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Infeasibility;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code rights:} becomes options and rules, is written back, and is checked at its place. */
class RightsReaderTest {
  /** A government that signs and a parliament that ratifies; {@code %s} are the rights. */
  static final String BASE =
      """
      decisionMakers:
        - id: Gov
          name: Government
          options: [{id: sign, name: sign the treaty}]
          preferences: {statements: [sign]}
        - id: Parl
          name: Parliament
          options: [{id: sit, name: sit in session}]
          preferences: {statements: [-sign]}
      rights:
      %s
      """;

  static String model(String rights) {
    return BASE.formatted(rights.indent(2).stripTrailing());
  }

  @Test
  void aConsentAndAVetoBecomeOptionsAndRules() throws Exception {
    LoadedModel m =
        ModelReader.read(
            model(
                """
                - {option: sign, consent: Parl, taken: Parliament ratifies, quote: ratification}
                - {option: sit, veto: Gov, id: dissolve, name: dissolve parliament}
                """),
            "r.yaml",
            Format.YAML);
    var c = m.conflict();
    assertThat(c.options())
        .extracting(o -> o.id())
        .containsExactly("sign", "dissolve", "sit", "signConsent");
    assertThat(c.options().get(3).name()).isEqualTo("consent to “sign the treaty”");
    assertThat(c.options().get(3).taken()).isEqualTo("Parliament ratifies");
    assertThat(c.owner(3)).isEqualTo(1);
    assertThat(c.infeasibilities())
        .extracting(Infeasibility::kind)
        .containsExactly(Infeasibility.Kind.CONSENT, Infeasibility.Kind.VETO);
    assertThat(c.infeasibilities().get(0).provenance().quote()).isEqualTo("ratification");
    // 16 states of 4 options; signing without consent removes 4, sitting while dissolved 4, one
    // of them both: 9
    assertThat(m.space().size()).isEqualTo(9);
    // written back as rights over the options written with their parties, and read back the same
    String yaml = ModelWriter.write(c, Format.YAML);
    assertThat(yaml).contains("rights:").contains("consent: Parl").contains("as: signConsent");
    LoadedModel again = ModelReader.read(yaml, "again.yaml", Format.YAML);
    assertThat(again.conflict().infeasibilities()).isEqualTo(c.infeasibilities());
    assertThat(again.space().size()).isEqualTo(9);
  }

  static Stream<Arguments> badRights() {
    return Stream.of(
        TestModels.bad(
            "no party, both parties",
            "r.yaml",
            model("- {option: sign}\n- {option: sign, consent: Parl, veto: Parl}"),
            "r.yaml:11:5: right 1 in 'rights' names no party: give 'consent: PARTY' or 'veto:"
                + " PARTY' — a right is one party's consent to an act, or its veto over it: write"
                + " one of them",
            "r.yaml:12:5: right 2 in 'rights' gives both 'consent' and 'veto' — a right is one"
                + " party's consent to an act, or its veto over it: write one of them"),
        TestModels.bad(
            "unknown option, unknown party, own option",
            "r.yaml",
            model(
                "- {option: sing, consent: Parl}\n- {option: sign, consent: Parlament}\n"
                    + "- {option: sign, veto: Gov}"),
            "r.yaml:11:14: unknown option 'sing' in right 1 in 'rights' — did you mean 'sign'?"
                + " (options: sign, sit)",
            "r.yaml:12:29: unknown decision maker 'Parlament' in right 2 in 'rights' — did you"
                + " mean 'Parl'? (decision makers: Gov, Parl)",
            "r.yaml:13:26: 'Gov' controls 'sign' itself, so it needs no right over it — a right"
                + " gives another party a say: name a party that does not control 'sign'"),
        TestModels.bad(
            "as names another party's option, an id taken",
            "r.yaml",
            model(
                "- {option: sign, consent: Parl, as: sign}\n- {option: sign, veto: Parl, id: sit}"),
            "r.yaml:11:39: 'sign' is not an option of 'Parl' — name one of the options of 'Parl'"
                + " whose taking gives the consent",
            "r.yaml:12:36: the option 'sit' for right 2 in 'rights' exists already — give the"
                + " right's option an id of its own with 'id:'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRights")
  void problemsAreReportedAtTheirPlace(
      String name, String file, String text, List<String> expected) {
    assertThat(TestModels.errors(file, text)).containsExactlyElementsOf(expected);
  }
}
