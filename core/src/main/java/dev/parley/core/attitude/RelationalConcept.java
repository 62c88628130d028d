package dev.parley.core.attitude;

import dev.parley.core.stability.Concept;

/**
 * The relational stability concepts of docs/semantics.md §3.4 and §5.3, each the relational version
 * of a standard concept.
 */
public enum RelationalConcept {
  /** No relational improvement (relational Nash). */
  RNASH(Concept.NASH),
  /** Every relational improvement has an effective sanction by the opponents' moves. */
  RGMR(Concept.GMR),
  /** As RGMR, and from the sanction the focal decision maker has no relational countermove. */
  RSMR(Concept.SMR),
  /** As RGMR, the sanction a legal sequence of the opponents' own relational improvements. */
  RSEQ(Concept.SEQ);

  private final Concept standard;

  RelationalConcept(Concept standard) {
    this.standard = standard;
  }

  /** The standard concept this one generalizes. */
  public Concept standard() {
    return standard;
  }

  /** The lower-case id: the standard concept's with an {@code r}, e.g. {@code rseq}. */
  public String id() {
    return "r" + standard.id();
  }

  /** The usual name: the standard concept's with an R, e.g. {@code RSEQ}, {@code RNash}. */
  public String label() {
    return "R" + standard.label();
  }

  /** The concept of an id or label, case-insensitive ({@code rseq}, {@code RNash}); null: none. */
  public static RelationalConcept parse(String name) {
    for (RelationalConcept c : values()) {
      if (c.id().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return c;
      }
    }
    return null;
  }
}
