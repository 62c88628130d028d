package dev.parley.server.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff of two texts: common prefix and suffix, then a longest common subsequence of the
 * lines in between. The table is quadratic in the changed region, so above {@link #MAX_CELLS} cells
 * the changed region is shown as removed and added whole (still correct, just less precise).
 */
public final class LineDiff {
  /** Largest LCS table (about 16 MB of ints). */
  static final long MAX_CELLS = 4_000_000L;

  /** What happened to a line. */
  public enum Op {
    SAME,
    REMOVED,
    ADDED
  }

  /**
   * One line of the diff, with its 1-based number in the old and the new text (0 where the line is
   * absent there).
   */
  public record Line(Op op, String text, int oldLine, int newLine) {}

  private LineDiff() {}

  public static List<Line> diff(String oldText, String newText) {
    String[] a = lines(oldText);
    String[] b = lines(newText);
    int pre = 0;
    while (pre < a.length && pre < b.length && a[pre].equals(b[pre])) {
      pre++;
    }
    int suf = 0;
    while (suf < a.length - pre
        && suf < b.length - pre
        && a[a.length - 1 - suf].equals(b[b.length - 1 - suf])) {
      suf++;
    }
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < pre; i++) {
      out.add(new Line(Op.SAME, a[i], i + 1, i + 1));
    }
    String[] ma = Arrays.copyOfRange(a, pre, a.length - suf);
    String[] mb = Arrays.copyOfRange(b, pre, b.length - suf);
    middle(ma, mb, pre, out);
    for (int k = suf; k > 0; k--) {
      int i = a.length - k;
      int j = b.length - k;
      out.add(new Line(Op.SAME, a[i], i + 1, j + 1));
    }
    return out;
  }

  private static void middle(String[] a, String[] b, int offset, List<Line> out) {
    int n = a.length;
    int m = b.length;
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      for (int i = 0; i < n; i++) {
        out.add(new Line(Op.REMOVED, a[i], offset + i + 1, 0));
      }
      for (int j = 0; j < m; j++) {
        out.add(new Line(Op.ADDED, b[j], 0, offset + j + 1));
      }
      return;
    }
    // lcs[i][j]: length of an LCS of a[i..] and b[j..]
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i].equals(b[j])) {
        out.add(new Line(Op.SAME, a[i], offset + i + 1, offset + j + 1));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add(new Line(Op.ADDED, b[j], 0, offset + j + 1));
        j++;
      } else {
        out.add(new Line(Op.REMOVED, a[i], offset + i + 1, 0));
        i++;
      }
    }
  }

  /** The diff in the unified format of {@code diff -u}, all lines in one hunk-free listing. */
  public static String unified(List<Line> lines, String oldName, String newName) {
    StringBuilder b = new StringBuilder();
    b.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
    for (Line l : lines) {
      b.append(
              switch (l.op()) {
                case SAME -> ' ';
                case REMOVED -> '-';
                case ADDED -> '+';
              })
          .append(l.text())
          .append('\n');
    }
    return b.toString();
  }

  private static String[] lines(String text) {
    if (text.isEmpty()) {
      return new String[0];
    }
    String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return t.split("\r?\n", -1);
  }
}
