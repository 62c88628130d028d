package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.drama.Doubt;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.drama.Position;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.StatePattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The options board of drama theory (docs/semantics.md §4.3): options in rows, grouped by owner;
 * one column per stated position and one for the threatened future; ✓ (should happen), ✗ (should
 * not), – (does not mind), with ? where another party doubts the intention. A graph-form model,
 * which has no options, gets one row per future instead.
 */
final class OptionsBoard {
  static final String YES = "✓";
  static final String NO = "✗";
  static final String ANY = "–";
  static final String DOUBT = "?";

  private final DramaResult result;
  private final GraphModel model;
  private final Conflict conflict;

  OptionsBoard(DramaResult result) {
    this.result = result;
    this.model = result.model();
    this.conflict = model.conflict();
  }

  /** The columns: party, option, each position's holder, the threatened future. */
  List<String> header() {
    List<String> h = new ArrayList<>();
    if (model.isGraphForm()) {
      return List.of("Column", "Future");
    }
    h.add("Party");
    h.add("Option");
    for (Position p : result.table().positions()) {
      h.add(column(p.holder()));
    }
    h.add("Threatened");
    return h;
  }

  /** A position's column head: the party's name, or its id where names would not fit. */
  private String column(int party) {
    return shortHeads()
        ? conflict.decisionMakers().get(party).id()
        : conflict.decisionMakers().get(party).name();
  }

  /** Whether the board with the parties' names as column heads would be wider than 100 columns. */
  boolean shortHeads() {
    int width = "Threatened".length();
    int party = "Party".length();
    int option = "Option".length();
    for (int d = 0; d < conflict.dmCount(); d++) {
      party = Math.max(party, conflict.decisionMakers().get(d).name().length());
    }
    for (int t = 0; t < conflict.optionCount(); t++) {
      option = Math.max(option, English.oneLine(conflict.options().get(t).name()).length());
    }
    width += party + option + 2 * 2;
    for (Position p : result.table().positions()) {
      width += Math.max(2, conflict.decisionMakers().get(p.holder()).name().length()) + 2;
    }
    return width > 100;
  }

  /** "Columns: US, the United States' position; ..." when the heads are ids; else none. */
  List<String> columnNote(Narrator narrator) {
    if (!shortHeads() || result.table().positions().isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (Position p : result.table().positions()) {
      parts.add(
          conflict.decisionMakers().get(p.holder()).id()
              + ", "
              + narrator.dmPossessive(p.holder())
              + " position");
    }
    return List.of("Columns: " + String.join("; ", parts) + "; then the threatened future.");
  }

  List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    Narrator narrator = new Narrator(model);
    if (model.isGraphForm()) {
      for (Position p : result.table().positions()) {
        int[] r = result.readings(p.holder());
        rows.add(List.of(conflict.decisionMakers().get(p.holder()).name(), narrator.words(r[0])));
      }
      rows.add(List.of("Threatened", narrator.words(result.threatened())));
      return rows;
    }
    for (int d = 0; d < conflict.dmCount(); d++) {
      boolean first = true;
      for (int t = 0; t < conflict.optionCount(); t++) {
        if (conflict.owner(t) != d) {
          continue;
        }
        List<String> row = new ArrayList<>();
        row.add(first ? conflict.decisionMakers().get(d).name() : "");
        first = false;
        row.add(English.oneLine(conflict.options().get(t).name()));
        for (Position p : result.table().positions()) {
          row.add(cell(p.future(), t) + (doubted(p.holder(), d, Doubt.About.AGREEMENT) ? "?" : ""));
        }
        row.add(cell(result.table().threatened(), t) + (doubtedThreat(d) ? DOUBT : ""));
        rows.add(row);
      }
    }
    return rows;
  }

  private static String cell(StatePattern p, int t) {
    long bit = 1L << t;
    return (p.mask() & bit) == 0 ? ANY : (p.value() & bit) != 0 ? YES : NO;
  }

  /** Whether {@code doubter} doubts {@code owner}'s intention of this kind. */
  private boolean doubted(int doubter, int owner, Doubt.About about) {
    return doubter != owner && result.table().doubt(doubter, owner, about) != null;
  }

  private boolean doubtedThreat(int owner) {
    return result.table().doubts().stream()
        .anyMatch(d -> d.doubted() == owner && d.about() == Doubt.About.THREAT);
  }

  /** What each ? on the board means. */
  List<String> doubtNotes(Narrator narrator) {
    List<String> out = new ArrayList<>();
    for (Doubt d : result.table().doubts()) {
      String who = English.capital(narrator.dm(d.doubter()));
      String whom = narrator.dm(d.doubted());
      out.add(
          d.about() == Doubt.About.THREAT
              ? "? at "
                  + narrator.dmPossessive(d.doubted())
                  + " options in the threatened future: "
                  + who
                  + " doubts that "
                  + whom
                  + " would carry out its threat."
              : "? at "
                  + narrator.dmPossessive(d.doubted())
                  + " options in "
                  + narrator.dmPossessive(d.doubter())
                  + " position: "
                  + who
                  + " doubts that "
                  + whom
                  + " would keep its part of an agreement"
                  + (result.atCommitment(d.doubter(), d.doubted())
                      ? "."
                      : " (a trust dilemma once the two agree; their positions differ now)."));
    }
    return out;
  }

  /** The board as JSON, for the workbench. */
  ObjectNode json() {
    ObjectNode o = MediatorJson.MAPPER.createObjectNode();
    ArrayNode cols = o.putArray("columns");
    for (Position p : result.table().positions()) {
      ObjectNode c = cols.addObject();
      c.put("kind", "position");
      c.put("party", MediatorJson.dm(model, p.holder()));
    }
    cols.addObject().put("kind", "threatened");
    ArrayNode rows = o.putArray("rows");
    if (model.isGraphForm()) {
      return o;
    }
    for (int t = 0; t < conflict.optionCount(); t++) {
      ObjectNode r = rows.addObject();
      int owner = conflict.owner(t);
      r.put("option", conflict.options().get(t).id());
      r.put("name", English.oneLine(conflict.options().get(t).name()));
      r.put("owner", MediatorJson.dm(model, owner));
      ArrayNode cells = r.putArray("cells");
      for (Position p : result.table().positions()) {
        cell(cells, p.future(), t, doubted(p.holder(), owner, Doubt.About.AGREEMENT));
      }
      cell(cells, result.table().threatened(), t, doubtedThreat(owner));
    }
    return o;
  }

  private static void cell(ArrayNode cells, StatePattern p, int t, boolean doubted) {
    ObjectNode c = cells.addObject();
    long bit = 1L << t;
    c.put("value", (p.mask() & bit) == 0 ? "any" : (p.value() & bit) != 0 ? "yes" : "no");
    c.put("doubted", doubted);
  }
}
