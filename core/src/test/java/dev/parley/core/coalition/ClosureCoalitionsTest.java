package dev.parley.core.coalition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.progress.Progress;
import dev.parley.core.reach.ClosureClasses;
import dev.parley.core.reach.GroupLayout;
import dev.parley.core.reach.LegalSearch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The closure algorithm for every coalition ({@link ClosureCoalitions}) agrees state by state with
 * the state-by-state search of {@link CoalitionEngine.PerCoalition} on random models up to the
 * largest {@link RandomModels} makes (the literal reference of {@link CoalitionAgreementTest} is
 * limited to small ones), and the models exercise what the algorithm does differently: classes
 * joined by irreversible moves, improvements that sanctions answer, SMR counter-moves that escape.
 */
class ClosureCoalitionsTest {
  static final int MODELS = 160;

  @Test
  void agreesWithTheStateByStateSearch() {
    Set<CoalitionConcept> all = EnumSet.allOf(CoalitionConcept.class);
    List<String> mismatches = new ArrayList<>();
    long[] seeds = RandomModels.seeds(MODELS).toArray();
    int applied = 0;
    int large = 0;
    long withEdges = 0;
    long sanctioned = 0; // CGMR-stable, not CNash-stable
    long escaped = 0; // CGMR-stable, not CSMR-stable
    long seqDiffers = 0;
    long groups = 0; // coalitions of two or more with a state they improve from
    for (long seed : seeds) {
      GraphModel model = RandomModels.model(seed);
      if (!ClosureCoalitions.applies(model, Deterrence.SOME_MEMBER)) {
        continue;
      }
      applied++;
      if (model.stateCount() > CoalitionAgreementTest.MAX_STATES) {
        large++;
      }
      ClosureCoalitions fast = new ClosureCoalitions(model);
      GroupLayout[] layouts = GroupLayout.ofDecisionMakers(model.moves(), d -> null);
      int[][][] adj = LegalSearch.adjacency(model.moves());
      for (Coalition h : Coalition.every(model.dmCount())) {
        BitSet[] f = fast.analyze(h, all);
        BitSet[] s =
            new CoalitionEngine.PerCoalition(model, adj, h, Deterrence.SOME_MEMBER).analyze(all);
        for (CoalitionConcept c : CoalitionConcept.values()) {
          if (!f[c.ordinal()].equals(s[c.ordinal()])) {
            mismatches.add(
                String.format(
                    "seed %d, %s, H = %s: closure %s, search %s",
                    seed, c.label(), h, f[c.ordinal()], s[c.ordinal()]));
          }
        }
        BitSet nash = s[CoalitionConcept.CNASH.ordinal()];
        BitSet gmr = s[CoalitionConcept.CGMR.ordinal()];
        sanctioned += andNot(gmr, nash);
        escaped += andNot(gmr, s[CoalitionConcept.CSMR.ordinal()]);
        BitSet seq = (BitSet) gmr.clone();
        seq.xor(s[CoalitionConcept.CSEQ.ordinal()]);
        seqDiffers += seq.cardinality();
        if (h.size() >= 2 && nash.cardinality() < model.stateCount()) {
          groups++;
        }
        if (edges(model, layouts, h) > 0) {
          withEdges++;
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(applied).as("option-form models").isEqualTo(seeds.length);
    assertThat(large).as("models beyond the literal reference's size").isGreaterThan(20);
    assertThat(withEdges).as("coalitions with irreversible class edges").isGreaterThan(100);
    assertThat(sanctioned).as("improvements answered by sanctions").isGreaterThan(100);
    assertThat(escaped).as("SMR counter-moves that escape a sanction").isGreaterThan(20);
    assertThat(seqDiffers).as("states where CSEQ and CGMR differ").isGreaterThan(20);
    assertThat(groups).as("coalitions of two or more with an improvement").isGreaterThan(100);
  }

  /** The classes and their edges give R_H(s) ∪ {s}, by the legal-sequence search. */
  @Test
  void closureClassesGiveTheReach() {
    long checked = 0;
    long nontrivial = 0;
    for (long seed : RandomModels.seeds(60).toArray()) {
      GraphModel model = RandomModels.model(seed);
      GroupLayout[] layouts = GroupLayout.ofDecisionMakers(model.moves(), d -> null);
      LegalSearch search = LegalSearch.over(LegalSearch.adjacency(model.moves()));
      int m = model.stateCount();
      for (Coalition h : Coalition.every(model.dmCount())) {
        ClosureClasses c = ClosureClasses.of(model, layouts, h.members(), Progress.NONE);
        // closure of each class root: its class plus what its edges reach, in edge order
        BitSet[] closure = new BitSet[m];
        for (int s = 0; s < m; s++) {
          int r = c.root(s);
          if (closure[r] == null) {
            closure[r] = new BitSet(m);
          }
          closure[r].set(s);
        }
        for (int e = 0; e < c.edgeCount(); e++) {
          closure[c.edgeFrom(e)].or(closure[c.edgeTo(e)]);
        }
        for (int s = 0; s < m; s++) {
          search.search(s, h.members(), dev.parley.core.reach.LegalReach.MoveFilter.ALL, null);
          BitSet want = search.reached();
          want.set(s);
          assertThat(closure[c.root(s)])
              .as("seed %d, H = %s, state %d", seed, h, s)
              .isEqualTo(want);
          checked++;
          if (want.cardinality() > 1 && c.edgeCount() > 0) {
            nontrivial++;
          }
        }
      }
    }
    assertThat(nontrivial).as("states whose closure crosses class edges").isGreaterThan(1000);
    assertThat(checked).isGreaterThan(nontrivial);
  }

  private static long andNot(BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.andNot(b);
    return x.cardinality();
  }

  private static int edges(GraphModel model, GroupLayout[] layouts, Coalition h) {
    return ClosureClasses.of(model, layouts, h.members(), Progress.NONE).edgeCount();
  }
}
