package dev.parley.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The English of the reports in one place: the article a party's name takes ("the United States"),
 * possessives ("the United States' step", "Russia's step"), capitals at the start of a sentence,
 * lists ("a, b and c"), verbs in the third person ("sign" → "signs") and clean quotations.
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

  /** The possessive of a name (as {@link #the} gives it): "the United States'", "Russia's". */
  public static String possessive(String name) {
    String n = the(name);
    return n.endsWith("s") && !n.endsWith("ss") ? n + "'" : n + "'s";
  }

  /** {@code s} with its first letter in capitals. */
  public static String capital(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    int i = 0;
    while (i < s.length() && "“‘\"'(".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
  }

  /** "a", "a and b", "a, b and c". */
  public static String list(List<String> items) {
    return list(items, "and");
  }

  /** As {@link #list(List)} with another conjunction ("or"). */
  public static String list(List<String> items, String conjunction) {
    int n = items.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, n - 1)) + " " + conjunction + " " + items.get(n - 1);
  }

  /**
   * A verb phrase in the infinitive ("sign the guarantee") in the third person singular ("signs the
   * guarantee").
   */
  public static String thirdPerson(String phrase) {
    String p = phrase.strip();
    int sp = p.indexOf(' ');
    String verb = sp < 0 ? p : p.substring(0, sp);
    String rest = sp < 0 ? "" : p.substring(sp);
    String v = verb.toLowerCase(Locale.ROOT);
    String out;
    if (v.equals("be")) {
      out = "is";
    } else if (v.equals("have")) {
      out = "has";
    } else if (v.equals("do") || v.equals("go")) {
      out = verb + "es";
    } else if (v.matches(".*(s|sh|ch|x|z)")) {
      out = verb + "es";
    } else if (v.matches(".*[^aeiou]y")) {
      out = verb.substring(0, verb.length() - 1) + "ies";
    } else {
      out = verb + "s";
    }
    return out + rest;
  }

  /**
   * Text from a model (a note, a quote, a description) made fit for one line of prose: line breaks
   * and runs of spaces become single spaces, and the ends are trimmed.
   */
  public static String oneLine(String text) {
    return text == null ? null : text.strip().replaceAll("\\s+", " ");
  }

  /**
   * A quotation in curly quotes, unless it is quoted already: a quote that itself begins and ends
   * with quote marks is not wrapped a second time.
   */
  public static String quote(String text) {
    String t = oneLine(text);
    if (t.length() >= 2
        && "“\"‘".indexOf(t.charAt(0)) >= 0
        && "”\"’".indexOf(t.charAt(t.length() - 1)) >= 0
        && balanced(t.substring(1, t.length() - 1))) {
      return "“" + t.substring(1, t.length() - 1) + "”";
    }
    return "“" + t.replace('“', '‘').replace('”', '’') + "”";
  }

  private static boolean balanced(String inner) {
    int open = 0;
    for (char c : inner.toCharArray()) {
      if (c == '“') {
        open++;
      } else if (c == '”') {
        open--;
        if (open < 0) {
          return false;
        }
      }
    }
    return open == 0;
  }

  /**
   * Joins a sentence and the next, adding the full stop the first lacks and dropping a doubled one:
   * "ends the fighting." + "" stays, "ends the fighting" becomes "ends the fighting.".
   */
  public static String sentence(String s) {
    String t = oneLine(s);
    if (t.isEmpty()) {
      return t;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '.' || last == '!' || last == '?') {
      return t;
    }
    if ((last == '”' || last == '’' || last == '"' || last == ')')
        && t.length() > 1
        && ".!?".indexOf(t.charAt(t.length() - 2)) >= 0) {
      return t;
    }
    return t + ".";
  }

  /**
   * A short quotation (an id, a statement) in single quotes, unless it is quoted already; text that
   * holds a single quote mark gets double ones.
   */
  public static String quoteShort(String s) {
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
