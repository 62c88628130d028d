package dev.parley.core.coalition;

import dev.parley.core.stability.Concept;
import java.util.Locale;

/**
 * The coalition stability concepts of docs/semantics.md §1.7(b), each the coalition version of an
 * individual concept of docs/semantics.md §1.4. For a singleton coalition {i} each equals its
 * individual concept.
 */
public enum CoalitionConcept {
  CNASH(
      Concept.NASH,
      "no coalition improvement: no legal sequence of the members' moves ends in a state every"
          + " member strictly prefers"),
  CGMR(
      Concept.GMR,
      "every coalition improvement can be sanctioned by a legal sequence of the other decision"
          + " makers' moves"),
  CSMR(
      Concept.SMR,
      "every coalition improvement can be sanctioned, and no joint countermove of the coalition"
          + " from the sanction makes every member strictly better off"),
  CSEQ(
      Concept.SEQ,
      "every coalition improvement can be sanctioned by the other decision makers' own unilateral"
          + " improvements (a credible sanction)");

  private final Concept individual;
  private final String meaning;

  CoalitionConcept(Concept individual, String meaning) {
    this.individual = individual;
    this.meaning = meaning;
  }

  /**
   * The id used in JSON and on the command line: the individual concept's with a {@code c}, e.g.
   * {@code cgmr}.
   */
  public String id() {
    return "c" + individual.id();
  }

  /** The concept's name: the individual concept's with a C, e.g. {@code CGMR}, {@code CNash}. */
  public String label() {
    return "C" + individual.label();
  }

  /** The individual concept this one generalizes (and equals for singleton coalitions). */
  public Concept individual() {
    return individual;
  }

  /** One sentence saying what stability for a coalition under this concept means. */
  public String meaning() {
    return meaning;
  }

  /** The coalition version of an individual concept, or null (SIM and SEQ+SIM have none). */
  public static CoalitionConcept of(Concept c) {
    for (CoalitionConcept cc : values()) {
      if (cc.individual == c) {
        return cc;
      }
    }
    return null;
  }

  /**
   * Parses {@code cgmr}, {@code CGMR} or the individual name ({@code gmr}, {@code r} for Nash),
   * case-insensitively; null if unknown.
   */
  public static CoalitionConcept parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (CoalitionConcept c : values()) {
      if (c.id().equals(t)) {
        return c;
      }
    }
    Concept c = Concept.parse(t);
    return c == null ? null : of(c);
  }
}
