package dev.parley.app;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.progress.Progress;
import dev.parley.core.state.StateSpace;
import dev.parley.report.Narrator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The states a search text finds, as the workbench's stability table filters them, at any size: a
 * state matches when the text (trimmed, any case) is its number or its Y/N string, or occurs in its
 * name or in its description in words. The table filters a small model itself; for a large one,
 * whose answer carries descriptions for the first states only, it asks the server.
 */
public final class FindStates {
  private FindStates() {}

  /**
   * The 1-based numbers of the states {@code text} finds, in state order; every state for a blank
   * text.
   *
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static int[] find(GraphModel model, String text, Progress progress) {
    String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    int m = model.stateCount();
    if (q.isEmpty()) {
      return IntStream.rangeClosed(1, m).toArray();
    }
    Narrator narrator = new Narrator(model);
    return IntStream.range(0, m)
        .filter(
            s -> {
              if ((s & 0xfff) == 0) {
                progress.check();
              }
              return matches(model, narrator, s, q);
            })
        .map(StateSpace::number)
        .toArray();
  }

  /** Whether state {@code s} matches the lower-case, trimmed text {@code q}. */
  static boolean matches(GraphModel model, Narrator narrator, int s, String q) {
    if (String.valueOf(StateSpace.number(s)).equals(q)
        || model.space().yn(s).toLowerCase(Locale.ROOT).equals(q)) {
      return true;
    }
    String name = narrator.name(s);
    return (name != null && name.toLowerCase(Locale.ROOT).contains(q))
        || narrator.describe(s).toLowerCase(Locale.ROOT).contains(q);
  }
}
