package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parley.core.drama.CardTable;
import dev.parley.core.drama.Comparison;
import dev.parley.core.drama.Dilemma;
import dev.parley.core.drama.DilemmaKind;
import dev.parley.core.drama.Dilemmas;
import dev.parley.core.drama.Doubt;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.drama.GmcrView;
import dev.parley.core.drama.Position;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.hypergame.Hypergame;
import dev.parley.core.hypergame.HypergameResult;
import dev.parley.core.hypergame.Misbelief;
import dev.parley.core.hypergame.Perception;
import dev.parley.core.model.StatePattern;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.ModelWriter;
import dev.parley.io.StateRefs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flagship's card table (issue 13): what drama theory says of the talks as the report of 26
 * November 2026 states them, and what changes if Washington believes Putin's "I was ready for
 * peace" (examples/scenarios/peace-talks-2026-washington-believes-putin.yaml). Every expected value
 * was worked out by hand from the model first; the reasoning is in the comments.
 *
 * <p>States (options sign, seat, withdraw, heads, settle; Y/N): 1 war NNNNN, 7 NNYYN, 8 YNYYN, 11
 * YNNYY, 13 capitulation NNYYY, 14 deal YNYYY, 15 vetoDeal YYYYY. The rankings, best first (`parley
 * ranking`): US [10,14,15] 13 [11,12] [1,4,7] [2,3,5,6,8,9]; UA 11 14 12 10 [2,5] 8 [3,6] [1,4] 15
 * 9 13 7; RU [13,15] [7,9] 8 [1,3] [4,6] 2 5 [10,12] 14 11.
 */
class FlagshipDramaTest {
  private static LoadedModel flagship;
  private static GraphModel g;
  private static int us;
  private static int ua;
  private static int ru;
  private static int war;
  private static int deal;
  private static int vetoDeal;
  private static int capitulation;

  @BeforeAll
  static void load() throws Exception {
    flagship = ModelReader.read(Models.file("peace-talks-2026.yaml"));
    g = flagship.graphModel();
    us = flagship.conflict().dmIndex("US");
    ua = flagship.conflict().dmIndex("UA");
    ru = flagship.conflict().dmIndex("RU");
    war = state("war");
    deal = state("deal");
    vetoDeal = state("vetoDeal");
    capitulation = state("capitulation");
  }

  private static int state(String ref) {
    return StateRefs.resolve(ref, flagship);
  }

  private static DramaResult analyze(GraphModel model, CardTable table) {
    StabilityResult seq = new StabilityEngine().analyze(model, EnumSet.of(Concept.SEQ));
    return Dilemmas.analyze(model, table, seq, Concept.SEQ);
  }

  /** The flagship's card table with every party's position replaced by {@code futures}. */
  private static CardTable everyoneProposes(int... futures) {
    List<Position> ps = new ArrayList<>();
    for (int p = 0; p < futures.length; p++) {
      StatePattern f =
          StatePattern.exact(flagship.space().code(futures[p]), flagship.conflict().optionCount());
      ps.add(new Position(p, f, null));
    }
    CardTable t = flagship.drama();
    return new CardTable(ps, t.threatened(), t.threatenedProvenance(), t.doubts());
  }

  private static Dilemma find(DramaResult r, DilemmaKind kind, int faced, int toward) {
    return r.dilemmas().stream()
        .filter(d -> d.kind() == kind && d.faced() == faced && d.toward() == toward)
        .findFirst()
        .orElseThrow();
  }

  /**
   * The positions are read as the report states them. The US fixes sign, no seat and settle and
   * leaves Donetsk open: of YNYYY (14) and YNNYY (11) it ranks the deal higher (statement 2, "-sign
   * IF -(withdraw & settle)", fails at 11), so it proposes the deal. Ukraine fixes sign and settle:
   * of 11, 12, 14, 15 it likes 11 best (all six of its statements hold there; the deal breaks
   * "-withdraw"), so it proposes peace under the guarantee with Donetsk kept. Russia fixes withdraw
   * and settle: of 13, 14, 15 it ranks capitulation and vetoDeal first and alike (the deal breaks
   * its first statement, Lavrov's "-settle IF sign & -seat"). No two readings meet, so every pair
   * of parties is at a crisis, not a commitment.
   */
  @Test
  void thePositionsAreTheReportsAndNoTwoPartiesShareOne() {
    DramaResult r = Dilemmas.analyze(g, flagship.drama());
    assertThat(r.threatened()).isEqualTo(war);
    assertThat(r.readings(us)).containsExactly(deal);
    assertThat(r.readings(ua)).containsExactly(state("YNNYY"));
    assertThat(r.readings(ru)).containsExactly(capitulation, vetoDeal);
    for (int x = 0; x < 3; x++) {
      for (int y = 0; y < 3; y++) {
        assertThat(r.atCommitment(x, y)).as("%d and %d share a future", x, y).isFalse();
      }
    }
    Doubt budapest = flagship.drama().doubt(ua, ru, Doubt.About.AGREEMENT);
    assertThat(budapest).isNotNull();
    assertThat(budapest.provenance().quote()).contains("Budapest Memorandum");
    assertThat(flagship.drama().doubts()).hasSize(1);
  }

  /**
   * The dilemmas of the card table as stated, by docs/semantics.md §5.2, with T = war:
   *
   * <ul>
   *   <li>persuasion(US, RU): Russia ranks war (rank 4) above the deal (rank 9); persuasion(UA,
   *       RU): war above 11 (rank 10); persuasion(RU, UA): Ukraine ranks war (rank 8) above
   *       capitulation (11) and vetoDeal (9). Nobody else is unpersuaded: the US ranks 11, 13 and
   *       15 above war, and Ukraine ranks the deal (2) above war.
   *   <li>rejection: the US prefers Ukraine's position (11, rank 3) and both readings of Russia's
   *       (13, 15) to war; Ukraine prefers the deal to war. Russia prefers war to every other
   *       position, so it faces none: its stand costs it nothing.
   *   <li>threat: nobody gains by changing its own part of war. The US could only sign (state 2, or
   *       3 with the seat), which it ranks lower; Ukraine cannot withdraw without the leaders'
   *       level; Russia's own moves lead to 4 (summit) or 10, both ranked lower. Every threat is
   *       credible, so there is no threat dilemma and no doubt marks one.
   *   <li>positioning: each position is its holder's best future, so none.
   *   <li>co-operation and trust need a future two parties share: none here. Ukraine's doubt about
   *       Russia (Budapest) is on the table but creates no dilemma as the positions stand.
   * </ul>
   *
   * SEQ agrees with the persuasion dilemma the United States faces: the deal is unstable for Russia
   * (it would leave it for YNYYN, which it ranks third).
   */
  @Test
  void everyPartyIsAtACrisisAndNoThreatIsHollow() {
    DramaResult r = analyze(g, flagship.drama());
    assertThat(r.dilemmas())
        .extracting(Dilemma::kind, Dilemma::faced, Dilemma::toward)
        .containsExactly(
            tuple(DilemmaKind.REJECTION, us, ua),
            tuple(DilemmaKind.PERSUASION, us, ru),
            tuple(DilemmaKind.REJECTION, us, ru),
            tuple(DilemmaKind.REJECTION, ua, us),
            tuple(DilemmaKind.PERSUASION, ua, ru),
            tuple(DilemmaKind.PERSUASION, ru, ua));
    assertThat(r.dilemmas()).allMatch(Dilemma::everyReading);
    Dilemma lavrov = find(r, DilemmaKind.PERSUASION, us, ru);
    assertThat(lavrov.because())
        .extracting(Comparison::judge, Comparison::better, Comparison::worse)
        .containsExactly(tuple(ru, war, deal));
    assertThat(lavrov.gmcr())
        .singleElement()
        .satisfies(v -> assertThat(v).isEqualTo(new GmcrView(Concept.SEQ, ru, deal, false)));
    // Ukraine's refusal to cede is hollow toward Washington: it likes the deal better than the war
    assertThat(find(r, DilemmaKind.REJECTION, ua, us).because())
        .extracting(Comparison::better, Comparison::worse)
        .containsExactly(tuple(deal, war));
  }

  /**
   * Whether Ukraine faces a trust dilemma at the deal. As the report states the positions it does
   * not (above): nobody but the US proposes the deal. If every party proposed it, by hand: Russia
   * could leave the deal for YNYYN (8) by not settling, which it ranks third against the deal's
   * ninth (Lavrov's objection comes first): a co-operation dilemma for Russia, hence trust dilemmas
   * for the US and for Ukraine toward Russia, Ukraine's doubly so because of its doubt (Budapest).
   * Toward the US Ukraine has none: the US could only withdraw its signature (to capitulation, rank
   * 2 against 1) or add Russia's seat (vetoDeal, a tie), neither a strict gain, and Ukraine has no
   * doubt about it; Ukraine itself cannot take back a withdrawal, so the US has no trust dilemma
   * toward Ukraine either. SEQ agrees: the deal is unstable for Russia.
   *
   * <p>What would resolve it: in the model only the seat removes Russia's gain from breaking the
   * settlement — at vetoDeal ("seat IF sign" and Lavrov's statement both hold) Russia has no
   * co-operation dilemma and SEQ finds vetoDeal stable for it, so Ukraine's trust dilemma rests on
   * its doubt alone — but Ukraine ranks vetoDeal below the war (9th against 8th), so the remedy is
   * one it will not take. The guarantee the talks rely on to earn Ukraine's trust is, in Russia's
   * preferences, its reason to break the peace.
   */
  @Test
  void atTheDealUkraineWouldDistrustRussiaNotWashington() {
    DramaResult all = analyze(g, everyoneProposes(deal, deal, deal));
    assertThat(all.atCommitment(ua, ru)).isTrue();
    assertThat(all.dilemmas())
        .extracting(Dilemma::kind, Dilemma::faced, Dilemma::toward)
        .containsExactly(
            tuple(DilemmaKind.TRUST, us, ru),
            tuple(DilemmaKind.TRUST, ua, ru),
            tuple(DilemmaKind.COOPERATION, ru, us),
            tuple(DilemmaKind.COOPERATION, ru, ua));
    Dilemma trust = find(all, DilemmaKind.TRUST, ua, ru);
    assertThat(trust.doubt()).isEqualTo(flagship.drama().doubt(ua, ru, Doubt.About.AGREEMENT));
    assertThat(trust.because())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.judge()).isEqualTo(ru);
              assertThat(c.worse()).isEqualTo(deal);
              assertThat(c.better()).isEqualTo(state("YNYYN"));
              assertThat(c.move()).isTrue();
            });
    assertThat(trust.gmcr()).containsExactly(new GmcrView(Concept.SEQ, ru, deal, false));

    DramaResult veto = analyze(g, everyoneProposes(vetoDeal, vetoDeal, vetoDeal));
    assertThat(veto.dilemmas())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DilemmaKind.TRUST);
              assertThat(d.faced()).isEqualTo(ua);
              assertThat(d.because()).isEmpty();
              assertThat(d.doubt()).isNotNull();
              assertThat(d.gmcr()).containsExactly(new GmcrView(Concept.SEQ, ru, vetoDeal, true));
            });
    assertThat(g.payoff(ua, vetoDeal)).isLessThan(g.payoff(ua, war));
  }

  /**
   * If Ukraine alone came round to the deal, it and the US would share it with no dilemma between
   * them (neither could gain by breaking it, as above); both would still face Russia's refusal
   * (persuasion toward Russia), and Russia Ukraine's (Ukraine ranks war above both readings of
   * Russia's position).
   */
  @Test
  void ukraineAndWashingtonAtTheDealHaveNoDilemmaBetweenThem() {
    CardTable t = flagship.drama();
    List<Position> ps = new ArrayList<>(t.positions());
    ps.set(
        ua,
        new Position(
            ua,
            StatePattern.exact(flagship.space().code(deal), flagship.conflict().optionCount()),
            null));
    DramaResult r =
        analyze(g, new CardTable(ps, t.threatened(), t.threatenedProvenance(), t.doubts()));
    assertThat(r.atCommitment(us, ua)).isTrue();
    assertThat(r.dilemmas())
        .extracting(Dilemma::kind, Dilemma::faced, Dilemma::toward)
        .containsExactly(
            tuple(DilemmaKind.PERSUASION, us, ru),
            tuple(DilemmaKind.REJECTION, us, ru),
            tuple(DilemmaKind.PERSUASION, ua, ru),
            tuple(DilemmaKind.PERSUASION, ru, ua));
  }

  private static LoadedModel variant() throws Exception {
    return ModelReader.read(
        Path.of("..", "examples", "scenarios", "peace-talks-2026-washington-believes-putin.yaml"));
  }

  /** The variant is the flagship word for word but for Washington's belief about Russia. */
  @Test
  void theVariantDiffersFromTheFlagshipOnlyInWashingtonsBelief() throws Exception {
    LoadedModel v = variant();
    var asFlagship =
        v.conflict().toBuilder()
            .title(flagship.conflict().title())
            .description(flagship.conflict().description())
            .build();
    assertThat(ModelWriter.write(asFlagship, List.of(), v.drama(), Format.YAML))
        .isEqualTo(
            ModelWriter.write(flagship.conflict(), List.of(), flagship.drama(), Format.YAML));
    assertThat(flagship.perceptions()).isEmpty();
    assertThat(v.perceptions())
        .singleElement()
        .satisfies(
            (Perception p) -> {
              assertThat(p.holder()).isEqualTo(us);
              assertThat(p.preferences()).containsOnlyKeys(ru);
              assertThat(p.unaware()).isEmpty();
              assertThat(p.hidden()).isEmpty();
            });
  }

  /**
   * What changes if Washington believes Putin, by hand. In the believed ranking of Russia
   * ("withdraw", "-settle IF -withdraw", "settle IF withdraw" first, Lavrov's statement fourth) the
   * deal beats YNYYN ("settle IF withdraw" holds only at the deal), so in Washington's game Russia
   * would stay at the deal; the US (top tier) and Ukraine (no move back from a withdrawal) stay
   * too: Washington believes the deal stable for everyone, under every concept. In truth Russia
   * leaves it. At NNYYN (7, Ukraine has ceded, no guarantee, the war goes on) Russia truly moves to
   * capitulation but is deterred under GMR, SMR and SEQ by the US signing (the deal, which it ranks
   * ninth); in Washington's belief the deal is better for Russia than 7, so the signature deters
   * nothing and Washington does not expect 7 to last.
   *
   * <p>Nobody's verdict on its own stability changes — the US's own moves are judged the same
   * either way (from capitulation, for one, its step to vetoDeal is unsanctioned in both games) —
   * so the hypergame equilibria are the true equilibria, all of class HT: the belief changes what
   * Washington expects of Russia, not what any party, Washington included, would do.
   */
  @Test
  void ifWashingtonBelievesPutinItExpectsTheDealToHold() throws Exception {
    LoadedModel v = variant();
    GraphModel truth = v.graphModel();
    HypergameResult h =
        Hypergame.analyze(truth, v.perceptions(), EnumSet.allOf(Concept.class), Progress.NONE);
    assertThat(h.hasMisperceptions()).isTrue();
    assertThat(h.game(us).misbeliefs()).containsExactly(new Misbelief.Preference(ru));
    int ceded = state("NNYYN");
    for (Concept c : h.concepts()) {
      for (int d = 0; d < 3; d++) {
        for (int s = 0; s < truth.stateCount(); s++) {
          assertThat(h.differs(c, d, s)).as("%s: %d's own verdict at %d", c, d, s + 1).isFalse();
        }
      }
      assertThat(h.hypergameEquilibria(c)).as(c.label()).isEqualTo(h.trueEquilibria(c));
      assertThat(h.believedEquilibria(c, us).get(deal)).as(c.label()).isTrue();
      assertThat(h.trueEquilibria(c).get(deal)).as(c.label()).isFalse();
      assertThat(h.perceivedResult(us).isStable(c, ru, deal)).isTrue();
      assertThat(h.trueStable(c, ru, deal)).isFalse();
      boolean deters = c == Concept.GMR || c == Concept.SMR || c == Concept.SEQ;
      if (deters || c == Concept.SEQSIM) {
        assertThat(h.trueEquilibria(c).get(ceded)).as(c.label()).isTrue();
        assertThat(h.believedEquilibria(c, us).get(ceded)).as(c.label()).isFalse();
      }
    }
  }

  /**
   * The card table as Washington would see it, believing Putin: Russia now prefers the deal
   * (believed rank above war: "withdraw" and "settle IF withdraw" outweigh Lavrov's objection), so
   * Washington's threat persuades it — no persuasion dilemma toward Russia — and Russia appears to
   * face a rejection dilemma toward the US (it would sooner accept the deal than the war): "I was
   * ready for peace". What still blocks the deal, in Washington's eyes, is Ukraine, whose own
   * refusal is hollow (it prefers the deal to the war) — the stretcher Merezhko fears.
   */
  @Test
  void inWashingtonsEyesOnlyUkraineBlocksTheDeal() throws Exception {
    LoadedModel v = variant();
    GraphModel believed = Hypergame.games(v.graphModel(), v.perceptions()).get(us).model();
    DramaResult r = analyze(believed, v.drama());
    assertThat(r.dilemmas())
        .extracting(Dilemma::kind, Dilemma::faced, Dilemma::toward)
        .containsExactly(
            tuple(DilemmaKind.REJECTION, us, ua),
            tuple(DilemmaKind.REJECTION, us, ru),
            tuple(DilemmaKind.REJECTION, ua, us),
            tuple(DilemmaKind.PERSUASION, ua, ru),
            tuple(DilemmaKind.REJECTION, ru, us),
            tuple(DilemmaKind.PERSUASION, ru, ua));
    assertThat(find(r, DilemmaKind.REJECTION, ru, us).because())
        .extracting(Comparison::better, Comparison::worse)
        .containsExactly(tuple(deal, war));
  }
}
