package dev.parley.io.gmcr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.hypergame.Perception;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reading of one {@code .gmcr} file: options, decision makers, rules, preferences, coalitions.
 */
final class GmcrReading extends GmcrConditions {
  private final List<String> warnings = new ArrayList<>();
  private final java.util.Map<Integer, List<StatePattern>> misperceptions =
      new java.util.TreeMap<>();

  private String[] optionIds;

  GmcrReading(String json, String file) {
    super(json, file);
  }

  GmcrImport run() {
    JsonNode root = parse();
    if (!root.isObject()) {
      throw fail(
          "",
          "the file holds " + kind(root) + ", not a JSON object",
          "a .gmcr file is one JSON object with the keys 'options' and 'decisionMakers'");
    }

    // 1. options and decision makers, as written
    JsonNode optionsNode = required(root, "options", "");
    checkArray(optionsNode, "options");
    optionCount = optionsNode.size();
    String[] optionNames = new String[optionCount];
    Reversibility[] reversibility = new Reversibility[optionCount];
    for (int i = 0; i < optionCount; i++) {
      String path = "options[" + i + "]";
      JsonNode o = optionsNode.get(i);
      if (!o.isObject()) {
        throw fail(
            path,
            "an option must be an object, found " + kind(o),
            "write it as {\"name\": \"...\", \"permittedDirection\": \"both\"}");
      }
      optionNames[i] = text(required(o, "name", path), path + ".name");
      JsonNode dir = o.get("permittedDirection");
      if (dir == null || dir.isNull()) {
        reversibility[i] = Reversibility.BOTH;
      } else {
        String d = text(dir, path + ".permittedDirection");
        reversibility[i] = Reversibility.parse(d);
        if (reversibility[i] == null) {
          throw fail(
              path + ".permittedDirection",
              "unknown direction '" + d + "'",
              "use \"both\", \"fwd\" (only N to Y) or \"back\" (only Y to N)");
        }
      }
    }

    JsonNode dmsNode = required(root, "decisionMakers", "");
    checkArray(dmsNode, "decisionMakers");
    int dmCount = dmsNode.size();
    String[] dmNames = new String[dmCount];
    List<List<Integer>> dmOptions = new ArrayList<>();
    int[] owner = new int[optionCount];
    String[] ownerPath = new String[optionCount];
    Arrays.fill(owner, -1);
    for (int d = 0; d < dmCount; d++) {
      String path = "decisionMakers[" + d + "]";
      JsonNode dm = dmsNode.get(d);
      if (!dm.isObject()) {
        throw fail(
            path,
            "a decision maker must be an object, found " + kind(dm),
            "write it as {\"name\": \"...\", \"options\": [0, 1], \"preferences\": []}");
      }
      dmNames[d] = text(required(dm, "name", path), path + ".name");
      JsonNode opts = required(dm, "options", path);
      checkArray(opts, path + ".options");
      if (opts.size() == 0) {
        throw fail(
            path + ".options",
            "'" + dmNames[d] + "' controls no option; Parley needs at least one per decision maker",
            "give it the options it controls, or remove it");
      }
      List<Integer> own = new ArrayList<>();
      for (int k = 0; k < opts.size(); k++) {
        String where = path + ".options[" + k + "]";
        int o = integer(opts.get(k), where);
        if (o < 0 || o >= optionCount) {
          throw fail(
              where,
              "option index " + o + " is out of range: there are " + optionCount + " options",
              "use a 0-based index into 'options', 0 to " + (optionCount - 1));
        }
        if (owner[o] >= 0) {
          throw fail(
              where,
              owner[o] == d
                  ? "option " + o + " ('" + optionNames[o] + "') is listed twice"
                  : "option "
                      + o
                      + " ('"
                      + optionNames[o]
                      + "') is already controlled by '"
                      + dmNames[owner[o]]
                      + "' ("
                      + ownerPath[o]
                      + "); Parley needs exactly one controller per option",
              owner[o] == d
                  ? "list each option once"
                  : "give the option to one decision maker, or split it into one option each");
        }
        owner[o] = d;
        ownerPath[o] = where;
        own.add(o);
      }
      dmOptions.add(own);
    }
    for (int o = 0; o < optionCount; o++) {
      if (owner[o] < 0) {
        throw fail(
            "options[" + o + "]",
            "option " + o + " ('" + optionNames[o] + "') is controlled by no decision maker",
            "add its index to the 'options' of the decision maker who controls it, or remove it");
      }
    }

    // 2. regroup the options by decision maker, as GMCR+ does
    newIndex = new int[optionCount];
    int[] oldIndex = new int[optionCount];
    int next = 0;
    for (List<Integer> own : dmOptions) {
      for (int o : own) {
        oldIndex[next] = o;
        newIndex[o] = next++;
      }
    }
    for (int t = 0; t < optionCount; t++) {
      if (oldIndex[t] != t) {
        warnings.add(
            "options: reordered so that each decision maker's options are together, decision"
                + " makers in order, as GMCR+ does on load; state numbers follow the new order");
        break;
      }
    }
    Set<String> takenOptionIds = new HashSet<>();
    optionIds = new String[optionCount];
    Option[] opts = new Option[optionCount];
    for (int t = 0; t < optionCount; t++) {
      int o = oldIndex[t];
      optionIds[t] = GmcrIds.derive(optionNames[o], "o_", "o" + (t + 1), takenOptionIds);
      opts[t] = new Option(optionIds[t], optionNames[o], null, reversibility[o], Provenance.NONE);
    }
    options = List.of(opts);
    Set<String> takenDmIds = new HashSet<>();
    List<DecisionMaker> dms = new ArrayList<>();
    for (int d = 0; d < dmCount; d++) {
      List<Option> own = new ArrayList<>();
      for (int o : dmOptions.get(d)) {
        own.add(opts[newIndex[o]]);
      }
      String id = GmcrIds.derive(dmNames[d], "dm_", "dm" + (d + 1), takenDmIds);
      dms.add(new DecisionMaker(id, dmNames[d], null, own, Provenance.NONE));
    }

    // 3. infeasibility conditions, dropping those on missing options
    List<Infeasibility> infeasibilities = new ArrayList<>();
    JsonNode infNode = root.get("infeasibles");
    if (infNode != null && !infNode.isNull()) {
      checkArray(infNode, "infeasibles");
      for (int k = 0; k < infNode.size(); k++) {
        Condition c = condition(infNode.get(k), "infeasibles[" + k + "]");
        Literal missing = firstMissing(c);
        if (missing != null) {
          warnings.add(
              c.path()
                  + ": dropped, as GMCR+ does, because it refers to option "
                  + missing.option()
                  + " and there are only "
                  + optionCount
                  + " options");
          continue;
        }
        checkContradictions(c);
        infeasibilities.add(infeasibility(c));
      }
    }

    // 4. the feasible states, numbered as in GMCR+
    StateSpace space;
    try {
      space = StateSpace.of(optionCount, infeasibilities);
    } catch (ModelException e) {
      throw fromModel(e);
    }

    // 5. preferences
    boolean manual = manualFlag(root);
    List<PreferenceSpec> prefs = new ArrayList<>();
    for (int d = 0; d < dmCount; d++) {
      prefs.add(preferences(dmsNode.get(d), d, dmNames[d], manual, space));
    }

    Conflict conflict;
    try {
      Conflict.Builder b =
          Conflict.builder()
              .title(title())
              .description("Imported from the GMCR+ file '" + baseName() + "'.");
      dms.forEach(b::decisionMaker);
      infeasibilities.forEach(b::infeasibility);
      b.preferences(prefs);
      conflict = b.build();
    } catch (ModelException e) {
      throw fromModel(e);
    }

    // 6. coalitions
    List<List<Integer>> coalitions = coalitions(root.get("coalitions"), dmCount);
    List<Perception> perceptions = new ArrayList<>();
    misperceptions.forEach(
        (d, ps) -> perceptions.add(new Perception(d, java.util.Map.of(), List.of(), ps)));
    return new GmcrImport(conflict, coalitions, warnings, perceptions);
  }

  private boolean manualFlag(JsonNode root) {
    String key = "useManualPreferenceRanking";
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      key = "useManualPreferenceVectors";
      n = root.get(key);
    }
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      throw fail(key, "expected true or false, found " + kind(n), "write true or false");
    }
    return n.booleanValue();
  }

  private PreferenceSpec preferences(
      JsonNode dm, int d, String dmName, boolean manual, StateSpace space) {
    String path = "decisionMakers[" + d + "]";

    List<PreferenceSpec.Statement> statements = new ArrayList<>();
    JsonNode prefs = dm.get("preferences");
    if (prefs != null && !prefs.isNull()) {
      checkArray(prefs, path + ".preferences");
      Map<String, Integer> seen = new HashMap<>();
      for (int k = 0; k < prefs.size(); k++) {
        Condition c = condition(prefs.get(k), path + ".preferences[" + k + "]");
        checkRange(c);
        checkContradictions(c);
        List<StatePattern> ps = patterns(c);
        String name = name(ps, c.compound());
        Integer before = seen.putIfAbsent(name, k);
        if (before != null) {
          warnings.add(
              c.path()
                  + ": dropped, as GMCR+ does, because it repeats statement "
                  + before
                  + " ("
                  + name
                  + ") of '"
                  + dmName
                  + "'");
          continue;
        }
        Formula f = formula(ps);
        String text = f.render(t -> optionIds[t]);
        statements.add(new PreferenceSpec.Statement(f, text, Provenance.NONE));
      }
    }

    List<StatePattern> misperceived = new ArrayList<>();
    JsonNode mis = dm.get("misperceptions");
    if (mis != null && !mis.isNull()) {
      checkArray(mis, path + ".misperceptions");
      List<String> names = new ArrayList<>();
      for (int k = 0; k < mis.size(); k++) {
        Condition c = condition(mis.get(k), path + ".misperceptions[" + k + "]");
        checkRange(c);
        checkContradictions(c);
        List<StatePattern> ps = patterns(c);
        misperceived.addAll(ps);
        names.add(name(ps, c.compound()));
      }
      if (!names.isEmpty()) {
        misperceptions.put(d, List.copyOf(misperceived));
        warnings.add(
            path
                + ".misperceptions: imported as states '"
                + dmName
                + "' cannot see ('perceives: hidden:'): "
                + String.join(", ", names)
                + ". The readings differ: GMCR+ removes only the moves of '"
                + dmName
                + "' to and from these states, in the one shared analysis; Parley removes every"
                + " decision maker's moves to and from them in the perceived game of '"
                + dmName
                + "' and reports that game's verdicts beside the true ones ('parley perceptions');"
                + " the ordinary analysis ignores them");
      }
    }

    if (!manual) {
      if (statements.isEmpty()) {
        warnings.add(
            path
                + ".preferences: '"
                + dmName
                + "' has no preference statements, so all states are equally preferred");
      }
      return new PreferenceSpec.Prioritization(statements);
    }

    String key = "preferenceRanking";
    JsonNode ranking = dm.get(key);
    if (ranking == null || ranking.isNull()) {
      key = "preferenceVector";
      ranking = dm.get(key);
    }
    if (ranking == null || ranking.isNull()) {
      throw fail(
          path,
          "'" + dmName + "' has no 'preferenceRanking', but useManualPreferenceRanking is true",
          "add the ranking (state numbers, most preferred first), or set"
              + " useManualPreferenceRanking to false to rank by the preference statements");
    }
    if (!statements.isEmpty()) {
      warnings.add(
          path
              + ".preferences: the "
              + statements.size()
              + " preference statement(s) of '"
              + dmName
              + "' are not imported: the file uses the manual ranking"
              + " (useManualPreferenceRanking), and Parley keeps one form of preferences per"
              + " decision maker");
    }
    return ranking(ranking, path + "." + key, dmName, space, misperceived);
  }

  private PreferenceSpec.DirectRanking ranking(
      JsonNode node,
      String path,
      String dmName,
      StateSpace space,
      List<StatePattern> misperceived) {
    checkArray(node, path);
    int m = space.size();
    String[] placed = new String[m];
    List<List<StatePattern>> tiers = new ArrayList<>();
    for (int k = 0; k < node.size(); k++) {
      String where = path + "[" + k + "]";
      JsonNode entry = node.get(k);
      List<StatePattern> tier = new ArrayList<>();
      if (entry.isArray()) {
        if (entry.size() == 0) {
          warnings.add(where + ": empty group of equally preferred states ignored");
          continue;
        }
        for (int e = 0; e < entry.size(); e++) {
          tier.add(state(entry.get(e), where + "[" + e + "]", space, placed));
        }
      } else {
        tier.add(state(entry, where, space, placed));
      }
      tiers.add(tier);
    }
    List<Integer> missing = new ArrayList<>();
    for (int s = 0; s < m; s++) {
      if (placed[s] == null) {
        missing.add(s);
      }
    }
    if (missing.isEmpty()) {
      return new PreferenceSpec.DirectRanking(tiers);
    }
    boolean allMisperceived = true;
    for (int s : missing) {
      boolean mis = false;
      for (StatePattern p : misperceived) {
        mis |= p.matches(space.code(s));
      }
      allMisperceived &= mis;
    }
    List<String> list = new ArrayList<>();
    for (int s : missing.subList(0, Math.min(12, missing.size()))) {
      list.add(StateSpace.number(s) + " (" + space.yn(s) + ")");
    }
    String states =
        (missing.size() == 1 ? "state " : missing.size() + " states: ")
            + String.join(", ", list)
            + (missing.size() > 12 ? ", ..." : "");
    if (allMisperceived) {
      List<StatePattern> last = new ArrayList<>();
      for (int s : missing) {
        last.add(StatePattern.exact(space.code(s), optionCount));
      }
      tiers.add(last);
      warnings.add(
          path
              + ": the ranking of '"
              + dmName
              + "' leaves out "
              + states
              + ", which it does not perceive; as GMCR+ does, they are ranked last, equally"
              + " preferred");
      return new PreferenceSpec.DirectRanking(tiers);
    }
    throw fail(
        path,
        "the ranking of '" + dmName + "' misses " + states + " of the " + m + " feasible states",
        "list every feasible state number exactly once, most preferred first, with equally"
            + " preferred states in a nested [ ] group; if the options or infeasible states"
            + " changed after the ranking was entered, re-enter it in GMCR+");
  }

  private StatePattern state(JsonNode n, String path, StateSpace space, String[] placed) {
    if (n.isArray()) {
      throw fail(
          path,
          "a group of equally preferred states cannot contain another group",
          "write a group as a flat list of state numbers, e.g. [4, 6]");
    }
    int number = integer(n, path);
    int m = space.size();
    if (number < 1 || number > m) {
      throw fail(
          path,
          "state "
              + number
              + " does not exist: there "
              + (m == 1 ? "is 1 feasible state" : "are " + m + " feasible states")
              + ", numbered 1 to "
              + m,
          "use the state numbers GMCR+ shows (1 to "
              + m
              + "); if the options or infeasible states changed after the ranking was"
              + " entered, re-enter it in GMCR+");
    }
    int s = number - 1;
    if (placed[s] != null) {
      throw fail(
          path,
          "state " + number + " appears more than once in the ranking (first at " + placed[s] + ")",
          "list each state once; put equally preferred states in one nested [ ] group");
    }
    placed[s] = path;
    return StatePattern.exact(space.code(s), optionCount);
  }

  // ---- coalitions -----------------------------------------------------------------------

  private List<List<Integer>> coalitions(JsonNode node, int dmCount) {
    List<List<Integer>> singletons = new ArrayList<>();
    for (int d = 0; d < dmCount; d++) {
      singletons.add(List.of(d));
    }
    if (node == null || node.isNull()) {
      return singletons;
    }
    checkArray(node, "coalitions");
    List<List<Integer>> out = new ArrayList<>();
    for (int k = 0; k < node.size(); k++) {
      String where = "coalitions[" + k + "]";
      JsonNode e = node.get(k);
      List<Integer> block = new ArrayList<>();
      if (e.isArray()) {
        for (int j = 0; j < e.size(); j++) {
          block.add(integer(e.get(j), where + "[" + j + "]"));
        }
      } else {
        block.add(integer(e, where));
      }
      out.add(block);
    }
    String problem = GmcrReader.partitionProblem(out, dmCount);
    if (problem != null) {
      warnings.add(
          "coalitions: "
              + problem
              + ", so it is not a partition of the decision makers; as GMCR+ does, each"
              + " decision maker is taken alone instead");
      return singletons;
    }
    return out;
  }
}
