package dev.parley.app.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.parley.app.check.Finding.Kind;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelLoadException;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCheckTest {

  /**
   * Alpha owns x (cross the river), the United Beta owns y (yield the bridge): states NN, YN, NY,
   * YY with x first.
   */
  private static String twoParties(String alpha, String beta, String extra) {
    return """
        decisionMakers:
          - id: A
            name: Alpha
            options: [{id: x, name: cross the river}]
            preferences: {statements: %s}
          - id: B
            name: United Beta
            options: [{id: y, name: yield the bridge}]
            preferences: {statements: %s}
        """
            .formatted(alpha, beta)
        + extra;
  }

  private static List<Finding> check(String yaml) throws ModelLoadException {
    return ModelCheck.check(ModelReader.read(yaml, "m.yaml", Format.YAML));
  }

  private static List<Finding> of(List<Finding> all, Kind kind) {
    return all.stream().filter(f -> f.kind() == kind).toList();
  }

  // rule 1

  @Test
  void aConditionalRankedAboveItsOppositeIsFlagged() throws Exception {
    List<Finding> f = of(check(twoParties("['x IF y', '-x']", "[y]", "")), Kind.CONDITIONAL_ORDER);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).dm()).isZero();
    assertThat(f.get(0).statement()).isZero();
    assertThat(f.get(0).line()).isEqualTo(5);
    assertThat(f.get(0).text())
        .startsWith("Alpha: statement 1 ‘x IF y’ is ranked above statement 2 ‘-x’")
        .contains("whenever ‘y’ holds Alpha wants ‘x’")
        .endsWith("write ‘-x IF -y’ instead.");
  }

  @Test
  void aConditionalRankedAboveALiteralOfItsConditionIsFlagged() throws Exception {
    List<Finding> f = of(check(twoParties("['x IF y', 'y']", "[y]", "")), Kind.CONDITIONAL_ORDER);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).text())
        .contains("statement 1 ‘x IF y’ is ranked above statement 2 ‘y’")
        .contains("prefer ‘-y’ to ‘y’ while ‘-x’ holds")
        .contains("write ‘-x IF -y’ instead, or rank statement 2 higher");
  }

  @Test
  void aNecessaryConditionOrAnOppositeRankedHigherIsNotFlagged() throws Exception {
    assertThat(of(check(twoParties("['-x IF -y', '-x', 'y']", "[y]", "")), Kind.CONDITIONAL_ORDER))
        .isEmpty();
    assertThat(of(check(twoParties("['-x', 'y', 'x IF y']", "[y]", "")), Kind.CONDITIONAL_ORDER))
        .isEmpty();
    // the consequent is about another party's option
    assertThat(of(check(twoParties("['y IF x', '-y']", "[y]", "")), Kind.CONDITIONAL_ORDER))
        .isEmpty();
  }

  // rule 2

  @Test
  void aStatementThatNeverChangesAlongTheOwnMovesIsFlagged() throws Exception {
    List<Finding> f = of(check(twoParties("[y, x]", "[y]", "")), Kind.NEVER_BITES);
    assertThat(f).extracting(Finding::dm, Finding::statement).containsExactly(tuple(0, 0));
    assertThat(f.get(0).text())
        .isEqualTo(
            "Alpha: statement 1 ‘y’ is about an option Alpha does not control (y, owned by the"
                + " United Beta): it never changes along Alpha's own moves, so it cannot make Alpha"
                + " move or stay; it only shapes how Alpha judges the others' moves. Intended?");
  }

  @Test
  void aStatementThatBitesOrAPartyWithoutMovesIsNotFlagged() throws Exception {
    assertThat(of(check(twoParties("['x IF y', 'y & x']", "[y]", "")), Kind.NEVER_BITES)).isEmpty();
    // x can never be taken, so Alpha has no move at all
    String noMoves = twoParties("[y]", "[y]", "infeasible:\n  - pattern: {x: true}\n");
    assertThat(of(check(noMoves), Kind.NEVER_BITES)).isEmpty();
  }

  @Test
  void aStatementAboutAnotherPartysOptionBitesThroughAPackage() throws Exception {
    // the package move takes x and y together, so Alpha's move can change y
    String packaged = twoParties("[y, x]", "[y]", "packages:\n  - options: [x, y]\n");
    assertThat(of(check(packaged), Kind.NEVER_BITES)).isEmpty();
  }

  // rule 3

  @Test
  void aPairOrderedAgainstAPlainStatementIsFlaggedInWords() throws Exception {
    List<Finding> f = of(check(twoParties("['x IF y', '-x']", "[y]", "")), Kind.SURPRISING_ORDER);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).statement()).isEqualTo(1);
    assertThat(f.get(0).text())
        .isEqualTo(
            "Alpha: statement 2 says ‘-x’, yet Alpha prefers state 4 (Alpha crosses the river,"
                + " the United Beta yields the bridge) to state 3 (Alpha does not cross the river,"
                + " the United Beta yields the bridge), the same without ‘cross the river’:"
                + " statement 1 ‘x IF y’, ranked higher, decides. Intended?");
  }

  @Test
  void noSurpriseWhenThePlainStatementDecides() throws Exception {
    assertThat(of(check(twoParties("['-x', 'x IF y']", "[y]", "")), Kind.SURPRISING_ORDER))
        .isEmpty();
    String ranking =
        """
        decisionMakers:
          - id: A
            options: [{id: x}]
            preferences: {ranking: [YN, NN, YY, NY]}
          - id: B
            options: [{id: y}]
            preferences: {payoffs: [{state: {y: true}, value: 2}, {state: {y: false}, value: 1}]}
        """;
    assertThat(check(ranking)).isEmpty();
  }

  @Test
  void atMostThreePairsAreShownPerStatement() throws Exception {
    String extra =
        """
          - id: C
            options: [{id: p}, {id: q}]
            preferences: {statements: [p, q]}
        """;
    List<Finding> f =
        of(check(twoParties("['x IF y', '-x']", "[y]", extra)), Kind.SURPRISING_ORDER);
    assertThat(f).hasSize(3).allMatch(k -> k.dm() == 0 && k.statement() == 1);
    assertThat(f.get(2).message()).endsWith("(3 of the 4 such pairs are shown.)");
    assertThat(f.get(0).message()).doesNotContain("such pairs");
  }

  // rule 4

  private static final String EXCLUSIVE =
      """
      decisionMakers:
        - id: RU
          name: Russian Federation
          options: [{id: accept, name: accept the settlement}, {id: fight, name: continue the offensive}]
          preferences: {statements: [accept]}
        - id: UA
          options: [{id: hold}]
          preferences: {statements: [hold]}
      infeasible:
      """;

  @Test
  void exclusiveOptionsOfOnePartyWithNeitherTakenAreFlagged() throws Exception {
    List<Finding> f =
        of(check(EXCLUSIVE + "  - mutuallyExclusive: [accept, fight]\n"), Kind.NEITHER_OPTION);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).path()).isEqualTo("infeasible[0]");
    assertThat(f.get(0).line()).isEqualTo(10);
    assertThat(f.get(0).text())
        .startsWith(
            "The Russian Federation: 2 feasible states have the Russian Federation take neither"
                + " ‘accept the settlement’ nor ‘continue the offensive’ (state 1, state 4)")
        .endsWith("use `exactlyOne: [accept, fight]` or a single option.");
  }

  @Test
  void exclusiveOptionsThatMustHoldOrOfTwoPartiesAreNotFlagged() throws Exception {
    assertThat(of(check(EXCLUSIVE + "  - exactlyOne: [accept, fight]\n"), Kind.NEITHER_OPTION))
        .isEmpty();
    assertThat(
            of(
                check(
                    EXCLUSIVE
                        + "  - mutuallyExclusive: [accept, fight]\n"
                        + "  - atLeastOne: [fight, accept]\n"),
                Kind.NEITHER_OPTION))
        .isEmpty();
    assertThat(
            of(check(EXCLUSIVE + "  - mutuallyExclusive: [accept, hold]\n"), Kind.NEITHER_OPTION))
        .isEmpty();
  }

  // rule 5

  private static String quoted(String optionQuote, String statementQuote) {
    return """
        decisionMakers:
          - id: A
            name: Alpha
            options:
              - {id: signDeal, name: sign the guarantee, quote: "%s"}
            preferences:
              statements:
                - {statement: signDeal, quote: "%s"}
          - id: B
            options: [{id: y}]
            preferences: {statements: [y]}
        """
        .formatted(optionQuote, statementQuote);
  }

  @Test
  void aQuoteThatSharesNoWordWithItsOptionsIsAHint() throws Exception {
    List<Finding> f =
        of(check(quoted("They are ready.", "We will see about that.")), Kind.QUOTE_WORDS);
    assertThat(f).extracting(Finding::statement).containsExactly(-1, 0);
    assertThat(f.get(0).path()).isEqualTo("decisionMakers[0].options[0]");
    assertThat(f.get(0).text())
        .isEqualTo(
            "Alpha: option ‘signDeal’ (sign the guarantee): its quote shares no word with the"
                + " option (sign, deal, guarantee); check that the quote says it (a hint: only"
                + " words are compared).");
    assertThat(f.get(1).text())
        .startsWith("Alpha: statement 1 ‘signDeal’: its quote shares no word with the options");
  }

  @Test
  void aQuoteWithAWordOfItsOptionsIsNotAHint() throws Exception {
    // "signing" shares the stem of "sign", "guarantees" that of "guarantee"
    assertThat(
            of(check(quoted("Ready for signing.", "The guarantees are agreed.")), Kind.QUOTE_WORDS))
        .isEmpty();
  }

  @Test
  void aRuleQuoteConcernsTheModelAsAWhole() throws Exception {
    List<Finding> f =
        of(
            check(EXCLUSIVE + "  - exactlyOne: [accept, fight]\n    quote: Nothing said.\n"),
            Kind.QUOTE_WORDS);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).dm()).isEqualTo(-1);
    assertThat(f.get(0).subject()).isNull();
    assertThat(f.get(0).text())
        .startsWith("Infeasibility rule 1 (exactlyOne over accept and fight): its quote");
  }

  @Test
  void contentWordsSplitIdsAndDropShortAndCommonWords() {
    assertThat(QuoteWords.contentWords("signDeal_now")).containsExactly("sign", "deal");
    assertThat(QuoteWords.contentWords("continue the offensive")).containsExactly("offensive");
  }

  // the whole

  @Test
  void theKnownBadPeaceTalksFixtureTriggersEveryRule() throws Exception {
    List<Finding> f;
    try (InputStream in = getClass().getResourceAsStream("/check/peace-talks-known-bad.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      f = ModelCheck.check(ModelReader.read(text, "peace.yaml", Format.YAML));
    }
    assertThat(f).extracting(Finding::kind).contains(Kind.values());
    assertThat(of(f, Kind.CONDITIONAL_ORDER))
        .extracting(Finding::dm, Finding::statement)
        .containsExactly(tuple(1, 2), tuple(1, 2));
    assertThat(of(f, Kind.NEVER_BITES))
        .anyMatch(k -> k.text().startsWith("Russia: statement 3 ‘-sign’ is about an option"));
    assertThat(of(f, Kind.NEITHER_OPTION))
        .extracting(Finding::path)
        .containsExactly("infeasible[0]");
    assertThat(of(f, Kind.QUOTE_WORDS))
        .anyMatch(k -> k.text().startsWith("The United States: statement 1 ‘accept & -offensive’"));
    assertThat(f).allMatch(k -> k.line() > 0);
  }

  @Test
  void everyExampleIsCheckedWithoutFailingAndTheSameWayTwice() throws Exception {
    List<Path> files = TestFiles.examples();
    assertThat(files).hasSizeGreaterThan(3);
    for (Path p : files) {
      LoadedModel m = ModelReader.read(p);
      assertThatCode(() -> ModelCheck.check(m)).as(p.toString()).doesNotThrowAnyException();
      assertThat(ModelCheck.check(m)).as(p.toString()).isEqualTo(ModelCheck.check(m));
    }
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
