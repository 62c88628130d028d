package dev.parley.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Small helpers for writing correct English about a model: articles before the names of parties
 * that need one ("the United States"), possessives, quotation and wrapping.
 */
public final class English {
  private English() {}

  /** Capitalised words that, anywhere in a name, make it a common-noun name taking "the". */
  private static final Set<String> HEADS =
      Set.of(
          "States",
          "Kingdom",
          "Nations",
          "Union",
          "Republic",
          "Federation",
          "Emirates",
          "Islands",
          "Netherlands",
          "Philippines",
          "Ministry",
          "Government",
          "Council",
          "Commission",
          "Committee",
          "Parliament",
          "Congress",
          "Senate",
          "Assembly",
          "Agency",
          "Department",
          "Authority",
          "Alliance",
          "Coalition",
          "Kremlin",
          "Pentagon",
          "Vatican");

  /** Abbreviations read with "the" ("the US", "the EU"); "NATO" is not among them. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("US", "USA", "UK", "EU", "UN", "UAE", "USSR", "IMF", "WTO", "IAEA", "ECB", "ICC");

  /**
   * The name as it is written inside a sentence: "the United States", "the European Union", "the
   * Ontario Ministry of the Environment", "the US", but "Russia", "Ukraine", "Driver 1". A name
   * that already starts with "the" or "The" is left as it is.
   */
  public static String the(String name) {
    String n = name.strip();
    if (n.isEmpty() || n.startsWith("the ") || n.startsWith("The ")) {
      return n;
    }
    if (ABBREVIATIONS.contains(n)) {
      return "the " + n;
    }
    if (n.startsWith("United ") || n.startsWith("European ")) {
      return "the " + n;
    }
    for (String w : n.split("\\s+")) {
      if (HEADS.contains(w)) {
        return "the " + n;
      }
    }
    return n;
  }

  /** The possessive of a name, with its article: "the United States'", "Russia's". */
  public static String possessive(String name) {
    String n = the(name);
    return n.endsWith("s") ? n + "'" : n + "'s";
  }

  /** The text with its first letter upper case: "The United States". */
  public static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The text in quotation marks: ‘sign’; a text already in quotation marks is left as it is, and
   * one holding single quotation marks gets double ones (“it’s ‘done’”).
   */
  public static String quote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && isQuoted(t)) {
      return t;
    }
    if (t.indexOf('‘') >= 0) {
      return "“" + t + "”";
    }
    return "‘" + t + "’";
  }

  private static boolean isQuoted(String t) {
    char a = t.charAt(0);
    char b = t.charAt(t.length() - 1);
    return (a == '‘' && b == '’')
        || (a == '“' && b == '”')
        || (a == '"' && b == '"')
        || (a == '\'' && b == '\'');
  }

  /** "a", "a and b", "a, b and c" (with {@code conjunction} "and" or "or"). */
  public static String list(List<String> items, String conjunction) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + conjunction
        + " "
        + items.get(items.size() - 1);
  }

  /**
   * The text broken into lines of at most {@code width} characters, at spaces: the first line
   * starts with {@code first}, the others with {@code rest}. A word longer than a line stays whole.
   */
  public static List<String> wrap(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int bare = first.length();
    for (String word : text.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > bare && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        bare = rest.length();
      }
      if (line.length() > bare) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
