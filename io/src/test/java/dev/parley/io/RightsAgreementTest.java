package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decision rights are a transformation of the option form (docs/semantics.md §8): a model with
 * {@code rights:} reads exactly as the same model with each right written out by hand — the
 * consenting or vetoing party's option and the rule between it and the act. Seeded random models
 * with random rights are read both ways and compared state by state: the states, every payoff,
 * every move and the verdicts under Nash, GMR, SMR, SEQ and SIM.
 */
class RightsAgreementTest {
  static final int SEEDS = 150;

  /** One random model, written once with rights and once by hand. */
  record Pair(String withRights, String byHand, int rights, boolean consent, boolean veto) {}

  static Pair draw(Random rnd) {
    int n = 2 + rnd.nextInt(2);
    List<List<String>> options = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      List<String> os = new ArrayList<>();
      int k = 1 + rnd.nextInt(2);
      for (int t = 0; t < k; t++) {
        os.add("o" + d + t);
        all.add("o" + d + t);
      }
      options.add(os);
    }
    // rights: act, holder, kind, and the holder's option (existing or new)
    List<String> rights = new ArrayList<>();
    List<List<String>> extra = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      extra.add(new ArrayList<>());
    }
    int count = 1 + rnd.nextInt(2);
    boolean consent = false;
    boolean veto = false;
    for (int r = 0; r < count; r++) {
      int owner = rnd.nextInt(n);
      String act = options.get(owner).get(rnd.nextInt(options.get(owner).size()));
      int holder = (owner + 1 + rnd.nextInt(n - 1)) % n;
      boolean isVeto = rnd.nextBoolean();
      consent |= !isVeto;
      veto |= isVeto;
      String kind = isVeto ? "veto" : "consent";
      String by;
      String right = "  - {option: " + act + ", " + kind + ": P" + holder;
      if (rnd.nextBoolean()) {
        by = options.get(holder).get(rnd.nextInt(options.get(holder).size()));
        right += ", as: " + by;
      } else {
        by = "r" + r;
        right += ", id: " + by;
        extra.get(holder).add(by);
        all.add(by);
      }
      if (act.equals(by) || rules.contains(act + by)) {
        continue;
      }
      rights.add(right + ", note: right " + r + "}");
      rules.add(
          "  - {"
              + (isVeto ? "mutuallyExclusive" : "requires")
              + ": ["
              + act
              + ", "
              + by
              + "], note: right "
              + r
              + "}");
    }
    StringBuilder common = new StringBuilder();
    List<String> statements = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      List<String> s = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        String o = all.get(rnd.nextInt(all.size()));
        String p = all.get(rnd.nextInt(all.size()));
        s.add((rnd.nextBoolean() ? "" : "-") + o + (rnd.nextBoolean() ? "" : " IF -" + p));
      }
      statements.add("[" + String.join(", ", s.stream().map(x -> "'" + x + "'").toList()) + "]");
    }
    StringBuilder a = new StringBuilder("decisionMakers:\n");
    StringBuilder b = new StringBuilder("decisionMakers:\n");
    for (int d = 0; d < n; d++) {
      String head = "  - id: P" + d + "\n    options: [";
      List<String> mine = options.get(d).stream().map(o -> "{id: " + o + "}").toList();
      List<String> with = new ArrayList<>(mine);
      extra.get(d).forEach(o -> with.add("{id: " + o + ", name: " + o + "}"));
      String prefs = "]\n    preferences: {statements: " + statements.get(d) + "}\n";
      a.append(head).append(String.join(", ", mine)).append(prefs);
      b.append(head).append(String.join(", ", with)).append(prefs);
    }
    a.append("rights:\n").append(String.join("\n", rights)).append('\n');
    if (!rules.isEmpty()) {
      b.append("infeasible:\n").append(String.join("\n", rules)).append('\n');
    }
    return new Pair(common + a.toString(), common + b.toString(), rights.size(), consent, veto);
  }

  @Test
  void aModelWithRightsIsTheModelWithTheRightsWrittenOut() throws Exception {
    int compared = 0;
    int removedStates = 0;
    int consents = 0;
    int vetoes = 0;
    int changedVerdicts = 0;
    for (int seed = 0; seed < SEEDS; seed++) {
      Pair p = draw(new Random(seed));
      if (p.rights() == 0) {
        continue;
      }
      LoadedModel a = ModelReader.read(p.withRights(), "a.yaml", Format.YAML);
      LoadedModel b = ModelReader.read(p.byHand(), "b.yaml", Format.YAML);
      GraphModel ga = a.graphModel();
      GraphModel gb = b.graphModel();
      String at = "seed " + seed + "\n" + p.withRights();
      assertThat(ga.stateCount()).as(at).isEqualTo(gb.stateCount());
      for (int s = 0; s < ga.stateCount(); s++) {
        assertThat(ga.space().code(s)).as(at).isEqualTo(gb.space().code(s));
        for (int d = 0; d < ga.dmCount(); d++) {
          assertThat(ga.payoff(d, s)).as(at).isEqualTo(gb.payoff(d, s));
          assertThat(ga.moves().moves(d, s)).as(at).containsExactly(gb.moves().moves(d, s));
        }
      }
      EnumSet<Concept> cs =
          EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ, Concept.SIM);
      StabilityResult ra = new StabilityEngine().analyze(ga, cs);
      StabilityResult rb = new StabilityEngine().analyze(gb, cs);
      for (Concept c : cs) {
        for (int d = 0; d < ga.dmCount(); d++) {
          assertThat(ra.stableFor(c, d)).as(at + c).isEqualTo(rb.stableFor(c, d));
        }
      }
      // the same model without its rights: do the rights matter?
      String free = p.byHand().replaceAll("(?s)infeasible:\n.*", "");
      LoadedModel f = ModelReader.read(free, "f.yaml", Format.YAML);
      if (f.graphModel().stateCount() > ga.stateCount()) {
        removedStates++;
      }
      StabilityResult rf = new StabilityEngine().analyze(f.graphModel(), cs);
      if (!rf.equilibria(Concept.GMR).equals(restricted(ra, rf, ga, f.graphModel()))) {
        changedVerdicts++;
      }
      consents += p.consent() ? 1 : 0;
      vetoes += p.veto() ? 1 : 0;
      compared++;
    }
    assertThat(compared).isGreaterThan(SEEDS * 3 / 4);
    assertThat(removedStates).as("rights that remove states").isGreaterThan(SEEDS / 2);
    assertThat(consents).as("models with a consent").isGreaterThan(SEEDS / 4);
    assertThat(vetoes).as("models with a veto").isGreaterThan(SEEDS / 4);
    assertThat(changedVerdicts).as("rights that change an equilibrium").isGreaterThan(SEEDS / 10);
  }

  /** The GMR equilibria of the model with rights, as states of the free model. */
  private static java.util.BitSet restricted(
      StabilityResult ra, StabilityResult rf, GraphModel ga, GraphModel gf) {
    java.util.BitSet out = new java.util.BitSet();
    java.util.BitSet e = ra.equilibria(Concept.GMR);
    for (int s = e.nextSetBit(0); s >= 0; s = e.nextSetBit(s + 1)) {
      out.set(gf.space().indexOf(ga.space().code(s)));
    }
    return out;
  }
}
