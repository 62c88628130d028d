package dev.parley.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A small document model for briefings: headings, paragraphs, bullet lists and tables, rendered as
 * Markdown or as plain text for a terminal.
 *
 * <p>Text from a model (a description, an option's note written as a folded YAML block) may end in
 * a newline or hold line breaks: headings and table cells are made single-line (each run of
 * whitespace with a line break becomes one space), paragraphs and bullet items lose their trailing
 * whitespace, and a bullet item's further lines are indented in Markdown, so that no block ends
 * early or leaves a blank line behind.
 */
public final class Doc {
  /** Output style. */
  public enum Style {
    TEXT,
    MARKDOWN
  }

  private sealed interface Block permits Heading, Para, Bullets, Table, Code {}

  private record Heading(int level, String text) implements Block {}

  private record Para(String text) implements Block {}

  private record Bullets(List<String> items) implements Block {}

  private record Table(List<String> header, List<List<String>> rows) implements Block {}

  private record Code(String text) implements Block {}

  private final List<Block> blocks = new ArrayList<>();

  public Doc heading(int level, String text) {
    blocks.add(new Heading(level, English.capital(English.oneLine(text))));
    return this;
  }

  public Doc para(String text) {
    blocks.add(new Para(sentenceCase(text.strip())));
    return this;
  }

  public Doc bullets(List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Bullets(items.stream().map(i -> sentenceCase(i.strip())).toList()));
    }
    return this;
  }

  public Doc table(List<String> header, List<List<String>> rows) {
    blocks.add(
        new Table(
            header.stream().map(Doc::singleLine).toList(),
            rows.stream().map(r -> r.stream().map(Doc::singleLine).toList()).toList()));
    return this;
  }

  /**
   * A capital for every sentence that begins with a lower-case "the" (a party's name with its
   * article: "the United States has …"); nothing else is changed (ids stay as written).
   */
  static String sentenceCase(String text) {
    return text.replaceAll("(^|[.!?] )the ", "$1The ");
  }

  /** Preformatted lines, shown as they are (a fenced block in Markdown). */
  public Doc code(String text) {
    blocks.add(new Code(text.endsWith("\n") ? text : text + "\n"));
    return this;
  }

  /**
   * A command's report: {@code heading}, the sections {@code body} appends at level 3, and the
   * closing line naming Parley's version and the model file, in {@code style}.
   */
  public static String report(
      String heading, java.util.function.Consumer<Doc> body, String modelFile, Style style) {
    Doc doc = new Doc();
    doc.heading(2, heading);
    body.accept(doc);
    doc.para("Parley " + dev.parley.core.Parley.VERSION + " · model " + modelFile);
    return doc.render(style);
  }

  public String render(Style style) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (b instanceof Heading h) {
        heading(out, h, style);
      } else if (b instanceof Para p) {
        out.append(style == Style.TEXT ? wrap(p.text(), 100, "") : p.text()).append('\n');
      } else if (b instanceof Bullets l) {
        for (String item : l.items()) {
          out.append(style == Style.TEXT ? wrap("- " + item, 100, "  ") : "- " + indented(item))
              .append('\n');
        }
      } else if (b instanceof Table t) {
        table(out, t, style);
      } else if (b instanceof Code c) {
        out.append(style == Style.MARKDOWN ? "```\n" + c.text() + "```\n" : c.text());
      }
    }
    return out.toString();
  }

  private static void heading(StringBuilder out, Heading h, Style style) {
    if (style == Style.MARKDOWN) {
      out.append("#".repeat(h.level())).append(' ').append(h.text()).append('\n');
      return;
    }
    out.append(
            wrap(h.level() <= 1 ? h.text().toUpperCase(java.util.Locale.ROOT) : h.text(), 100, ""))
        .append('\n');
    if (h.level() <= 2) {
      out.append((h.level() == 1 ? "=" : "-").repeat(Math.min(100, h.text().length())))
          .append('\n');
    }
  }

  private static void table(StringBuilder out, Table t, Style style) {
    int cols = t.header().size();
    if (style == Style.MARKDOWN) {
      out.append("| ").append(String.join(" | ", escape(t.header()))).append(" |\n");
      out.append("|").append("---|".repeat(cols)).append('\n');
      for (List<String> row : t.rows()) {
        out.append("| ").append(String.join(" | ", escape(row))).append(" |\n");
      }
      return;
    }
    int[] width = new int[cols];
    for (int c = 0; c < cols; c++) {
      width[c] = t.header().get(c).length();
      for (List<String> row : t.rows()) {
        for (String line : row.get(c).split("\n", -1)) {
          width[c] = Math.max(width[c], line.length());
        }
      }
    }
    int total = -2;
    for (int w : width) {
      total += w + 2;
    }
    if (total > 100 && cols > 2) {
      split(out, t, width);
      return;
    }
    appendRow(out, t.header(), width);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < cols; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
    }
    out.append(rule).append('\n');
    for (List<String> row : t.rows()) {
      appendRow(out, row, width);
    }
  }

  /**
   * A table wider than 100 columns, as several tables of at most 100 columns each, every part
   * repeating the key columns (the first, and the second when it is a name).
   */
  private static void split(StringBuilder out, Table t, int[] width) {
    int keys = t.header().size() > 2 && t.header().get(1).equals("name") ? 2 : 1;
    int keyWidth = -2;
    for (int c = 0; c < keys; c++) {
      keyWidth += width[c] + 2;
    }
    int c = keys;
    boolean first = true;
    while (c < width.length) {
      List<Integer> part = new ArrayList<>();
      for (int k = 0; k < keys; k++) {
        part.add(k);
      }
      int used = keyWidth;
      do {
        part.add(c);
        used += width[c] + 2;
        c++;
      } while (c < width.length && used + width[c] + 2 <= 100);
      if (!first) {
        out.append('\n');
      }
      first = false;
      List<String> header = part.stream().map(t.header()::get).toList();
      int cap = Math.max(20, 100 - keyWidth - 2);
      List<List<String>> rows =
          t.rows().stream()
              .map(
                  r ->
                      part.stream()
                          .map(k -> k < keys ? r.get(k) : wrap(r.get(k), cap, ""))
                          .toList())
              .toList();
      table(out, new Table(header, rows), Style.TEXT);
    }
  }

  private static void appendRow(StringBuilder out, List<String> row, int[] width) {
    int lines = 1;
    for (String cell : row) {
      lines = Math.max(lines, cell.split("\n", -1).length);
    }
    for (int l = 0; l < lines; l++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < width.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        String[] parts = row.get(c).split("\n", -1);
        String cell = l < parts.length ? parts[l] : "";
        line.append(cell).append(" ".repeat(Math.max(0, width[c] - cell.length())));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static List<String> escape(List<String> cells) {
    return cells.stream().map(c -> c.replace("|", "\\|")).toList();
  }

  /** A Markdown list item's text, its further lines indented to stay inside the item. */
  private static String indented(String item) {
    return item.replaceAll("\\R(?=.)", "\n  ");
  }

  /** {@code text} on one line: line breaks and the whitespace around them become one space. */
  static String singleLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** Wraps text at {@code width} columns, continuation lines indented. */
  static String wrap(String text, int width, String indent) {
    StringBuilder out = new StringBuilder();
    for (String paragraphLine : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraphLine.split(" ")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          out.append(line.toString().stripTrailing()).append('\n');
          line.setLength(0);
          line.append(indent);
        }
        if (line.length() > 0 && !line.toString().equals(indent)) {
          line.append(' ');
        }
        line.append(word);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }
}
