package dev.parley.core.stability;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * The inclusions among the concepts (docs/semantics.md §1.6) over the verdicts of one party, for
 * the tests of the laws: each names its law, the states stable under the smaller concept and those
 * stable under the larger.
 */
public record ConceptLaws(String law, BitSet sub, BitSet sup) {
  /**
   * Nash ⊆ SEQ ⊆ GMR and Nash ⊆ SMR ⊆ GMR, the concepts' labels prefixed with {@code prefix} (C for
   * their coalition versions, CNash ⊆ CSEQ …); {@code stable} gives the states stable under a
   * concept.
   */
  public static List<ConceptLaws> sequential(String prefix, Function<Concept, BitSet> stable) {
    BitSet nash = stable.apply(Concept.NASH);
    BitSet gmr = stable.apply(Concept.GMR);
    BitSet smr = stable.apply(Concept.SMR);
    BitSet seq = stable.apply(Concept.SEQ);
    List<ConceptLaws> laws = new ArrayList<>();
    laws.add(of(prefix, Concept.NASH, nash, Concept.SEQ, seq));
    laws.add(of(prefix, Concept.SEQ, seq, Concept.GMR, gmr));
    laws.add(of(prefix, Concept.NASH, nash, Concept.SMR, smr));
    laws.add(of(prefix, Concept.SMR, smr, Concept.GMR, gmr));
    return laws;
  }

  /** All six concepts: the sequential laws, Nash ⊆ SIM and SEQ ∪ SIM ⊆ SEQ+SIM. */
  public static List<ConceptLaws> all(Function<Concept, BitSet> stable) {
    List<ConceptLaws> laws = sequential("", stable);
    BitSet sim = stable.apply(Concept.SIM);
    laws.add(of("", Concept.NASH, stable.apply(Concept.NASH), Concept.SIM, sim));
    BitSet seqOrSim = (BitSet) stable.apply(Concept.SEQ).clone();
    seqOrSim.or(sim);
    laws.add(new ConceptLaws("SEQ ∪ SIM ⊆ SEQ+SIM", seqOrSim, stable.apply(Concept.SEQSIM)));
    return laws;
  }

  private static ConceptLaws of(String prefix, Concept a, BitSet sub, Concept b, BitSet sup) {
    return new ConceptLaws(prefix + a.label() + " ⊆ " + prefix + b.label(), sub, sup);
  }
}
