package dev.parley.app.check;

import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.report.English;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rule 5, a hint: a quote (on a statement, an option or an infeasibility rule) that shares no
 * content word with the ids and names of the options it is evidence for. Content words are
 * lower-cased words of four letters or more that are not {@link #STOP} words; an option word occurs
 * in the quote when some word of the quote starts with its first five letters (a crude stem:
 * "signing" and "signed" match "sign", "withdrawal" matches "withdraw").
 */
final class QuoteWords {
  /** The letters compared. */
  static final int STEM = 5;

  /** Words too common to tie a quote to an option. */
  static final Set<String> STOP =
      Set.of(
          "about",
          "above",
          "after",
          "again",
          "against",
          "also",
          "among",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "could",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "either",
          "every",
          "from",
          "further",
          "have",
          "having",
          "here",
          "into",
          "itself",
          "just",
          "more",
          "most",
          "much",
          "must",
          "neither",
          "only",
          "other",
          "over",
          "same",
          "shall",
          "should",
          "some",
          "still",
          "such",
          "than",
          "that",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "under",
          "until",
          "upon",
          "very",
          "what",
          "when",
          "where",
          "whether",
          "which",
          "while",
          "whom",
          "whose",
          "will",
          "with",
          "within",
          "without",
          "would",
          "your",
          "part",
          "continue",
          "keep",
          "make",
          "take",
          "give",
          "holds");

  private QuoteWords() {}

  static void run(Context c) {
    if (c.model.isGraphForm()) {
      return;
    }
    for (int t = 0; t < c.conflict.optionCount(); t++) {
      Option o = c.conflict.options().get(t);
      check(
          c,
          c.conflict.owner(t),
          -1,
          c.optionPath(t),
          "option "
              + English.quoteShort(o.id())
              + (o.name().equals(o.id()) ? "" : " (" + o.name() + ")"),
          o.provenance(),
          List.of(t),
          "the option");
    }
    for (int d = 0; d < c.conflict.dmCount(); d++) {
      List<PreferenceSpec.Statement> st = c.statements(d);
      if (st == null) {
        continue;
      }
      for (int i = 0; i < st.size(); i++) {
        check(
            c,
            d,
            i,
            Context.statementPath(d, i),
            c.statement(d, i),
            st.get(i).provenance(),
            options(st.get(i).formula().support()),
            "the options it is about");
      }
    }
    List<Infeasibility> rules = c.conflict.infeasibilities();
    for (int r = 0; r < rules.size(); r++) {
      Infeasibility rule = rules.get(r);
      List<String> ids = new ArrayList<>();
      rule.options().forEach(t -> ids.add(c.optionId(t)));
      check(
          c,
          -1,
          -1,
          "infeasible[" + r + "]",
          "infeasibility rule "
              + (r + 1)
              + " ("
              + rule.kind().key()
              + " over "
              + English.list(ids, "and")
              + ")",
          rule.provenance(),
          rule.options(),
          "the options it is about");
    }
  }

  private static List<Integer> options(long support) {
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t < 64; t++) {
      if ((support >>> t & 1L) != 0) {
        out.add(t);
      }
    }
    return out;
  }

  private static void check(
      Context c,
      int dm,
      int statement,
      String path,
      String what,
      Provenance p,
      List<Integer> options,
      String about) {
    if (p.quote() == null || p.quote().isBlank() || options.isEmpty()) {
      return;
    }
    Set<String> words = new LinkedHashSet<>();
    for (int t : options) {
      Option o = c.conflict.options().get(t);
      words.addAll(contentWords(o.id()));
      words.addAll(contentWords(o.name()));
    }
    if (words.isEmpty() || shares(words, p.quote())) {
      return;
    }
    c.add(
        Finding.Kind.QUOTE_WORDS,
        dm,
        statement,
        path,
        what
            + ": its quote shares no word with "
            + about
            + " ("
            + String.join(", ", words)
            + "); check that the quote says it (a hint: only words are compared).");
  }

  /** The content words of a text or an id ({@code signDeal}, {@code sign_deal}), lower case. */
  static List<String> contentWords(String text) {
    String spaced = text.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
    List<String> out = new ArrayList<>();
    for (String w : words(spaced)) {
      if (w.length() > 3 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether some word of the quote starts with the stem of one of {@code words}. */
  static boolean shares(Set<String> words, String quote) {
    List<String> said = words(quote);
    for (String w : words) {
      String stem = w.substring(0, Math.min(STEM, w.length()));
      for (String q : said) {
        if (q.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }
}
