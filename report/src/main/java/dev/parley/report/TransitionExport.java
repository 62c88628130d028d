package dev.parley.report;

import dev.parley.core.evolution.Evolution;
import dev.parley.core.evolution.Movers;
import dev.parley.core.evolution.TransitionGraph;
import dev.parley.core.evolution.TransitionTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DOT (Graphviz) and GraphML export of a status quo analysis: the transition graph or the
 * depth-limited transition tree, with the status quo, the equilibria (or the chosen target), the
 * improvements and the chosen paths marked, and one colour per mover.
 *
 * <p>Marks: the status quo is filled; equilibria (and a {@code --to} target) have a double border;
 * an improvement is a solid arc, any other move a dashed one; arcs on the chosen paths (the
 * shortest path to each target, by improvements where one exists) are thick. GraphML carries the
 * same as data keys: {@code statusQuo}, {@code equilibrium}, {@code equilibriumUnder}, {@code
 * target}, {@code improvement}, {@code onPath}, {@code mover}, {@code color}.
 */
public final class TransitionExport {
  /** Okabe–Ito colours, distinguishable with colour blindness; cycled for many movers. */
  static final List<String> COLOURS =
      List.of(
          "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999");

  private final EvolutionRun run;
  private final EvolutionReport report;
  private final Evolution ev;
  private final GraphModel model;
  private final Movers movers;
  private final Narrator narrator;
  private final Movement movement;
  private final BitSet targets;
  private final Set<List<Integer>> pathArcs = new HashSet<>(); // (mover, from, to)
  private final List<List<Move>> paths = new ArrayList<>();

  public TransitionExport(EvolutionRun run) {
    this.run = run;
    this.report = new EvolutionReport(run);
    this.ev = run.evolution();
    this.model = ev.model();
    this.movers = ev.movers();
    this.narrator = new Narrator(model);
    this.movement = new Movement(movers, narrator);
    this.targets = report.targets();
    for (int s = targets.nextSetBit(0); s >= 0; s = targets.nextSetBit(s + 1)) {
      List<Move> p = ev.path(s, true);
      if (p == null && !run.improvementsOnly()) {
        p = ev.path(s, false);
      }
      if (p != null && !p.isEmpty()) {
        paths.add(p);
        for (Move st : p) {
          pathArcs.add(List.of(st.mover(), st.from(), st.to()));
        }
      }
    }
  }

  private String colour(int mover) {
    return COLOURS.get(mover % COLOURS.size());
  }

  /** "4", the analyst's name if any, and in option form the Y/N string, one per line. */
  private String stateLabel(int s) {
    String n = narrator.name(s);
    return StateSpace.number(s)
        + (n == null ? "" : "\n" + n)
        + (model.isGraphForm() ? "" : "\n" + model.space().yn(s));
  }

  private String legend() {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < movers.count(); k++) {
      parts.add(movement.id(k) + " " + colour(k));
    }
    return model.conflict().title()
        + "\nfrom "
        + narrator.label(ev.start())
        + "; movers: "
        + String.join(", ", parts)
        + "\nsolid = improvement, dashed = other move, thick = shortest path to a target";
  }

  private String targetNote(int s) {
    if (run.target() == s) {
      return "target";
    }
    List<String> under = report.equilibriumUnder(s);
    return under.isEmpty() ? "" : "equilibrium: " + String.join(", ", under);
  }

  // ---------------------------------------------------------------- DOT

  /** The transition graph in DOT. */
  public String dotGraph() {
    TransitionGraph g = report.graph();
    StringBuilder b = dotHeader("transition graph");
    BitSet states = g.states();
    for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
      b.append("  ").append(q("s" + StateSpace.number(s))).append(" [");
      dotStateAttrs(b, s, s == ev.start());
      b.append("];\n");
    }
    for (Move st : g.arcs()) {
      b.append("  ")
          .append(q("s" + StateSpace.number(st.from())))
          .append(" -> ")
          .append(q("s" + StateSpace.number(st.to())))
          .append(" [");
      dotArcAttrs(b, st, pathArcs.contains(List.of(st.mover(), st.from(), st.to())));
      b.append("];\n");
    }
    return b.append("}\n").toString();
  }

  /** The transition tree in DOT. */
  public String dotTree() {
    TransitionTree tree = report.tree();
    boolean[] onPath = treePathNodes(tree);
    StringBuilder b = dotHeader("transition tree");
    for (int i = 0; i < tree.size(); i++) {
      TransitionTree.Node n = tree.nodes().get(i);
      b.append("  ").append(q("n" + i)).append(" [");
      dotStateAttrs(b, n.state(), i == 0);
      if (n.revisit()) {
        b.append(", color=\"#777777\", fontcolor=\"#777777\"");
      }
      b.append("];\n");
    }
    for (int i = 1; i < tree.size(); i++) {
      TransitionTree.Node n = tree.nodes().get(i);
      b.append("  ").append(q("n" + n.parent())).append(" -> ").append(q("n" + i)).append(" [");
      dotArcAttrs(
          b, new Move(n.mover(), tree.nodes().get(n.parent()).state(), n.state()), onPath[i]);
      b.append("];\n");
    }
    return b.append("}\n").toString();
  }

  private StringBuilder dotHeader(String what) {
    StringBuilder b = new StringBuilder();
    b.append("digraph ").append(q(what)).append(" {\n");
    b.append("  graph [label=")
        .append(q(legend()))
        .append(", labelloc=t, rankdir=")
        .append(what.contains("tree") ? "TB" : "LR")
        .append(", fontname=\"Helvetica\"];\n");
    b.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
    b.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    return b;
  }

  private void dotStateAttrs(StringBuilder b, int s, boolean start) {
    String note = targetNote(s);
    b.append("label=").append(q(stateLabel(s)));
    if (start) {
      b.append(", style=\"rounded,filled\", fillcolor=\"#FFE08A\"");
    }
    if (!note.isEmpty()) {
      b.append(", peripheries=2");
    }
    List<String> tip = new ArrayList<>();
    if (s == ev.start()) {
      tip.add("status quo");
    }
    if (!note.isEmpty()) {
      tip.add(note);
    }
    tip.add(narrator.describe(s));
    b.append(", tooltip=").append(q(String.join("; ", tip)));
  }

  private void dotArcAttrs(StringBuilder b, Move st, boolean onPath) {
    String c = colour(st.mover());
    b.append("label=")
        .append(q(movement.id(st.mover())))
        .append(", color=")
        .append(q(c))
        .append(", fontcolor=")
        .append(q(c))
        .append(", style=")
        .append(movers.improves(st) ? "solid" : "dashed")
        .append(", penwidth=")
        .append(onPath ? "3" : "1");
  }

  /** A DOT double-quoted string. */
  static String q(String text) {
    return "\""
        + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n")
        + "\"";
  }

  /** For each tree node, whether its incoming arc lies on a chosen path from the root. */
  private boolean[] treePathNodes(TransitionTree tree) {
    boolean[] on = new boolean[tree.size()];
    for (List<Move> p : paths) {
      int node = 0;
      for (Move st : p) {
        int next = -1;
        for (int c : tree.children(node)) {
          TransitionTree.Node n = tree.nodes().get(c);
          if (n.mover() == st.mover() && n.state() == st.to()) {
            next = c;
            break;
          }
        }
        if (next < 0) {
          break; // beyond the tree's depth
        }
        on[next] = true;
        node = next;
      }
    }
    return on;
  }

  // ------------------------------------------------------------ GraphML

  /** The transition graph in GraphML. */
  public String graphmlGraph() {
    TransitionGraph g = report.graph();
    StringBuilder b = graphmlHeader(false);
    BitSet states = g.states();
    for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
      graphmlNode(b, "s" + StateSpace.number(s), s, -1, false);
    }
    int e = 0;
    for (Move st : g.arcs()) {
      graphmlEdge(
          b,
          "e" + e++,
          "s" + StateSpace.number(st.from()),
          "s" + StateSpace.number(st.to()),
          st,
          pathArcs.contains(List.of(st.mover(), st.from(), st.to())));
    }
    return b.append("  </graph>\n</graphml>\n").toString();
  }

  /** The transition tree in GraphML. */
  public String graphmlTree() {
    TransitionTree tree = report.tree();
    boolean[] onPath = treePathNodes(tree);
    StringBuilder b = graphmlHeader(true);
    for (int i = 0; i < tree.size(); i++) {
      TransitionTree.Node n = tree.nodes().get(i);
      graphmlNode(b, "n" + i, n.state(), n.depth(), n.revisit());
    }
    for (int i = 1; i < tree.size(); i++) {
      TransitionTree.Node n = tree.nodes().get(i);
      graphmlEdge(
          b,
          "e" + i,
          "n" + n.parent(),
          "n" + i,
          new Move(n.mover(), tree.nodes().get(n.parent()).state(), n.state()),
          onPath[i]);
    }
    return b.append("  </graph>\n</graphml>\n").toString();
  }

  private StringBuilder graphmlHeader(boolean tree) {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
            + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    b.append("  <desc>").append(x(legend())).append("</desc>\n");
    key(b, "label", "node", "string");
    key(b, "state", "node", "int");
    key(b, "name", "node", "string");
    key(b, "description", "node", "string");
    key(b, "statusQuo", "node", "boolean");
    key(b, "equilibrium", "node", "boolean");
    key(b, "equilibriumUnder", "node", "string");
    key(b, "target", "node", "boolean");
    if (tree) {
      key(b, "depth", "node", "int");
      key(b, "revisit", "node", "boolean");
    }
    key(b, "mover", "edge", "string");
    key(b, "color", "edge", "string");
    key(b, "improvement", "edge", "boolean");
    key(b, "onPath", "edge", "boolean");
    b.append("  <graph id=\"G\" edgedefault=\"directed\">\n");
    return b;
  }

  private static void key(StringBuilder b, String name, String target, String type) {
    b.append("  <key id=\"")
        .append(name)
        .append("\" for=\"")
        .append(target)
        .append("\" attr.name=\"")
        .append(name)
        .append("\" attr.type=\"")
        .append(type)
        .append("\"/>\n");
  }

  private void graphmlNode(StringBuilder b, String id, int s, int depth, boolean revisit) {
    b.append("    <node id=\"").append(x(id)).append("\">\n");
    data(b, "label", stateLabel(s).replace('\n', ' '));
    data(b, "state", String.valueOf(StateSpace.number(s)));
    if (narrator.name(s) != null) {
      data(b, "name", narrator.name(s));
    }
    data(b, "description", narrator.describe(s));
    data(b, "statusQuo", String.valueOf(s == ev.start()));
    List<String> under = report.equilibriumUnder(s);
    data(b, "equilibrium", String.valueOf(!under.isEmpty()));
    if (!under.isEmpty()) {
      data(b, "equilibriumUnder", String.join(",", under));
    }
    data(b, "target", String.valueOf(targets.get(s)));
    if (depth >= 0) {
      data(b, "depth", String.valueOf(depth));
      data(b, "revisit", String.valueOf(revisit));
    }
    b.append("    </node>\n");
  }

  private void graphmlEdge(
      StringBuilder b, String id, String from, String to, Move st, boolean onPath) {
    b.append("    <edge id=\"")
        .append(x(id))
        .append("\" source=\"")
        .append(x(from))
        .append("\" target=\"")
        .append(x(to))
        .append("\">\n");
    data(b, "mover", movement.id(st.mover()));
    data(b, "color", colour(st.mover()));
    data(b, "improvement", String.valueOf(movers.improves(st)));
    data(b, "onPath", String.valueOf(onPath));
    b.append("    </edge>\n");
  }

  private static void data(StringBuilder b, String key, String value) {
    b.append("      <data key=\"").append(key).append("\">").append(x(value)).append("</data>\n");
  }

  /** XML text or attribute content, escaped; characters XML 1.0 forbids are dropped. */
  static String x(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.toString();
  }
}
