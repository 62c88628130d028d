package dev.parley.core.coalition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.EachSeed;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.ReferenceSolver;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Explanations agree with the engines' verdicts, and everything they report is real: each
 * improvement path is a legal sequence of the coalition's moves ending where every member is
 * strictly better off, and each sanction is a legal sequence of the others' moves (their
 * improvements, for SEQ) ending in a state that deters the coalition. Moves are checked against the
 * literal reference's move sets.
 */
class CoalitionExplainerTest {
  static LongStream seeds() {
    return CoalitionAgreementTest.seeds().limit(20);
  }

  @EachSeed
  void coalitionExplanationsAreTrue(long seed) {
    GraphModel model = RandomModels.model(seed);
    ReferenceSolver.Literal lit = ReferenceSolver.literal(model);
    CoalitionExplainer explainer = new CoalitionExplainer(model);
    for (Deterrence d : Deterrence.values()) {
      CoalitionResult r =
          new CoalitionEngine().analyze(model, EnumSet.allOf(CoalitionConcept.class), d);
      for (CoalitionConcept c : CoalitionConcept.values()) {
        for (Coalition h : r.coalitions()) {
          for (int s = 0; s < model.stateCount(); s++) {
            CoalitionExplanation e = explainer.explain(c, h, s, d);
            String at = "seed " + seed + ", " + c.label() + ", " + d.id() + ", " + h + ", " + s;
            assertThat(e.stable()).as(at).isEqualTo(r.isStable(c, h, s));
            assertThat(e.label()).isEqualTo(c.label());
            for (CoalitionExplanation.Improvement imp : e.improvements()) {
              checkLegal(at + " improvement", lit, imp.path(), s, h, false);
              assertThat(imp.path().get(imp.path().size() - 1).to()).isEqualTo(imp.target());
              for (int k : h.members()) {
                assertThat(lit.prefers(k, imp.target(), s)).as(at).isTrue();
              }
              CoalitionExplanation.Sanction sn = imp.sanction();
              if (sn == null) {
                continue;
              }
              assertThat(c).isNotEqualTo(CoalitionConcept.CNASH);
              Coalition rest = complement(h, model.dmCount());
              checkLegal(
                  at + " sanction",
                  lit,
                  sn.moves(),
                  imp.target(),
                  rest,
                  c == CoalitionConcept.CSEQ);
              assertThat(sn.end()).isEqualTo(sn.moves().get(sn.moves().size() - 1).to());
              for (int k : h.members()) {
                assertThat(sn.deterred().contains(k)).isEqualTo(lit.notBetter(k, sn.end(), s));
              }
              if (d == Deterrence.SOME_MEMBER) {
                assertThat(sn.deterred()).isNotEmpty();
              } else {
                assertThat(sn.deterred()).hasSize(h.size());
              }
              if (c == CoalitionConcept.CSMR) {
                BitSet counter = lit.reachBits(CoalitionReference.set(h), sn.end(), false);
                assertThat(sn.counterMoves())
                    .containsExactlyElementsOf(counter.stream().boxed().toList());
                for (int s3 : sn.counterMoves()) {
                  boolean someNotBetter = false;
                  for (int k : h.members()) {
                    someNotBetter |= lit.notBetter(k, s3, s);
                  }
                  assertThat(someNotBetter).as(at + " counter " + s3).isTrue();
                }
              }
            }
          }
        }
      }
    }
  }

  @EachSeed
  void structureExplanationsAreTrue(long seed) {
    GraphModel model = RandomModels.model(seed);
    CoalitionStructure st = CoalitionAgreementTest.partition(seed, model.dmCount());
    CoalitionReference.Blocks ref = new CoalitionReference(model).new Blocks(st);
    ReferenceSolver.Literal lit = ReferenceSolver.literal(model);
    StructureResult r = new StructureEngine().analyze(model, st, EnumSet.allOf(Concept.class));
    CoalitionExplainer explainer = new CoalitionExplainer(model);
    for (Concept c : Concept.values()) {
      for (int b = 0; b < st.blockCount(); b++) {
        for (int s = 0; s < model.stateCount(); s++) {
          CoalitionExplanation e = explainer.explain(c, st, b, s);
          String at = "seed " + seed + ", " + c.label() + ", block " + st.block(b) + ", " + s;
          assertThat(e.stable()).as(at).isEqualTo(r.isStable(c, b, s));
          assertThat(e.improvements()).hasSize(ref.improvements[b][s].length);
          for (CoalitionExplanation.Improvement imp : e.improvements()) {
            assertThat(imp.path()).containsExactly(new JointMove(st.block(b), s, imp.target()));
            CoalitionExplanation.Sanction sn = imp.sanction();
            if (sn == null) {
              continue;
            }
            assertThat(sn.deterred()).isNotEmpty();
            for (int k : sn.deterred()) {
              assertThat(lit.notBetter(k, sn.end(), s)).isTrue();
            }
            if (sn.simultaneous()) {
              assertThat(sn.moves()).isNotEmpty();
              for (JointMove mv : sn.moves()) {
                int ob = st.blocks().indexOf(mv.by());
                assertThat(ob).isNotEqualTo(b);
                assertThat(mv.from()).isEqualTo(s);
                assertThat(ref.improvements[ob][s]).contains(mv.to());
              }
              continue;
            }
            int at0 = imp.target();
            int last = -1;
            for (JointMove mv : sn.moves()) {
              int ob = st.blocks().indexOf(mv.by());
              assertThat(ob).as(at).isNotEqualTo(b).isNotEqualTo(last);
              assertThat(mv.from()).isEqualTo(at0);
              int[] allowed =
                  c == Concept.SEQ || c == Concept.SEQSIM
                      ? ref.improvements[ob][mv.from()]
                      : ref.moves[ob][mv.from()];
              assertThat(allowed).as(at).contains(mv.to());
              at0 = mv.to();
              last = ob;
            }
            assertThat(sn.end()).isEqualTo(at0);
          }
        }
      }
    }
  }

  private static Coalition complement(Coalition h, int n) {
    long rest = Coalition.all(n).mask() & ~h.mask();
    return rest == 0 ? null : new Coalition(rest);
  }

  /**
   * Each move is a unilateral move of a member (an improvement, if asked), nobody twice in a row.
   */
  private static void checkLegal(
      String at,
      ReferenceSolver.Literal lit,
      List<JointMove> moves,
      int from,
      Coalition who,
      boolean improvementsOnly) {
    assertThat(moves).as(at).isNotEmpty();
    assertThat(who).as(at).isNotNull();
    int x = from;
    int last = -1;
    for (JointMove mv : moves) {
      assertThat(mv.by().size()).isEqualTo(1);
      int d = mv.by().members()[0];
      assertThat(who.contains(d)).as(at).isTrue();
      assertThat(d).as(at + ": nobody moves twice in a row").isNotEqualTo(last);
      assertThat(mv.from()).as(at).isEqualTo(x);
      assertThat(lit.moves(d, x)).as(at).contains(mv.to());
      if (improvementsOnly) {
        assertThat(lit.prefers(d, mv.to(), x)).as(at).isTrue();
      }
      x = mv.to();
      last = d;
    }
  }
}
