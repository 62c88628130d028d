package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.Parley;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import dev.parley.core.uncertainty.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A preference sweep: per state, the share of scenarios in which it is an equilibrium under each
 * concept, with 95% intervals when sampled; and per scenario its own shares.
 */
public final class SweepReport {
  private final GraphModel model;
  private final Sweep.Result result;
  private final String modelFile;
  private final String scenarioFile;
  private final Narrator narrator;

  public SweepReport(GraphModel model, Sweep.Result result, String modelFile, String scenarioFile) {
    this.model = model;
    this.result = result;
    this.modelFile = modelFile;
    this.scenarioFile = scenarioFile;
    this.narrator = new Narrator(model);
  }

  static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }

  public String render(Doc.Style style) {
    Doc doc = new Doc();
    doc.heading(1, "Preference sweep: " + model.conflict().title());
    List<Concept> cs = result.concepts();
    doc.para(
        result.exact()
            ? "Every one of the "
                + result.profiles()
                + " preference profiles the scenarios stand for was analysed; shares are exact,"
                + " weighted by the scenarios' weights (rankings within a scenario equally likely)."
            : result.samples()
                + " profiles were drawn (seed "
                + result.seed()
                + "): a scenario in proportion to its weight, then rankings uniformly among those it"
                + " admits. Each share comes with its 95% Wilson interval; the same seed gives the"
                + " same result whatever the number of threads.");
    List<String> header = new ArrayList<>(List.of("state", "name"));
    cs.forEach(c -> header.add(c.label()));
    List<List<String>> rows = new ArrayList<>();
    for (int s = 0; s < model.stateCount(); s++) {
      boolean any = false;
      for (int c = 0; c < cs.size(); c++) {
        any |= result.high()[c][s] > 0;
      }
      if (!any && narrator.name(s) == null) {
        continue;
      }
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(StateSpace.number(s)));
      row.add(narrator.name(s) == null ? "" : narrator.name(s));
      for (int c = 0; c < cs.size(); c++) {
        String cell = pct(result.share()[c][s]);
        if (!result.exact()) {
          cell += " [" + pct(result.low()[c][s]) + ", " + pct(result.high()[c][s]) + "]";
        }
        row.add(cell);
      }
      rows.add(row);
    }
    doc.para(
        "Share of scenarios in which each state is an equilibrium (states never an equilibrium"
            + " and unnamed are left out):");
    doc.table(header, rows);
    doc.heading(2, "Scenarios");
    List<String> items = new ArrayList<>();
    for (Sweep.ScenarioShare sc : result.scenarios()) {
      List<String> perConcept = new ArrayList<>();
      for (int c = 0; c < cs.size(); c++) {
        List<String> parts = new ArrayList<>();
        for (int s = 0; s < model.stateCount(); s++) {
          double v = sc.share()[c][s];
          if (v > 0) {
            parts.add(
                StateSpace.number(s)
                    + (narrator.name(s) == null ? "" : " (" + narrator.name(s) + ")")
                    + (v < 1 ? " " + pct(v) : ""));
          }
        }
        perConcept.add(
            cs.get(c).label() + ": " + (parts.isEmpty() ? "none" : String.join(", ", parts)));
      }
      items.add(
          sc.name()
              + " ("
              + pct(sc.probability())
              + "; "
              + sc.profiles()
              + (result.exact()
                  ? (sc.profiles() == 1 ? " profile" : " profiles")
                  : (sc.profiles() == 1 ? " draw" : " draws"))
              + ") — equilibria "
              + String.join("; ", perConcept)
              + ".");
    }
    doc.para(
        "Per scenario, its probability and the equilibria under each concept; a percentage is the"
            + " share of the scenario's rankings (or draws) in which the state is one:");
    doc.bullets(items);
    doc.para(
        "Parley "
            + Parley.VERSION
            + " · model "
            + modelFile
            + " · scenarios "
            + scenarioFile
            + (result.exact() ? "" : " · seed " + result.seed()));
    return doc.render(style);
  }

  public String json() {
    ObjectNode root = MediatorJson.root(modelFile);
    root.put("scenarios", scenarioFile);
    ObjectNode n = root.putObject("sweep");
    n.put("exact", result.exact());
    n.put("profiles", result.profiles());
    if (!result.exact()) {
      n.put("samples", result.samples());
      n.put("seed", result.seed());
      n.put("interval", "95% Wilson score");
    }
    ObjectNode cs = n.putObject("concepts");
    for (int c = 0; c < result.concepts().size(); c++) {
      ArrayNode list = cs.putArray(result.concepts().get(c).id());
      for (int s = 0; s < model.stateCount(); s++) {
        ObjectNode e = list.addObject();
        e.put("state", StateSpace.number(s));
        e.put("share", result.share()[c][s]);
        e.put("low", result.low()[c][s]);
        e.put("high", result.high()[c][s]);
      }
    }
    ArrayNode sc = n.putArray("scenarios");
    for (Sweep.ScenarioShare x : result.scenarios()) {
      ObjectNode e = sc.addObject();
      e.put("name", x.name());
      e.put("probability", x.probability());
      e.put(result.exact() ? "profiles" : "draws", x.profiles());
      ObjectNode per = e.putObject("equilibriumShare");
      for (int c = 0; c < result.concepts().size(); c++) {
        ObjectNode pc = per.putObject(result.concepts().get(c).id());
        for (int s = 0; s < model.stateCount(); s++) {
          if (x.share()[c][s] > 0) {
            pc.put(String.valueOf(StateSpace.number(s)), x.share()[c][s]);
          }
        }
      }
    }
    return MediatorJson.write(root);
  }
}
