package dev.parley.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.coalition.Coalition;
import dev.parley.core.coalition.CoalitionExplainer;
import dev.parley.core.coalition.CoalitionStructure;
import dev.parley.core.coalition.JointMove;
import dev.parley.core.coalition.StructureReach;
import dev.parley.core.coalition.StructureResult;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The fixed-coalition-structure part of {@code parley analyze --coalitions} (docs/semantics.md
 * §1.7(a)): a briefing section and the {@code coalitions} object of the JSON result.
 */
final class StructureSection {
  /** At most this many lost equilibria are explained in words. */
  private static final int EXPLAINED = 10;

  private final AnalysisRun run;
  private final GraphModel model;
  private final StructureResult result;
  private final CoalitionStructure structure;
  private final StabilityResult individual;
  private final Narrator narrator;
  private final CoalitionNarrator words;
  private final CoalitionExplainer explainer;

  StructureSection(AnalysisRun run) {
    this.run = run;
    this.model = run.model();
    this.result = run.coalitions();
    this.structure = result.structure();
    this.individual = run.result();
    this.narrator = new Narrator(model);
    this.words = new CoalitionNarrator(model, narrator);
    this.explainer = new CoalitionExplainer(model);
  }

  /** The concepts analysed both individually and with the blocks, in display order. */
  private List<Concept> concepts() {
    return run.concepts().stream().filter(result.concepts()::contains).toList();
  }

  private String structureText() {
    List<String> parts = new ArrayList<>();
    for (Coalition b : structure.blocks()) {
      parts.add(words.id(b));
    }
    return String.join(", ", parts);
  }

  void render(Doc doc) {
    doc.heading(2, "With the coalition structure " + structureText());
    doc.para(
        "Each block acts as one decision maker: it moves by changing its members' options together"
            + " in one step, it improves only if every member is strictly better off, and a"
            + " sanction deters it if at least one member ends up no better off than before.");
    List<String> items = new ArrayList<>();
    BitSet lost = new BitSet();
    for (Concept c : concepts()) {
      BitSet with = result.equilibria(c);
      BitSet without = individual.equilibria(c);
      BitSet gone = Briefing.minus(without, with);
      BitSet added = Briefing.minus(with, without);
      lost.or(gone);
      items.add(
          c.label()
              + " equilibria with these blocks: "
              + stateList(with)
              + (gone.isEmpty() && added.isEmpty()
                  ? " (the same as without coalitions)."
                  : " (without coalitions: "
                      + stateList(without)
                      + (gone.isEmpty() ? "" : "; no longer equilibria: " + stateList(gone))
                      + (added.isEmpty() ? "" : "; new: " + stateList(added))
                      + ")."));
    }
    doc.bullets(items);
    int shown = 0;
    for (int s = lost.nextSetBit(0); s >= 0 && shown < EXPLAINED; s = lost.nextSetBit(s + 1)) {
      shown++;
      Concept c = firstLost(s);
      doc.heading(
          3,
          English.capital(narrator.label(s)) + " is no longer an equilibrium under " + c.label());
      List<String> why = new ArrayList<>();
      for (int b = 0; b < structure.blockCount(); b++) {
        if (!result.isStable(c, b, s)) {
          why.addAll(words.explain(explainer.explain(c, structure, b, s).escapeOnly()));
        }
      }
      doc.bullets(why);
    }
    if (lost.cardinality() > shown) {
      doc.para((lost.cardinality() - shown) + " more states are no longer equilibria.");
    }
    if (run.statusQuo() >= 0) {
      StructureReach reach = StructureReach.of(model, structure, run.statusQuo());
      BitSet only = reach.onlyByBlocks();
      doc.para(
          "From the status quo, "
              + narrator.label(run.statusQuo())
              + ", the blocks' improvements, made in turn, reach "
              + stateList(reach.reachable())
              + "; individual unilateral improvements reach "
              + stateList(reach.individually())
              + ".");
      List<String> paths = new ArrayList<>();
      for (int s = only.nextSetBit(0);
          s >= 0 && paths.size() < EXPLAINED;
          s = only.nextSetBit(s + 1)) {
        paths.add(
            "Only with the blocks: "
                + narrator.label(s)
                + ", by "
                + words.moves(reach.path(s))
                + ".");
      }
      doc.bullets(paths);
    }
    table(doc);
  }

  private void table(Doc doc) {
    List<String> header = new ArrayList<>(List.of("state"));
    for (Concept c : concepts()) {
      header.add(c.label());
    }
    List<List<String>> rows = new ArrayList<>();
    for (int s = 0; s < model.stateCount() && rows.size() < Briefing.FULL_TABLE_LIMIT; s++) {
      boolean notable = model.stateCount() <= Briefing.FULL_TABLE_LIMIT;
      for (Concept c : concepts()) {
        notable |= result.equilibria(c).get(s) || individual.equilibria(c).get(s);
      }
      if (!notable) {
        continue;
      }
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(StateSpace.number(s)));
      for (Concept c : concepts()) {
        List<String> who = new ArrayList<>();
        for (int b = 0; b < structure.blockCount(); b++) {
          if (result.isStable(c, b, s)) {
            who.add(words.id(structure.block(b)));
          }
        }
        row.add(
            who.size() == structure.blockCount()
                ? "EQ"
                : who.isEmpty() ? "-" : String.join(" ", who));
      }
      rows.add(row);
    }
    doc.para("Blocks for which each state is stable; EQ = stable for every block.");
    doc.table(header, rows);
  }

  /** The most permissive concept under which s stops being an equilibrium (GMR first). */
  private Concept firstLost(int s) {
    for (Concept c :
        List.of(Concept.GMR, Concept.SMR, Concept.SEQSIM, Concept.SEQ, Concept.SIM, Concept.NASH)) {
      if (result.concepts().contains(c)
          && run.concepts().contains(c)
          && individual.equilibria(c).get(s)
          && !result.equilibria(c).get(s)) {
        return c;
      }
    }
    throw new IllegalStateException();
  }

  /** The {@code coalitions} object of the JSON result. */
  ObjectNode json(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode st = root.putArray("structure");
    for (Coalition b : structure.blocks()) {
      ArrayNode block = st.addArray();
      words.memberIds(b).forEach(block::add);
    }
    root.put("deterrence", "some");
    for (Concept c : concepts()) {
      ObjectNode cn = root.putObject(c.id());
      ObjectNode sf = cn.putObject("stableFor");
      for (int b = 0; b < structure.blockCount(); b++) {
        ids(sf.putArray(words.id(structure.block(b))), result.stableFor(c, b));
      }
      ids(cn.putArray("equilibria"), result.equilibria(c));
    }
    if (run.statusQuo() >= 0) {
      StructureReach reach = StructureReach.of(model, structure, run.statusQuo());
      ObjectNode ev = root.putObject("fromStatusQuo");
      ev.put("from", StateSpace.number(run.statusQuo()));
      ids(ev.putArray("reachable"), reach.reachable());
      ids(ev.putArray("individually"), reach.individually());
      ArrayNode only = ev.putArray("onlyByBlocks");
      BitSet ob = reach.onlyByBlocks();
      for (int s = ob.nextSetBit(0); s >= 0; s = ob.nextSetBit(s + 1)) {
        ObjectNode on = only.addObject();
        on.put("to", StateSpace.number(s));
        moves(on.putArray("path"), reach.path(s));
      }
    }
    return root;
  }

  void moves(ArrayNode array, List<JointMove> moves) {
    for (JointMove mv : moves) {
      ObjectNode mn = array.addObject();
      mn.put("by", words.id(mv.by()));
      mn.put("from", StateSpace.number(mv.from()));
      mn.put("to", StateSpace.number(mv.to()));
    }
  }

  static void ids(ArrayNode array, BitSet states) {
    for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
      array.add(StateSpace.number(s));
    }
  }

  private String stateList(BitSet states) {
    if (states.isEmpty()) {
      return "none";
    }
    return narrator.numbered(states);
  }
}
