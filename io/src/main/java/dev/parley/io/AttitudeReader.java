package dev.parley.io;

import dev.parley.core.attitude.DeclaredAttitudes;
import dev.parley.core.attitude.RelationalPreference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the top-level {@code attitudes:} (docs/model-format.md, "Attitudes"; docs/semantics.md
 * §3.4, §5.3): for each decision maker, its attitude towards decision makers (itself included),
 * each {@code +}, {@code 0} or {@code -} (or devoting, neutral, aggressive), written alone or as
 * {@code {attitude: ..., source: ..., quote: ..., note: ...}}; and optionally {@code reading: weak}
 * or {@code strict}. Entries not written are self-interested. Needs no state space.
 */
final class AttitudeReader {
  static final String READING = "reading";
  static final List<String> ENTRY_KEYS = List.of("attitude", "source", "quote", "note");
  static final List<String> READINGS = List.of("weak", "strict");

  /** The words and signs of an attitude, with their values. */
  static final Map<String, Integer> VALUES =
      Map.of(
          "+",
          1,
          "+1",
          1,
          "1",
          1,
          "0",
          0,
          "-",
          -1,
          "-1",
          -1,
          "devoting",
          1,
          "neutral",
          0,
          "aggressive",
          -1);

  static final String FORMS =
      "write + (devoting), 0 (neutral) or '-' (aggressive, quoted in YAML), or the word";

  private final Scope scope;

  AttitudeReader(Scope scope) {
    this.scope = scope;
  }

  /** The attitudes under {@code n}; {@code dmIds} in model order. Null after reporting. */
  DeclaredAttitudes read(Node n, List<String> dmIds) {
    Node.MapNode m = scope.fields.map(n, "'attitudes'");
    if (m == null) {
      return null;
    }
    boolean ok = true;
    RelationalPreference.Reading reading = RelationalPreference.Reading.WEAK;
    List<DeclaredAttitudes.Entry> entries = new ArrayList<>();
    for (Node.Entry row : m.entries().values()) {
      // 'reading' is the reading unless a decision maker has that id and the value is a mapping
      if (row.key().equals(READING)
          && !(dmIds.contains(READING) && row.value() instanceof Node.MapNode)) {
        reading = reading(row.value());
        ok &= reading != null;
        continue;
      }
      int holder = dmIds.indexOf(row.key());
      if (holder < 0) {
        List<String> keys = new ArrayList<>(dmIds);
        keys.add(READING);
        scope.problems.add(
            row.line(),
            row.column(),
            "unknown decision maker '" + row.key() + "' in 'attitudes'",
            Suggestions.hint(row.key(), keys, "decision makers and 'reading'"));
        ok = false;
        continue;
      }
      String where = "in the attitudes of '" + row.key() + "'";
      Node.MapNode towards = scope.fields.map(row.value(), "the attitudes of '" + row.key() + "'");
      if (towards == null) {
        ok = false;
        continue;
      }
      for (Node.Entry e : towards.entries().values()) {
        int toward = scope.dmAt(e, dmIds, where);
        if (toward < 0) {
          ok = false;
          continue;
        }
        DeclaredAttitudes.Entry entry = entry(e.value(), holder, toward, row.key(), e.key());
        ok &= entry != null;
        if (entry != null) {
          entries.add(entry);
        }
      }
    }
    return ok ? new DeclaredAttitudes(dmIds.size(), reading, entries) : null;
  }

  private RelationalPreference.Reading reading(Node n) {
    String r = scope.fields.name(n, "'reading' in 'attitudes'");
    if (r == null) {
      return null;
    }
    if (!READINGS.contains(r)) {
      scope.problems.at(
          n,
          "unknown reading '" + r + "' in 'attitudes'",
          "write 'weak' (the default: no one the mover cares about is worse off) or 'strict'"
              + " (someone is also better off)");
      return null;
    }
    return RelationalPreference.Reading.valueOf(r.toUpperCase(java.util.Locale.ROOT));
  }

  private DeclaredAttitudes.Entry entry(Node n, int holder, int toward, String from, String to) {
    String subject = "the attitude of '" + from + "' towards '" + to + "'";
    Node value = n;
    dev.parley.core.model.Provenance provenance = dev.parley.core.model.Provenance.NONE;
    if (n instanceof Node.MapNode m) {
      scope.fields.keys(m, ENTRY_KEYS, "in " + subject);
      value =
          scope.fields.required(
              m,
              "attitude",
              "in " + subject,
              "add 'attitude: devoting' (or +), 'neutral' (0) or 'aggressive' ('-')");
      if (value == null) {
        return null;
      }
      provenance = scope.provenance(m, "in " + subject);
    }
    String text = scope.fields.name(value, subject);
    if (text == null) {
      return null;
    }
    Integer a = VALUES.get(text.strip());
    if (a == null) {
      String close =
          Suggestions.closest(text.strip(), List.of("devoting", "neutral", "aggressive"));
      scope.problems.at(
          value,
          "unknown attitude '" + text + "' (" + subject + ")",
          (close == null ? "" : "did you mean '" + close + "'? ")
              + FORMS
              + " devoting, neutral or aggressive");
      return null;
    }
    return new DeclaredAttitudes.Entry(holder, toward, a, provenance);
  }
}
