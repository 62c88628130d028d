package dev.parley.report.html;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.state.StateSpace;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Narrator;
import java.util.BitSet;
import java.util.Locale;

/**
 * The state graph of a briefing as a static SVG figure: each state a box around its number and
 * name, placed on an ellipse in the order of the states; each decision maker's unilateral
 * improvements as arrows in its colour (the workbench's palette); the equilibria under the first
 * concept asked for filled green and ringed green, the status quo ringed gold (both rings when it
 * is also an equilibrium); and a legend. Models of more than {@link #STATE_LIMIT} states get no
 * figure.
 */
public final class GraphFigure {
  /** Above this many states the figure would be unreadable on a page. */
  public static final int STATE_LIMIT = 40;

  /** The workbench's colours, one per decision maker (server/ui/src/graphSvg.ts). */
  static final String[] COLOURS = {
    "#2b6cb0", "#c53030", "#2f855a", "#6b46c1", "#b7791f", "#2c7a7b", "#97266d", "#4a5568"
  };

  private static final String GREEN = "#2f855a";
  private static final String GOLD = "#b7791f";
  private static final double FONT = 12;

  /** A generous width of one character of the sans-serif label font, in units of its size. */
  private static final double CHAR = 0.62;

  private GraphFigure() {}

  /** Whether a model is small enough to draw. */
  public static boolean drawable(GraphModel model) {
    return model.stateCount() <= STATE_LIMIT;
  }

  /** The figure (an HTML {@code <figure>} holding the SVG), or "" for a model too large. */
  public static String html(AnalysisRun run, int number) {
    GraphModel model = run.model();
    if (!drawable(model)) {
      return "";
    }
    String concept = run.concepts().isEmpty() ? null : run.concepts().get(0).label();
    BitSet eq =
        run.assignment() != null
            ? run.result().equilibria(run.assignment())
            : run.concepts().isEmpty()
                ? new BitSet()
                : run.result().equilibria(run.concepts().get(0));
    String under = run.assignment() != null ? "under the concepts assigned" : "under " + concept;
    String caption =
        "Figure "
            + number
            + ". The state graph: "
            + model.stateCount()
            + " states and each decision maker's unilateral improvements; the equilibria "
            + under
            + " in green, the status quo ringed in gold.";
    return "<figure class=\"state-graph\">\n"
        + svg(run, eq, under)
        + "<figcaption>"
        + HtmlReport.escape(caption)
        + "</figcaption>\n</figure>\n";
  }

  /** The SVG drawing. */
  static String svg(AnalysisRun run, BitSet eq, String under) {
    GraphModel model = run.model();
    Narrator narrator = new Narrator(model);
    int n = model.stateCount();
    String[][] lines = new String[n][];
    double[] w = new double[n];
    double[] h = new double[n];
    for (int s = 0; s < n; s++) {
      String name = narrator.name(s);
      String num = String.valueOf(StateSpace.number(s));
      lines[s] = name == null ? new String[] {num} : new String[] {num, name};
      int longest = 0;
      for (String l : lines[s]) {
        longest = Math.max(longest, l.length());
      }
      h[s] = lines[s].length * FONT * 1.25 + 12;
      w[s] = Math.max(h[s], longest * FONT * CHAR + 16);
    }
    double[][] at = ellipse(w, h, 1.5, 18);
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int s = 0; s < n; s++) {
      minX = Math.min(minX, at[s][0] - w[s] / 2);
      maxX = Math.max(maxX, at[s][0] + w[s] / 2);
      minY = Math.min(minY, at[s][1] - h[s] / 2);
      maxY = Math.max(maxY, at[s][1] + h[s] / 2);
    }
    int dms = model.dmCount();
    double pad = 16;
    double legendTop = maxY + pad + 8;
    double legendH = (dms + 3) * 18;
    double x0 = minX - pad;
    double y0 = minY - pad;
    int longestLegend = ("status quo that is also an equilibrium").length();
    for (int d = 0; d < dms; d++) {
      longestLegend =
          Math.max(
              longestLegend,
              ("improvements of " + model.conflict().decisionMakers().get(d).name()).length());
    }
    longestLegend = Math.max(longestLegend, ("equilibrium " + under).length());
    double width = Math.max(maxX - minX + 2 * pad, longestLegend * 11 * CHAR + 32 + 2 * pad);
    double height = legendTop + legendH - y0;
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.1f %.1f %.1f %.1f\""
                + " role=\"img\" font-family=\"Liberation Sans, DejaVu Sans, Arial, sans-serif\">\n",
            x0,
            y0,
            width,
            height));
    b.append("<title>")
        .append(HtmlReport.escape("State graph of " + run.model().conflict().title()))
        .append("</title>\n<defs>\n");
    for (int d = 0; d < dms; d++) {
      b.append(
          String.format(
              Locale.ROOT,
              "<marker id=\"arrow-%d\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
                  + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                  + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker>\n",
              d,
              colour(d)));
    }
    b.append("</defs>\n");
    for (int d = 0; d < dms; d++) {
      for (int s = 0; s < n; s++) {
        for (int t : model.moves().moves(d, s)) {
          if (model.improves(d, s, t)) {
            arrow(b, at[s], w[s], h[s], at[t], w[t], h[t], d);
          }
        }
      }
    }
    for (int s = 0; s < n; s++) {
      node(b, at[s], w[s], h[s], lines[s], eq.get(s), s == run.statusQuo());
    }
    legend(b, model, x0 + pad, legendTop, under);
    b.append("</svg>\n");
    return b.toString();
  }

  private static String colour(int d) {
    return COLOURS[d % COLOURS.length];
  }

  private static void arrow(
      StringBuilder b, double[] p, double pw, double ph, double[] q, double qw, double qh, int d) {
    // a slight bend to the left of the direction of the move, so that the moves between two
    // states in both directions do not lie on one another
    double dx = q[0] - p[0];
    double dy = q[1] - p[1];
    double len = Math.hypot(dx, dy);
    if (len < 1e-9) {
      return;
    }
    double cx = (p[0] + q[0]) / 2 + dy / len * len * 0.12;
    double cy = (p[1] + q[1]) / 2 - dx / len * len * 0.12;
    double[] from = border(p, pw, ph, cx, cy);
    double[] to = border(q, qw, qh, cx, cy);
    b.append(
        String.format(
            Locale.ROOT,
            "<path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\""
                + " stroke-width=\"1.6\" marker-end=\"url(#arrow-%d)\"/>\n",
            from[0],
            from[1],
            cx,
            cy,
            to[0],
            to[1],
            colour(d),
            d));
  }

  /** Where the line from the centre of a box towards (tx, ty) leaves the box. */
  private static double[] border(double[] c, double w, double h, double tx, double ty) {
    double dx = tx - c[0];
    double dy = ty - c[1];
    double sx = Math.abs(dx) < 1e-9 ? Double.MAX_VALUE : (w / 2 + 2) / Math.abs(dx);
    double sy = Math.abs(dy) < 1e-9 ? Double.MAX_VALUE : (h / 2 + 2) / Math.abs(dy);
    double k = Math.min(1, Math.min(sx, sy));
    return new double[] {c[0] + dx * k, c[1] + dy * k};
  }

  private static void node(
      StringBuilder b, double[] c, double w, double h, String[] lines, boolean eq, boolean sq) {
    String fill = eq ? "#dff3e4" : sq ? "#fff4d6" : "#ffffff";
    if (eq) {
      rect(b, c, w + 6, h + 6, "none", GREEN, 3);
    }
    rect(b, c, w, h, fill, sq ? GOLD : eq ? GREEN : "#4a5568", sq ? 2 : eq ? 1.5 : 1.2);
    if (sq) {
      rect(b, c, w - 6, h - 6, "none", GOLD, 1.5);
    }
    double y = c[1] - (lines.length - 1) * FONT * 1.25 / 2 + FONT * 0.35;
    for (String l : lines) {
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.0f\" text-anchor=\"middle\""
                  + " fill=\"#1d2330\">%s</text>\n",
              c[0],
              y,
              FONT,
              HtmlReport.escape(l)));
      y += FONT * 1.25;
    }
  }

  private static void rect(
      StringBuilder b, double[] c, double w, double h, String fill, String stroke, double sw) {
    b.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" fill=\"%s\""
                + " stroke=\"%s\" stroke-width=\"%.1f\"/>\n",
            c[0] - w / 2,
            c[1] - h / 2,
            w,
            h,
            fill,
            stroke,
            sw));
  }

  private static void legend(StringBuilder b, GraphModel model, double x, double y, String under) {
    double row = y;
    for (int d = 0; d < model.dmCount(); d++) {
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                  + " stroke-width=\"3\"/>\n",
              x,
              row + 8,
              x + 22,
              row + 8,
              colour(d)));
      legendText(b, x, row, "improvements of " + model.conflict().decisionMakers().get(d).name());
      row += 18;
    }
    String[][] marks = {
      {"eq", "equilibrium " + under},
      {"sq", "status quo"},
      {"both", "status quo that is also an equilibrium"}
    };
    for (String[] m : marks) {
      double[] c = {x + 11, row + 8};
      node(b, c, 18, 12, new String[0], !m[0].equals("sq"), !m[0].equals("eq"));
      legendText(b, x, row, m[1]);
      row += 18;
    }
  }

  private static void legendText(StringBuilder b, double x, double row, String text) {
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#1d2330\">%s</text>\n",
            x + 32,
            row + 12,
            HtmlReport.escape(text)));
  }

  /**
   * Centres for boxes of widths {@code w} and heights {@code h} on an ellipse of the given aspect
   * ratio (width / height), clockwise from the top, just large enough that no two boxes come closer
   * than {@code gap}.
   */
  static double[][] ellipse(double[] w, double[] h, double aspect, double gap) {
    int n = w.length;
    double[][] unit = new double[n][];
    for (int i = 0; i < n; i++) {
      double a = -Math.PI / 2 + 2 * Math.PI * i / n;
      unit[i] = new double[] {Math.cos(a) * aspect, Math.sin(a)};
    }
    double k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double dx = Math.abs(unit[i][0] - unit[j][0]);
        double dy = Math.abs(unit[i][1] - unit[j][1]);
        double needX = dx > 1e-9 ? ((w[i] + w[j]) / 2 + gap) / dx : Double.MAX_VALUE;
        double needY = dy > 1e-9 ? ((h[i] + h[j]) / 2 + gap) / dy : Double.MAX_VALUE;
        k = Math.max(k, Math.min(needX, needY));
      }
    }
    double[][] at = new double[n][];
    for (int i = 0; i < n; i++) {
      at[i] = new double[] {unit[i][0] * k, unit[i][1] * k};
    }
    return at;
  }
}
