package dev.parley.cli;

import dev.parley.app.MemoryEstimate;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table {@code parley bench} prints, one row per model size, written row by row as each size
 * finishes: aligned text, a Markdown table (as in docs/performance.md) or CSV.
 */
final class ScalingTable {
  /** How the table is written. */
  enum Style {
    text,
    markdown,
    csv
  }

  /** One measured size; {@code seconds} follow the table's time columns, NaN where not measured. */
  record Row(
      int options,
      int dms,
      long states,
      double[] seconds,
      long peakHeapBytes,
      long estimateBytes,
      long maxHeapBytes) {}

  private static final int WIDTH = 9;

  private final Style style;
  private final List<String> timeColumns;
  private final PrintWriter out;

  /** {@code timeColumns} are the labels of the timed columns, e.g. "prepare", "GMR", "all". */
  ScalingTable(Style style, List<String> timeColumns, PrintWriter out) {
    this.style = style;
    this.timeColumns = List.copyOf(timeColumns);
    this.out = out;
  }

  void header() {
    List<String> cells = new ArrayList<>(List.of("options", "DMs", "states"));
    for (String c : timeColumns) {
      cells.add(style == Style.csv ? csvName(c) + "_s" : c + " s");
    }
    switch (style) {
      case text -> {
        cells.add("peak heap");
        cells.add("estimate");
        out.println(text(cells, true));
      }
      case markdown -> {
        cells.add("peak heap");
        cells.add("estimate");
        out.println("| " + String.join(" | ", cells) + " |");
        out.println("|" + "---:|".repeat(cells.size()));
      }
      case csv -> {
        cells.set(1, "dms");
        cells.add("peak_heap_mib");
        cells.add("estimate_mib");
        cells.add("max_heap_mib");
        out.println(String.join(",", cells));
      }
    }
    out.flush();
  }

  void row(Row r) {
    List<String> cells = new ArrayList<>();
    cells.add(Integer.toString(r.options()));
    cells.add(Integer.toString(r.dms()));
    cells.add(
        style == Style.csv
            ? Long.toString(r.states())
            : String.format(Locale.ROOT, "%,d", r.states()));
    for (double s : r.seconds()) {
      cells.add(Double.isNaN(s) ? "" : String.format(Locale.ROOT, "%.3f", s));
    }
    if (style == Style.csv) {
      cells.add(Long.toString(mib(r.peakHeapBytes())));
      cells.add(Long.toString(mib(r.estimateBytes())));
      cells.add(Long.toString(mib(r.maxHeapBytes())));
      out.println(String.join(",", cells));
    } else {
      cells.add(MemoryEstimate.size(r.peakHeapBytes()));
      cells.add(MemoryEstimate.size(r.estimateBytes()));
      out.println(
          style == Style.text ? text(cells, false) : "| " + String.join(" | ", cells) + " |");
    }
    out.flush();
  }

  private static String text(List<String> cells, boolean header) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      int width = i < 2 ? 7 : i == 2 ? 12 : WIDTH;
      String c = cells.get(i);
      b.append(i == 0 ? "" : "  ").append(" ".repeat(Math.max(0, width - c.length()))).append(c);
    }
    return b.toString();
  }

  private static long mib(long bytes) {
    return Math.round(bytes / (double) MemoryEstimate.MIB);
  }

  private static String csvName(String label) {
    return label.toLowerCase(Locale.ROOT).replace("+", "");
  }
}
