package dev.parley.core.attitude;

/** The relational stability concepts of docs/semantics.md §3.4 and §5.3. */
public enum RelationalConcept {
  /** No relational improvement (relational Nash). */
  RNASH("rnash", "RNash"),
  /** Every relational improvement has an effective sanction by the opponents' moves. */
  RGMR("rgmr", "RGMR"),
  /** As RGMR, and from the sanction the focal decision maker has no relational countermove. */
  RSMR("rsmr", "RSMR"),
  /** As RGMR, the sanction a legal sequence of the opponents' own relational improvements. */
  RSEQ("rseq", "RSEQ");

  private final String id;
  private final String label;

  RelationalConcept(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The lower-case id, e.g. {@code rseq}. */
  public String id() {
    return id;
  }

  /** The usual name, e.g. {@code RSEQ}. */
  public String label() {
    return label;
  }
}
