package dev.parley.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.Parley;
import dev.parley.core.evolution.Evolution;
import dev.parley.core.evolution.Movers;
import dev.parley.core.evolution.TransitionGraph;
import dev.parley.core.evolution.TransitionTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.move.Move;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report of a status quo analysis ({@code parley evolve}): the moves and improvements from the
 * start, the states reachable by moves and by improvements, those reachable in exactly t steps, the
 * shortest legal path to each equilibrium (or to a chosen state) with who moves at each step, and
 * the transition tree. Text, Markdown or JSON.
 */
public final class EvolutionReport {
  /** The text report draws the tree only up to this many nodes. */
  public static final int TEXT_TREE_LIMIT = 300;

  /** The tree is built with at most this many nodes. */
  public static final int TREE_NODE_LIMIT = 20_000;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final EvolutionRun run;
  private final Evolution ev;
  private final GraphModel model;
  private final Conflict conflict;
  private final Movers movers;
  private final Narrator narrator;
  private final Movement movement;

  private Hints hints = Hints.NEUTRAL;

  /** Words for the front end's controls where the report points to more. */
  public EvolutionReport hints(Hints h) {
    this.hints = h;
    return this;
  }

  public EvolutionReport(EvolutionRun run) {
    this.run = run;
    this.ev = run.evolution();
    this.model = ev.model();
    this.conflict = model.conflict();
    this.movers = ev.movers();
    this.narrator = new Narrator(model);
    this.movement = new Movement(movers, narrator);
  }

  /** The states paths are reported to: the chosen target, or the equilibria. */
  public BitSet targets() {
    BitSet t = new BitSet();
    if (run.target() >= 0) {
      t.set(run.target());
      return t;
    }
    for (Concept c : run.concepts()) {
      t.or(run.result().equilibria(c));
    }
    return t;
  }

  /** The concepts under which {@code s} is an equilibrium. */
  List<String> equilibriumUnder(int s) {
    List<String> out = new ArrayList<>();
    for (Concept c : run.concepts()) {
      if (run.result().equilibria(c).get(s)) {
        out.add(c.label());
      }
    }
    return out;
  }

  /** The transition tree of the run: to its depth, improvements only if asked. */
  public TransitionTree tree() {
    return ev.tree(run.depth(), run.improvementsOnly(), TREE_NODE_LIMIT);
  }

  /** The whole transition graph (only improvements if asked). */
  public TransitionGraph graph() {
    return ev.graph(run.improvementsOnly());
  }

  public String render(Doc.Style style) {
    Doc doc = new Doc();
    int start = ev.start();
    doc.heading(1, conflict.title() + " — evolution from " + narrator.label(start));
    doc.para(English.capital(narrator.describe(start)) + ".");
    if (!movers.allIndividual()) {
      List<String> ms = new ArrayList<>();
      for (int k = 0; k < movers.count(); k++) {
        ms.add(movement.name(k));
      }
      doc.para(
          "Movers: "
              + String.join("; ", ms)
              + ". A block moves as one: by any member's move"
              + (model.isGraphForm() ? "" : " or a joint change of its members' options")
              + ", and its move is an improvement only if every member prefers where it leads.");
    }
    firstSteps(doc);
    reach(doc);
    exactly(doc);
    paths(doc);
    if (run.treeWanted()) {
      tree(doc);
    }
    doc.para(
        "Parley "
            + Parley.VERSION
            + " · model "
            + run.modelFile()
            + " · sha256 "
            + run.modelHash().substring(0, 12)
            + " · equilibria under "
            + run.concepts().stream().map(Concept::label).collect(Collectors.joining(", "))
            + (run.improvementsOnly() ? " · improvements only" : ""));
    return doc.render(style);
  }

  private void firstSteps(Doc doc) {
    doc.heading(2, "From " + narrator.label(ev.start()));
    List<Move> all = ev.firstSteps(false);
    List<Move> imps = ev.firstSteps(true);
    List<String> items = new ArrayList<>();
    for (int k = 0; k < movers.count(); k++) {
      List<String> moves = new ArrayList<>();
      List<String> better = new ArrayList<>();
      for (Move st : all) {
        if (st.mover() == k) {
          moves.add(StateSpace.number(st.to()) + nameSuffix(st.to()));
          if (movers.improves(st)) {
            better.add(String.valueOf(StateSpace.number(st.to())));
          }
        }
      }
      items.add(
          movement.name(k)
              + (moves.isEmpty()
                  ? " cannot move."
                  : " can move to "
                      + String.join(", ", moves)
                      + (better.isEmpty()
                          ? "; none is an improvement."
                          : better.size() == moves.size() && moves.size() == 1
                              ? ", an improvement."
                              : "; improvements: " + String.join(", ", better) + ".")));
    }
    doc.bullets(items);
    if (imps.isEmpty()) {
      doc.para("No mover has an improvement: by improvements the conflict stays here.");
    } else if (imps.size() == 1) {
      doc.para("The only improvement: " + movement.step(imps.get(0)) + ".");
    } else {
      List<String> parts = new ArrayList<>();
      imps.forEach(st -> parts.add(movement.step(st)));
      doc.para("Improvements: " + String.join("; ", parts) + ".");
    }
  }

  private void reach(Doc doc) {
    doc.heading(2, "Reachable states");
    List<String> items = new ArrayList<>();
    if (!run.improvementsOnly()) {
      items.add("By legal sequences of moves: " + stateList(ev.reachable(false)) + ".");
    }
    items.add("By legal sequences of improvements: " + stateList(ev.reachable(true)) + ".");
    doc.para(
        "A legal sequence never lets the same mover move twice in a row; in a sequence of"
            + " improvements each step is strictly better for its mover than the state it leaves.");
    doc.bullets(items);
  }

  private void exactly(Doc doc) {
    int depth = Math.max(1, run.depth());
    doc.heading(2, "States reachable in exactly t steps");
    List<BitSet> byImp = ev.exactly(depth, true);
    List<BitSet> byMoves = run.improvementsOnly() ? null : ev.exactly(depth, false);
    List<String> header = new ArrayList<>(List.of("t"));
    if (byMoves != null) {
      header.add("by moves");
    }
    header.add("by improvements");
    List<List<String>> rows = new ArrayList<>();
    for (int t = 1; t <= depth; t++) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(t)));
      if (byMoves != null) {
        row.add(numbers(byMoves.get(t - 1)));
      }
      row.add(numbers(byImp.get(t - 1)));
      rows.add(row);
    }
    doc.table(header, rows);
  }

  private void paths(Doc doc) {
    BitSet targets = targets();
    if (run.target() >= 0) {
      doc.heading(2, "Path to " + narrator.label(run.target()));
    } else {
      doc.heading(
          2,
          "Paths to the equilibria ("
              + run.concepts().stream().map(Concept::label).collect(Collectors.joining(", "))
              + ")");
      if (targets.isEmpty()) {
        doc.para("No state is an equilibrium under these concepts.");
        return;
      }
    }
    int shown = 0;
    for (int s = targets.nextSetBit(0); s >= 0; s = targets.nextSetBit(s + 1)) {
      if (++shown > 25) {
        doc.para((targets.cardinality() - 25) + " more targets are in the JSON output.");
        break;
      }
      List<String> under = equilibriumUnder(s);
      doc.heading(
          3,
          English.capital(narrator.label(s))
              + (under.isEmpty() ? "" : " — equilibrium under " + String.join(", ", under)));
      if (s == ev.start()) {
        doc.para("The conflict is here already.");
        continue;
      }
      List<String> items = new ArrayList<>();
      List<Move> imp = ev.path(s, true);
      items.add(
          imp == null
              ? "Not reachable by improvements."
              : "By improvements, " + count(imp.size()) + ": " + movement.steps(imp) + ".");
      if (!run.improvementsOnly()) {
        List<Move> any = ev.path(s, false);
        if (any == null) {
          items.add("Not reachable by any legal sequence of moves.");
        } else if (imp == null || any.size() < imp.size()) {
          items.add(
              "By moves, "
                  + count(any.size())
                  + " (not all improvements): "
                  + movement.steps(any)
                  + ".");
        }
      }
      doc.bullets(items);
    }
  }

  private void tree(Doc doc) {
    TransitionTree tree = tree();
    doc.heading(
        2,
        "Transition tree, "
            + run.depth()
            + (run.depth() == 1 ? " step" : " steps")
            + (run.improvementsOnly() ? " (improvements only)" : ""));
    if (tree.size() > TEXT_TREE_LIMIT) {
      doc.para(
          "The tree has "
              + (tree.truncated() ? "more than " : "")
              + tree.size()
              + " nodes, too many to draw here: "
              + hints.text(Hint.WHOLE_TREE)
              + ".");
      return;
    }
    doc.para(
        "Each line is a move by the named mover; * marks an improvement for its mover, ↺ a return"
            + " to a state already on the way.");
    StringBuilder b = new StringBuilder();
    b.append(treeLabel(tree.root().state())).append('\n');
    drawChildren(tree, 0, "", b);
    doc.code(b.toString());
    if (tree.truncated()) {
      doc.para("The tree was cut at " + tree.size() + " nodes.");
    }
  }

  private void drawChildren(TransitionTree tree, int node, String prefix, StringBuilder b) {
    List<Integer> children = tree.children(node);
    for (int i = 0; i < children.size(); i++) {
      TransitionTree.Node c = tree.nodes().get(children.get(i));
      boolean last = i == children.size() - 1;
      b.append(prefix)
          .append(last ? "└─ " : "├─ ")
          .append(movement.id(c.mover()))
          .append(" → ")
          .append(treeLabel(c.state()))
          .append(c.improvement() ? " *" : "")
          .append(c.revisit() ? " ↺" : "")
          .append('\n');
      drawChildren(tree, children.get(i), prefix + (last ? "   " : "│  "), b);
    }
  }

  private String treeLabel(int s) {
    String n = narrator.name(s);
    return StateSpace.number(s) + (n == null ? "" : " " + n);
  }

  /** The whole report as JSON. */
  public String json() {
    try {
      return MAPPER.writeValueAsString(jsonTree()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JSON result as a tree, for a caller that adds to it (the workbench). */
  public ObjectNode jsonTree() {
    ObjectNode root = ResultJson.root(conflict.title(), run.modelFile(), run.modelHash());
    ObjectNode m = (ObjectNode) root.get("model");
    m.put("form", model.isGraphForm() ? "graph" : "option");
    root.put("from", StateSpace.number(ev.start()));
    if (run.target() >= 0) {
      root.put("to", StateSpace.number(run.target()));
    }
    ArrayNode cs = root.putArray("concepts");
    run.concepts().forEach(c -> cs.add(c.id()));
    root.put("improvementsOnly", run.improvementsOnly());
    root.put("depth", run.depth());
    ArrayNode ms = root.putArray("movers");
    for (int k = 0; k < movers.count(); k++) {
      ObjectNode mn = ms.addObject();
      mn.put("id", movement.id(k));
      ArrayNode members = mn.putArray("members");
      movers.members(k).forEach(d -> members.add(conflict.decisionMakers().get(d).id()));
    }
    steps(root.putArray("firstMoves"), ev.firstSteps(run.improvementsOnly()));
    ObjectNode reach = root.putObject("reachable");
    if (!run.improvementsOnly()) {
      ids(reach.putArray("byMoves"), ev.reachable(false));
    }
    ids(reach.putArray("byImprovements"), ev.reachable(true));
    ArrayNode ex = root.putArray("exactly");
    int depth = Math.max(1, run.depth());
    List<BitSet> byImp = ev.exactly(depth, true);
    List<BitSet> byMoves = run.improvementsOnly() ? null : ev.exactly(depth, false);
    for (int t = 1; t <= depth; t++) {
      ObjectNode en = ex.addObject();
      en.put("steps", t);
      if (byMoves != null) {
        ids(en.putArray("byMoves"), byMoves.get(t - 1));
      }
      ids(en.putArray("byImprovements"), byImp.get(t - 1));
    }
    ArrayNode targets = root.putArray("paths");
    BitSet ts = targets();
    for (int s = ts.nextSetBit(0); s >= 0; s = ts.nextSetBit(s + 1)) {
      ObjectNode tn = targets.addObject();
      tn.put("to", StateSpace.number(s));
      ArrayNode eq = tn.putArray("equilibriumUnder");
      for (Concept c : run.concepts()) {
        if (run.result().equilibria(c).get(s)) {
          eq.add(c.id());
        }
      }
      path(tn, "byImprovements", ev.path(s, true));
      if (!run.improvementsOnly()) {
        path(tn, "byMoves", ev.path(s, false));
      }
    }
    if (run.treeWanted()) {
      TransitionTree tree = tree();
      ObjectNode tn = root.putObject("tree");
      tn.put("depth", tree.depth());
      tn.put("truncated", tree.truncated());
      ArrayNode nodes = tn.putArray("nodes");
      for (int i = 0; i < tree.size(); i++) {
        TransitionTree.Node n = tree.nodes().get(i);
        ObjectNode nn = nodes.addObject();
        nn.put("id", i);
        if (n.parent() < 0) {
          nn.putNull("parent");
          nn.putNull("by");
        } else {
          nn.put("parent", n.parent());
          nn.put("by", movement.id(n.mover()));
        }
        nn.put("state", StateSpace.number(n.state()));
        nn.put("improvement", n.improvement());
        nn.put("revisit", n.revisit());
      }
    }
    // the part of the transition graph the start can reach (the whole graph: --format dot/graphml)
    BitSet scope = ev.reachable(run.improvementsOnly());
    scope.set(ev.start());
    TransitionGraph g = ev.graph(run.improvementsOnly(), scope);
    ObjectNode gn = root.putObject("graph");
    ids(gn.putArray("states"), g.states());
    steps(gn.putArray("arcs"), g.arcs());
    return root;
  }

  private void path(ObjectNode n, String key, List<Move> p) {
    if (p == null) {
      n.putNull(key);
    } else {
      steps(n.putArray(key), p);
    }
  }

  private void steps(ArrayNode array, List<Move> steps) {
    for (Move st : steps) {
      ObjectNode sn = array.addObject();
      sn.put("by", movement.id(st.mover()));
      sn.put("from", StateSpace.number(st.from()));
      sn.put("to", StateSpace.number(st.to()));
      sn.put("improvement", movers.improves(st));
    }
  }

  private static void ids(ArrayNode array, BitSet states) {
    for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
      array.add(StateSpace.number(s));
    }
  }

  private String nameSuffix(int s) {
    String n = narrator.name(s);
    return n == null ? "" : " (" + n + ")";
  }

  private String stateList(BitSet states) {
    if (states.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (int s = states.nextSetBit(0); s >= 0 && parts.size() < 40; s = states.nextSetBit(s + 1)) {
      parts.add(StateSpace.number(s) + nameSuffix(s));
    }
    return String.join(", ", parts)
        + (states.cardinality() > 40 ? " and " + (states.cardinality() - 40) + " more" : "")
        + " ("
        + states.cardinality()
        + (states.cardinality() == 1 ? " state)" : " states)");
  }

  private static String numbers(BitSet states) {
    if (states.isEmpty()) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    for (int s = states.nextSetBit(0); s >= 0 && parts.size() < 30; s = states.nextSetBit(s + 1)) {
      parts.add(String.valueOf(StateSpace.number(s)));
    }
    return String.join(", ", parts)
        + (states.cardinality() > 30 ? " … (" + states.cardinality() + ")" : "");
  }

  private static String count(int steps) {
    return steps + (steps == 1 ? " step" : " steps");
  }
}
