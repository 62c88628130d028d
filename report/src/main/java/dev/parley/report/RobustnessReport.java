package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.Robustness;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Robustness: for every state and concept, the fewest adjacent swaps in the preferences that
 * reverse the verdict — break an equilibrium, or make a non-equilibrium one — with the nearest such
 * change.
 */
public final class RobustnessReport extends MediatorReport {
  private final PreferenceSpace space;
  private final List<Concept> concepts;
  private final Robustness.Margin[][] margins;

  private RobustnessReport(
      GraphModel model,
      PreferenceSpace space,
      List<Concept> concepts,
      Robustness.Margin[][] margins,
      int bound,
      String modelFile) {
    super(model, bound, modelFile, "robustness");
    this.space = space;
    this.concepts = List.copyOf(concepts);
    this.margins = margins;
  }

  /**
   * Computes the margins one concept at a time ({@code progress} is told of each and checked
   * between them); each search examines at most {@code budget} profiles.
   */
  public static RobustnessReport compute(
      GraphModel model,
      PreferenceSpace space,
      List<Concept> concepts,
      int bound,
      long budget,
      String modelFile,
      Progress progress) {
    Robustness.Margin[][] margins = new Robustness.Margin[concepts.size()][];
    for (int k = 0; k < concepts.size(); k++) {
      progress.check();
      Concept c = concepts.get(k);
      progress.report("robustness: " + c.label(), k, concepts.size());
      margins[k] = Robustness.margins(space, List.of(c), bound, budget)[0];
    }
    progress.check();
    return new RobustnessReport(model, space, concepts, margins, bound, modelFile);
  }

  public Robustness.Margin[][] margins() {
    return margins;
  }

  public List<Concept> concepts() {
    return concepts;
  }

  public PreferenceSpace space() {
    return space;
  }

  /** A margin as a table cell: "2", ">3" or "never". */
  public static String cell(Robustness.Margin m) {
    if (m.found()) {
      return String.valueOf(m.swaps());
    }
    return m.never() ? "never" : ">" + m.moreThan();
  }

  public String render(Doc.Style style) {
    Narrator nar = text.narrator();
    Doc doc = new Doc();
    doc.heading(1, "Robustness: " + model.conflict().title());
    doc.para(
        "For every state and concept: the verdict (EQ = equilibrium, - = not) and, in parentheses,"
            + " the fewest adjacent swaps in "
            + text.ranges(space, "nothing")
            + " that would reverse it — break the equilibrium, or make the state one. One swap"
            + " exchanges two neighbouring tie groups of one ranking"
            + (space.varied().length > 0
                    && space.variation(space.varied()[0]).metric()
                        == PreferenceSpace.Metric.STATEMENTS
                ? " (here: two neighbouring prioritized statements)"
                : "")
            + "; ties are kept together. \">"
            + bound
            + "\" means no change of at most "
            + bound
            + " swaps does; \"never\" that no change of the varied preferences can.");
    List<String> header = new ArrayList<>(List.of("state", "name"));
    concepts.forEach(c -> header.add(c.label()));
    List<List<String>> rows = new ArrayList<>();
    for (int s = 0; s < model.stateCount(); s++) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(StateSpace.number(s)));
      row.add(nar.name(s) == null ? "" : nar.name(s));
      for (int c = 0; c < concepts.size(); c++) {
        Robustness.Margin m = margins[c][s];
        row.add((m.equilibrium() ? "EQ" : "-") + " (" + cell(m) + ")");
      }
      rows.add(row);
    }
    doc.table(header, rows);
    doc.heading(2, "How each equilibrium could break");
    List<String> items = new ArrayList<>();
    for (int s = 0; s < model.stateCount(); s++) {
      for (int c = 0; c < concepts.size(); c++) {
        Robustness.Margin m = margins[c][s];
        if (!m.equilibrium()) {
          continue;
        }
        items.add(
            English.capital(nar.label(s))
                + ", "
                + concepts.get(c).label()
                + ": "
                + (m.found()
                    ? text.change(space, m.change())
                    : m.never()
                        ? "no change of the varied preferences breaks it"
                        : "no change of at most " + m.moreThan() + " swaps breaks it")
                + ".");
      }
    }
    if (items.isEmpty()) {
      doc.para("No state is an equilibrium under the concepts analysed.");
    }
    doc.bullets(items);
    return signed(doc, style, "");
  }

  /**
   * The {@code robustness} object: the bound, what varies, and per concept one entry per state
   * (state id, equilibrium, swaps or null with moreThan, the nearest change).
   */
  @Override
  public ObjectNode tree() {
    ObjectNode n = MediatorJson.MAPPER.createObjectNode();
    n.put("bound", bound);
    n.set("varied", MediatorJson.space(model, space));
    ObjectNode cs = n.putObject("concepts");
    for (int c = 0; c < concepts.size(); c++) {
      ArrayNode list = cs.putArray(concepts.get(c).id());
      for (int s = 0; s < model.stateCount(); s++) {
        Robustness.Margin m = margins[c][s];
        ObjectNode e = MediatorJson.margin(m);
        e.put("state", StateSpace.number(s));
        if (m.found()) {
          e.set("change", MediatorJson.change(model, space, m.change(), text));
        }
        list.add(e);
      }
    }
    return n;
  }
}
