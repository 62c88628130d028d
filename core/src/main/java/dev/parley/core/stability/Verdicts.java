package dev.parley.core.stability;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The verdicts an engine works out for one party (a decision maker, or a block of a coalition
 * structure): one bitset of stable states per concept asked for, indexed by {@link
 * Concept#ordinal()} and set state by state; then, over every party, the map of a result. Shared by
 * {@link StabilityEngine} and the coalition structure engine.
 */
public final class Verdicts {
  private Verdicts() {}

  /** Whether SEQ's sanctions are needed: for SEQ or SEQ+SIM. */
  public static boolean needSeq(Set<Concept> concepts) {
    return concepts.contains(Concept.SEQ) || concepts.contains(Concept.SEQSIM);
  }

  /** Whether simultaneous sanctions are needed: for SIM or SEQ+SIM. */
  public static boolean needSim(Set<Concept> concepts) {
    return concepts.contains(Concept.SIM) || concepts.contains(Concept.SEQSIM);
  }

  /** Empty bitsets over {@code m} states for the concepts asked for, null for the others. */
  public static BitSet[] empty(Set<Concept> concepts, int m) {
    BitSet[] result = new BitSet[Concept.values().length];
    for (Concept c : concepts) {
      result[c.ordinal()] = new BitSet(m);
    }
    return result;
  }

  /** Marks {@code s} stable under {@code c} when {@code value} and {@code c} was asked for. */
  public static void set(BitSet[] result, Concept c, int s, boolean value) {
    BitSet bits = result[c.ordinal()];
    if (bits != null && value) {
      bits.set(s);
    }
  }

  /** The verdicts on {@code s} under each of the six concepts. */
  public static void set(
      BitSet[] result,
      int s,
      boolean nash,
      boolean gmr,
      boolean smr,
      boolean seq,
      boolean sim,
      boolean seqSim) {
    set(result, Concept.NASH, s, nash);
    set(result, Concept.GMR, s, gmr);
    set(result, Concept.SMR, s, smr);
    set(result, Concept.SEQ, s, seq);
    set(result, Concept.SIM, s, sim);
    set(result, Concept.SEQSIM, s, seqSim);
  }

  /** For each concept asked for, the bitsets of every party in order. */
  public static Map<Concept, BitSet[]> collate(BitSet[][] perParty, Set<Concept> concepts) {
    Map<Concept, BitSet[]> out = new EnumMap<>(Concept.class);
    for (Concept c : concepts) {
      BitSet[] sets = new BitSet[perParty.length];
      for (int k = 0; k < perParty.length; k++) {
        sets[k] = perParty[k][c.ordinal()];
      }
      out.put(c, sets);
    }
    return out;
  }
}
