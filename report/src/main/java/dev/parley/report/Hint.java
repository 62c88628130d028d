package dev.parley.report;

/**
 * A pointer from a report to a control of the front end that shows it: where the reader finds more
 * (every state, the full conditions, the robustness search). A report never names a command-line
 * flag or a workbench button itself; the caller supplies the words for its front end in {@link
 * Hints}, and each hint has a wording that fits any front end.
 */
public enum Hint {
  /** After "the stability table lists the first of them": where every equilibrium is listed. */
  ALL_EQUILIBRIA("and all in the full tables"),
  /** After "these tables list ... in order": where every state is listed. */
  EVERY_STATE("the full tables list every state"),
  /** After a deadlock analysis refused for a graph-form model: where joint moves are studied. */
  JOINT_MOVES("the status quo analysis with coalitions"),
  /** After "too many to draw here": how to get the whole transition tree. */
  WHOLE_TREE("export it as DOT, GraphML or JSON"),
  /** After "the current preferences only": how to count over other rankings. */
  VARY_RANKINGS("vary a decision maker's ranking to count rankings"),
  /** After "the first k of n": how to list more. */
  LIST_MORE("ask for more to see them"),
  /** After "one of n more ways": where every sanction is. */
  EVERY_SANCTION("all in the JSON result"),
  /** After margins not computed for a large model: how to narrow the search. */
  NARROW_ROBUSTNESS("the robustness analysis, with fewer rankings varied, narrows the search"),
  /** After margins not computed for a dense model: what computes them. */
  ROBUSTNESS_COMPUTES("the robustness analysis computes them"),
  /** After the robustness table's key: what shows the changes. */
  ROBUSTNESS_SHOWS("the robustness analysis shows the changes"),
  /** After the settlement conditions' introduction: what gives them all. */
  INVERSE_GIVES("the inverse analysis gives every concept, counts and listings");

  private final String neutral;

  Hint(String neutral) {
    this.neutral = neutral;
  }

  /** The wording that fits any front end. */
  public String neutral() {
    return neutral;
  }
}
