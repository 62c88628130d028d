package dev.parley.core.stability;

import java.util.Locale;

/** The individual stability concepts of docs/semantics.md §1.4. */
public enum Concept {
  NASH("Nash", "Nash stability (rational): no unilateral improvement"),
  GMR(
      "GMR",
      "general metarationality: every unilateral improvement can be sanctioned by the opponents"),
  SMR(
      "SMR",
      "symmetric metarationality: every improvement can be sanctioned, and the focal decision maker"
          + " cannot escape the sanction"),
  SEQ(
      "SEQ",
      "sequential stability: every improvement can be sanctioned by the opponents' own unilateral"
          + " improvements (a credible sanction)"),
  SIM(
      "SIM",
      "simultaneous sanctioning: opponents' simultaneous improvements, made at the same time as the"
          + " focal move, can leave it no better off"),
  SEQSIM("SEQ+SIM", "each improvement is sanctioned sequentially (SEQ) or simultaneously (SIM)");

  private final String label;
  private final String meaning;

  Concept(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /**
   * The id used in JSON and on the command line: the constant's name in lower case, {@code seqsim}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field's own name, e.g. {@code SEQ+SIM}. */
  public String label() {
    return label;
  }

  /** One sentence saying what stability under this concept means. */
  public String meaning() {
    return meaning;
  }

  /** Parses an id or label, case-insensitively; null if unknown. */
  public static Concept parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
    for (Concept c : values()) {
      if (c.id().equals(t) || c.label.toLowerCase(Locale.ROOT).replace("+", "").equals(t)) {
        return c;
      }
    }
    return t.equals("r") || t.equals("rational") ? NASH : null;
  }
}
