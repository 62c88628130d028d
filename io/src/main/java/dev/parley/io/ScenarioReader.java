package dev.parley.io;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatePattern;
import dev.parley.core.preference.PreferenceResolver;
import dev.parley.core.state.StateSpace;
import dev.parley.core.uncertainty.Scenario;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenarios file (docs/mediator.md): alternative preferences for a model, each scenario
 * weighted, each decision maker's preferences given as in a model file ({@code statements}, {@code
 * ranking} or {@code payoffs}) or as {@code anyRanking}: any order of its current tiers (at {@code
 * positions} FROM..TO, default all) that respects {@code constraints} ([better, worse] pairs).
 * Every problem is reported at once with file, line and column.
 */
public final class ScenarioReader {
  static final List<String> TOP_KEYS = List.of("parley", "title", "scenarios");
  static final List<String> SCENARIO_KEYS = List.of("name", "weight", "note", "preferences");
  static final List<String> ANY_KEYS = List.of("positions", "constraints");

  private ScenarioReader() {}

  /** The scenarios of a file, for a model already loaded. */
  public static List<Scenario> read(Path path, LoadedModel model)
      throws IOException, ModelLoadException {
    String text = ModelFiles.readText(path); // within the ReadLimits, like a model
    return read(text, path.toString(), Format.of(path, text), model);
  }

  /** The scenarios written in {@code text}. */
  public static List<Scenario> read(String text, String fileName, Format format, LoadedModel model)
      throws ModelLoadException {
    Problems problems = new Problems(fileName);
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Node root = TreeParser.parse(body, format, problems);
    if (root == null) {
      problems.throwIfAny();
    }
    Conflict conflict = model.conflict();
    Scope scope = StateRefs.scopeOf(conflict, problems);
    for (Source s : conflict.sources()) {
      scope.sourceIds.add(s.id());
    }
    Fields fields = scope.fields;
    RefReader refs = new RefReader(scope);
    PreferenceReader prefs = new PreferenceReader(scope, refs);
    List<Scenario> out = new ArrayList<>();
    Node.MapNode top = fields.map(root, "the scenarios file");
    if (top == null) {
      problems.throwIfAny();
    }
    fields.keys(top, TOP_KEYS, "at the top level of a scenarios file");
    Node list =
        fields.required(
            top,
            "scenarios",
            "at the top level",
            "list the scenarios under 'scenarios:', each with a name and preferences");
    Node.ListNode l =
        list == null ? null : fields.nonEmptyList(list, "'scenarios'", "give at least one");
    StateSpace space = model.space();
    if (l != null) {
      for (int k = 0; k < l.items().size(); k++) {
        Node.MapNode m = fields.map(l.items().get(k), "scenario " + (k + 1));
        if (m == null) {
          continue;
        }
        String name = fields.text(m, "name", "in scenario " + (k + 1));
        if (name == null) {
          name = "scenario " + (k + 1);
        }
        String where = "in scenario '" + name + "'";
        fields.keys(m, SCENARIO_KEYS, where);
        double weight = 1;
        Node w = m.get("weight");
        if (w != null) {
          Double v = number(w);
          if (v == null || !(v > 0) || v.isInfinite()) {
            problems.at(
                w, "the weight " + where + " is not a positive number", "write e.g. 'weight: 2'");
          } else {
            weight = v;
          }
        }
        Map<Integer, Scenario.Alternative> alternatives = new LinkedHashMap<>();
        Node p = m.get("preferences");
        if (p != null) {
          Node.MapNode pm = fields.map(p, "'preferences' " + where);
          if (pm != null) {
            for (Node.Entry e : pm.entries().values()) {
              int d =
                  scope.dmAt(
                      e, conflict.decisionMakers().stream().map(x -> x.id()).toList(), where);
              if (d < 0) {
                continue;
              }
              Scenario.Alternative a = alternative(e.value(), d, name, model, scope, refs, prefs);
              if (a != null) {
                alternatives.put(d, a);
              }
            }
          }
        }
        if (problems.hardCount() == 0) {
          out.add(new Scenario(name, weight, alternatives));
        }
      }
    }
    problems.throwIfAny();
    return out;
  }

  private static Scenario.Alternative alternative(
      Node n,
      int d,
      String scenario,
      LoadedModel model,
      Scope scope,
      RefReader refs,
      PreferenceReader prefs) {
    Conflict conflict = model.conflict();
    StateSpace space = model.space();
    String dm = conflict.decisionMakers().get(d).id();
    String label = "'" + dm + "' in scenario '" + scenario + "'";
    if (n instanceof Node.MapNode m && m.has("anyRanking")) {
      if (m.entries().size() > 1) {
        scope.problems.at(
            m, "'anyRanking' " + label + " comes with other keys", "give anyRanking alone");
        return null;
      }
      return anyRanking(m.get("anyRanking"), d, label, model, scope, refs);
    }
    PreferenceReader.Draft draft = prefs.read(n, label);
    if (draft == null) {
      return null;
    }
    PreferenceSpec spec = draft.resolve(space);
    if (spec == null) {
      return null;
    }
    try {
      return new Scenario.Alternative.Given(PreferenceResolver.resolve(spec, d, conflict, space));
    } catch (ModelException e) {
      for (ModelException.Problem p : e.problems()) {
        scope.problems.at(n, p.message() + " (" + label + ")", p.hint());
      }
      return null;
    }
  }

  private static Scenario.Alternative anyRanking(
      Node n, int d, String label, LoadedModel model, Scope scope, RefReader refs) {
    StateSpace space = model.space();
    int tiers = tierCount(model, d);
    int from = 0;
    int to = tiers - 1;
    List<int[]> constraints = new ArrayList<>();
    if (n instanceof Node.ScalarNode s && Boolean.TRUE.equals(s.value())) {
      return new Scenario.Alternative.AnyRanking(from, to, constraints);
    }
    Node.MapNode m = scope.fields.map(n, "'anyRanking' of " + label);
    if (m == null) {
      return null;
    }
    scope.fields.keys(m, ANY_KEYS, "in 'anyRanking' of " + label);
    boolean ok = true;
    Node pos = m.get("positions");
    if (pos != null) {
      int[] range = positions(pos instanceof Node.ScalarNode ps ? ps.asText() : null, tiers);
      if (range == null) {
        scope.problems.at(
            pos,
            "'positions' of " + label + " is not a range FROM..TO within 1.." + tiers,
            "write e.g. '1..4' (1 = most preferred tier; the ranking has " + tiers + " tiers)");
        ok = false;
      } else {
        from = range[0];
        to = range[1];
      }
    }
    Node cn = m.get("constraints");
    if (cn != null) {
      Node.ListNode cl = scope.fields.list(cn, "'constraints' of " + label);
      if (cl == null) {
        return null;
      }
      for (int k = 0; k < cl.items().size(); k++) {
        Node item = cl.items().get(k);
        String what = "constraint " + (k + 1) + " of " + label;
        if (!(item instanceof Node.ListNode pair) || pair.items().size() != 2) {
          scope.problems.at(
              item, what + " is not a pair", "write [better, worse]: the first state is preferred");
          ok = false;
          continue;
        }
        int[] states = new int[2];
        for (int x = 0; x < 2; x++) {
          RefReader.Ref r = refs.read(pair.items().get(x), what);
          StatePattern p = r == null ? null : refs.resolve(r, space);
          states[x] = p == null ? -1 : refs.single(p, space, pair.items().get(x), what);
          ok &= states[x] >= 0;
        }
        constraints.add(states);
      }
    }
    return ok ? new Scenario.Alternative.AnyRanking(from, to, constraints) : null;
  }

  /** The number of tiers of {@code d}'s current ranking: payoffs are dense ranks 1..tiers. */
  private static int tierCount(LoadedModel model, int d) {
    int max = 0;
    for (int s = 0; s < model.space().size(); s++) {
      max = Math.max(max, model.payoff(d, s));
    }
    return max;
  }

  /** "FROM..TO" (1-based, inclusive) as 0-based {from, to}, or null when malformed or outside. */
  public static int[] positions(String text, int tiers) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    int dots = t.indexOf("..");
    try {
      int a;
      int b;
      if (dots < 0) {
        a = b = Integer.parseInt(t);
      } else {
        a = Integer.parseInt(t.substring(0, dots).strip());
        b = Integer.parseInt(t.substring(dots + 2).strip());
      }
      if (a < 1 || b > tiers || a > b) {
        return null;
      }
      return new int[] {a - 1, b - 1};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double number(Node n) {
    if (n instanceof Node.ScalarNode s) {
      if (s.value() instanceof Long v) {
        return v.doubleValue();
      }
      if (s.value() instanceof Double v) {
        return v;
      }
      if (s.value() instanceof BigInteger v) {
        return v.doubleValue();
      }
    }
    return null;
  }
}
