package dev.parley.core.coalition;

import dev.parley.core.model.DecisionMaker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed coalition structure (docs/semantics.md §1.7(a)): a partition of the decision makers into
 * blocks, each of which acts as one player. Every decision maker belongs to exactly one block.
 * Blocks are kept in the order of their lowest member, so block indices do not depend on how the
 * partition was written.
 */
public final class CoalitionStructure {
  private final int dmCount;
  private final List<Coalition> blocks;
  private final int[] blockOf;

  private CoalitionStructure(int dmCount, List<Coalition> blocks) {
    this.dmCount = dmCount;
    List<Coalition> sorted = new ArrayList<>(blocks);
    sorted.sort((a, b) -> Long.compare(a.mask() & -a.mask(), b.mask() & -b.mask()));
    this.blocks = List.copyOf(sorted);
    this.blockOf = new int[dmCount];
    for (int b = 0; b < this.blocks.size(); b++) {
      for (int d : this.blocks.get(b).members()) {
        blockOf[d] = b;
      }
    }
  }

  /**
   * The partition of {@code dmCount} decision makers into {@code blocks}.
   *
   * @throws IllegalArgumentException when a decision maker is in no block or in two, or a block
   *     names a decision maker that does not exist (decision makers are numbered from 1 in the
   *     message)
   */
  public static CoalitionStructure of(int dmCount, List<Coalition> blocks) {
    if (dmCount < 1 || dmCount > Coalition.MAX_DMS) {
      throw new IllegalArgumentException("cannot partition " + dmCount + " decision makers");
    }
    long seen = 0;
    List<String> problems = new ArrayList<>();
    for (Coalition c : blocks) {
      for (int d : c.members()) {
        if (d >= dmCount) {
          problems.add("there is no decision maker " + (d + 1));
        } else if ((seen >>> d & 1L) == 1L) {
          problems.add("decision maker " + (d + 1) + " is in two blocks");
        }
      }
      seen |= c.mask();
    }
    for (int d = 0; d < dmCount; d++) {
      if ((seen >>> d & 1L) == 0) {
        problems.add("decision maker " + (d + 1) + " is in no block");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("not a partition: " + String.join("; ", problems));
    }
    return new CoalitionStructure(dmCount, blocks);
  }

  /** Every decision maker on its own: the individual analysis. */
  public static CoalitionStructure singletons(int dmCount) {
    List<Coalition> blocks = new ArrayList<>();
    for (int d = 0; d < dmCount; d++) {
      blocks.add(Coalition.singleton(d));
    }
    return of(dmCount, blocks);
  }

  /**
   * Parses a structure written as in GMCR+, e.g. {@code [US,UA],RU}: blocks separated by commas, a
   * block of several decision makers in square brackets, a decision maker alone as its bare id.
   * Decision makers are named by id or name, case-insensitively; every one must appear exactly
   * once.
   *
   * @throws IllegalArgumentException with a message naming the problem and the valid ids
   */
  public static CoalitionStructure parse(String text, List<DecisionMaker> decisionMakers) {
    List<String> ids = decisionMakers.stream().map(DecisionMaker::id).toList();
    String known = "the decision makers are " + String.join(", ", ids);
    List<List<String>> written = blocksOf(text);
    List<Coalition> blocks = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int[] count = new int[decisionMakers.size()];
    for (List<String> block : written) {
      long mask = 0;
      for (String name : block) {
        int d = find(name, decisionMakers);
        if (d < 0) {
          problems.add("unknown decision maker '" + name + "'");
          continue;
        }
        if (count[d]++ == 1) {
          problems.add(ids.get(d) + " appears twice");
        }
        mask |= 1L << d;
      }
      if (mask != 0) {
        blocks.add(new Coalition(mask));
      }
    }
    for (int d = 0; d < count.length; d++) {
      if (count[d] == 0) {
        problems.add(ids.get(d) + " is in no block (list it alone if it acts alone)");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a partition of the decision makers: "
              + String.join("; ", problems)
              + "; "
              + known
              + ", e.g. "
              + example(ids));
    }
    return of(decisionMakers.size(), blocks);
  }

  private static String example(List<String> ids) {
    if (ids.size() < 2) {
      return ids.get(0);
    }
    List<String> rest = ids.subList(2, ids.size());
    return "["
        + ids.get(0)
        + ","
        + ids.get(1)
        + "]"
        + (rest.isEmpty() ? "" : "," + String.join(",", rest));
  }

  private static int find(String name, List<DecisionMaker> dms) {
    for (int d = 0; d < dms.size(); d++) {
      DecisionMaker dm = dms.get(d);
      if (dm.id().equalsIgnoreCase(name)
          || (dm.name() != null && dm.name().equalsIgnoreCase(name))) {
        return d;
      }
    }
    return -1;
  }

  /** The blocks as written: bracketed groups and bare names, split at top-level commas. */
  private static List<List<String>> blocksOf(String text) {
    List<List<String>> out = new ArrayList<>();
    String t = text.strip();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == ',' || Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '[') {
        int close = t.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("'" + text + "': a '[' is not closed by ']'");
        }
        String inner = t.substring(i + 1, close);
        if (inner.contains("[")) {
          throw new IllegalArgumentException("'" + text + "': blocks cannot be nested");
        }
        List<String> names = new ArrayList<>();
        Arrays.stream(inner.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(names::add);
        if (names.isEmpty()) {
          throw new IllegalArgumentException("'" + text + "': an empty block []");
        }
        out.add(names);
        i = close + 1;
        continue;
      }
      if (c == ']') {
        throw new IllegalArgumentException("'" + text + "': a ']' without '['");
      }
      int end = i;
      while (end < t.length()
          && t.charAt(end) != ','
          && t.charAt(end) != '['
          && t.charAt(end) != ']') {
        end++;
      }
      out.add(List.of(t.substring(i, end).strip()));
      i = end;
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("'" + text + "': no blocks; write e.g. [A,B],C");
    }
    return out;
  }

  public int dmCount() {
    return dmCount;
  }

  /** The blocks, ordered by their lowest member. */
  public List<Coalition> blocks() {
    return blocks;
  }

  public int blockCount() {
    return blocks.size();
  }

  public Coalition block(int b) {
    return blocks.get(b);
  }

  /** The index of the block {@code dm} belongs to. */
  public int blockOf(int dm) {
    return blockOf[dm];
  }

  /** Whether every block is a single decision maker. */
  public boolean isSingletons() {
    return blocks.size() == dmCount;
  }

  /** E.g. {@code [US+UA, RU]} given the decision makers' ids. */
  public String label(List<String> ids) {
    List<String> parts = new ArrayList<>();
    for (Coalition c : blocks) {
      parts.add(c.label(ids));
    }
    return "[" + String.join(", ", parts) + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CoalitionStructure s && s.dmCount == dmCount && s.blocks.equals(blocks);
  }

  @Override
  public int hashCode() {
    return 31 * dmCount + blocks.hashCode();
  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    for (int d = 0; d < dmCount; d++) {
      ids.add(String.valueOf(d + 1));
    }
    return label(ids);
  }
}
