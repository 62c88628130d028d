package dev.parley.report;

import dev.parley.core.model.Conflict;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * The stability table as CSV, one row per state: its number, name, option values, then for each
 * concept one 0/1 column per decision maker and one for the equilibrium.
 */
public final class ResultCsv {
  private ResultCsv() {}

  public static String render(AnalysisRun run) {
    Conflict c = run.model().conflict();
    Narrator narrator = new Narrator(run.model());
    List<String> header = new ArrayList<>(List.of("state", "name", "yn"));
    c.options().forEach(o -> header.add(o.id()));
    for (Concept k : run.concepts()) {
      c.decisionMakers().forEach(d -> header.add(k.id() + ":" + d.id()));
      header.add(k.id() + ":equilibrium");
    }
    Foresight f = run.foresight();
    if (f != null) {
      for (int h : f.horizons().keySet()) {
        c.decisionMakers().forEach(d -> header.add(Foresight.label(h) + ":" + d.id()));
        header.add(Foresight.label(h) + ":equilibrium");
      }
      if (f.nm() != null) {
        c.decisionMakers().forEach(d -> header.add("NM:" + d.id()));
        header.add("NM:equilibrium");
      }
    }
    StringBuilder out = new StringBuilder(line(header));
    for (int s = 0; s < run.model().stateCount(); s++) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(StateSpace.number(s)));
      row.add(narrator.name(s) == null ? "" : narrator.name(s));
      row.add(run.model().space().yn(s));
      for (int t = 0; t < c.optionCount(); t++) {
        row.add(run.model().space().isTaken(s, t) ? "1" : "0");
      }
      for (Concept k : run.concepts()) {
        boolean all = true;
        for (int d = 0; d < c.dmCount(); d++) {
          boolean st = run.result().isStable(k, d, s);
          all &= st;
          row.add(st ? "1" : "0");
        }
        row.add(all ? "1" : "0");
      }
      if (f != null) {
        for (int h : f.horizons().keySet()) {
          for (int d = 0; d < c.dmCount(); d++) {
            row.add(f.horizons().get(h).stableUnderEvery()[d].get(s) ? "1" : "0");
          }
          row.add(f.equilibria(h).get(s) ? "1" : "0");
        }
        if (f.nm() != null) {
          for (int d = 0; d < c.dmCount(); d++) {
            row.add(
                f.nm().stable()[d].get(s) ? "1" : f.nm().noLimit()[d].get(s) ? "no limit" : "0");
          }
          row.add(f.nm().equilibria().get(s) ? "1" : "0");
        }
      }
      out.append(line(row));
    }
    return out.toString();
  }

  private static String line(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String cell : cells) {
      quoted.add(
          cell.contains(",") || cell.contains("\"") || cell.contains("\n")
              ? "\"" + cell.replace("\"", "\"\"") + "\""
              : cell);
    }
    return String.join(",", quoted) + "\n";
  }
}
