package dev.parley.report;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import java.util.ArrayList;
import java.util.List;

/**
 * A settlement whose stability conditions are too many to write out, summarised: for each move a
 * party could make from it, which opponents could answer first and with which moves, and the
 * comparison every answer must win (the mover likes where the answer ends no better than the
 * settlement). The full conditions are one command away ({@code parley inverse}).
 */
final class SanctionSummary {
  /** The most moves and answers named per list. */
  static final int SHOWN = 4;

  private SanctionSummary() {}

  static void render(Doc doc, GraphModel model, Narrator narrator, int target, String concept) {
    doc.heading(3, English.capital(narrator.label(target)));
    doc.para(
        "Its "
            + concept
            + " conditions have more than "
            + MediatorFindings.BRIEF_SANCTIONS
            + " ways to answer one move, too many to write out; in short, each move below is"
            + " deterred if the mover does not prefer where it leads, or if an answer that starts"
            + " as shown ends in a state the mover likes no better than "
            + narrator.shortLabel(target)
            + ".");
    for (int i = 0; i < model.dmCount(); i++) {
      int[] own = model.moves().moves(i, target);
      List<String> items = new ArrayList<>();
      for (int k = 0; k < own.length && k < SHOWN; k++) {
        int q = own[k];
        List<String> answers = new ArrayList<>();
        for (int j = 0; j < model.dmCount(); j++) {
          if (j == i) {
            continue;
          }
          int[] next = model.moves().moves(j, q);
          if (next.length == 0) {
            continue;
          }
          List<String> to = new ArrayList<>();
          for (int x = 0; x < next.length && x < SHOWN; x++) {
            to.add(narrator.shortLabel(next[x]));
          }
          if (next.length > SHOWN) {
            to.add((next.length - SHOWN) + " more");
          }
          answers.add(narrator.dm(j) + " (to " + English.list(to, "or") + ")");
        }
        items.add(
            English.capital(narrator.move(new Move(i, target, q)))
                + " (→ "
                + narrator.shortLabel(q)
                + "): "
                + (answers.isEmpty()
                    ? "nobody can answer; only "
                        + narrator.dmPossessive(i)
                        + " own preference deters it."
                    : "answered first by " + English.list(answers, "or") + "."));
      }
      if (own.length > SHOWN) {
        items.add((own.length - SHOWN) + " more moves of " + narrator.dm(i) + ".");
      }
      doc.para(
          English.capital(narrator.dm(i))
              + (own.length == 0 ? ": no move from here, nothing to deter." : ":"));
      doc.bullets(items);
    }
  }
}
