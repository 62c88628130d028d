package dev.parley.io.gmcr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.StatePattern;
import dev.parley.core.preference.PreferenceResolver;
import dev.parley.core.state.StateSpace;
import dev.parley.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a {@link Conflict} as a GMCR+ (gmcr-py) JSON save file ({@code .gmcr}) that GMCR+ loads
 * with the same feasible states, the same state numbers and the same preferences.
 *
 * <p>Options are written in Parley's order, which is already grouped by decision maker, so state
 * numbers are unchanged. Each infeasibility rule becomes the simple conditions (Y/N/- patterns)
 * that exactly cover the states it removes. If every decision maker's preferences are prioritized
 * statements, each statement is written as a simple or compound condition and GMCR+ ranks the
 * states from them; otherwise every decision maker gets a manual {@code preferenceRanking} computed
 * from Parley's payoffs (statements are still written where a decision maker has them). The title,
 * descriptions, sources, quotes, named states and status quo have no place in the format and are
 * not written.
 */
public final class GmcrWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GmcrWriter() {}

  /** The {@code .gmcr} text of {@code conflict}, each decision maker a player of its own. */
  public static String write(Conflict conflict) {
    return write(conflict, null);
  }

  /**
   * The {@code .gmcr} text of {@code conflict} with the given players.
   *
   * @param coalitions a partition of the decision-maker indices (e.g. from {@link
   *     GmcrImport#coalitions()}), or null for each decision maker alone
   * @throws IllegalArgumentException when {@code coalitions} is not a partition, or an
   *     infeasibility rule mentions more than 24 options (a statement that large makes the rankings
   *     manual instead)
   * @throws dev.parley.core.model.ModelException when the conflict's states or preferences cannot
   *     be resolved
   */
  public static String write(Conflict conflict, List<List<Integer>> coalitions) {
    return write(conflict, coalitions, java.util.Map.of());
  }

  /**
   * As {@link #write(Conflict, List)}, with each decision maker's misperceptions: the patterns of
   * the states it cannot see (a Parley perception's {@code hidden:} and {@code unaware:} options;
   * GMCR+ has no place for believed preferences or states told apart).
   */
  public static String write(
      Conflict conflict,
      List<List<Integer>> coalitions,
      java.util.Map<Integer, List<StatePattern>> misperceived) {
    int n = conflict.optionCount();
    int dmCount = conflict.dmCount();
    List<List<Integer>> players = coalitions;
    if (players == null) {
      players = new ArrayList<>();
      for (int d = 0; d < dmCount; d++) {
        players.add(List.of(d));
      }
    } else {
      String problem = GmcrReader.partitionProblem(players, dmCount);
      if (problem != null) {
        throw new IllegalArgumentException("invalid coalitions: " + problem);
      }
    }
    StateSpace space = StateSpace.of(conflict);
    int[][] payoffs = PreferenceResolver.resolve(conflict, space);

    // statements as GMCR+ conditions, per decision maker (null when not prioritized)
    List<List<List<StatePattern>>> statements = new ArrayList<>();
    boolean manual = false;
    for (int d = 0; d < dmCount; d++) {
      PreferenceSpec spec = conflict.preferences().get(d);
      List<List<StatePattern>> conds =
          spec instanceof PreferenceSpec.Prioritization p ? statementConditions(p, n) : null;
      if (conds != null) {
        statements.add(conds);
        manual |= conds.size() > GmcrReader.MAX_GMCR_STATEMENTS;
      } else {
        statements.add(null);
        manual = true;
      }
    }

    ObjectNode root = NODES.objectNode();
    root.put("program", "gmcr-py");
    root.put("version", "0.4.1");
    root.put("useManualPreferenceRanking", manual);

    ArrayNode options = root.putArray("options");
    for (Option o : conflict.options()) {
      ObjectNode on = options.addObject();
      on.put("name", o.name());
      on.put(
          "permittedDirection",
          switch (o.reversibility()) {
            case BOTH -> "both";
            case FORWARD -> "fwd";
            case BACKWARD -> "back";
          });
    }

    ArrayNode dms = root.putArray("decisionMakers");
    for (int d = 0; d < dmCount; d++) {
      DecisionMaker dm = conflict.decisionMakers().get(d);
      ObjectNode dn = dms.addObject();
      dn.put("name", dm.name());
      ArrayNode own = dn.putArray("options");
      for (int t : optionIndices(conflict, List.of(d))) {
        own.add(t);
      }
      ArrayNode prefs = dn.putArray("preferences");
      if (statements.get(d) != null) {
        for (List<StatePattern> cubes : statements.get(d)) {
          prefs.add(condition(cubes, n));
        }
      }
      ArrayNode mis = dn.putArray("misperceptions");
      for (StatePattern p : misperceived.getOrDefault(d, List.of())) {
        mis.add(condition(List.of(p), n));
      }
      if (manual) {
        ArrayNode ranking = dn.putArray("preferenceRanking");
        TreeMap<Integer, List<Integer>> byPayoff = new TreeMap<>();
        for (int s = 0; s < space.size(); s++) {
          byPayoff.computeIfAbsent(payoffs[d][s], k -> new ArrayList<>()).add(StateSpace.number(s));
        }
        for (List<Integer> group : byPayoff.descendingMap().values()) {
          if (group.size() == 1) {
            ranking.add(group.get(0));
          } else {
            ArrayNode g = ranking.addArray();
            group.forEach(g::add);
          }
        }
      }
      ArrayNode pay = dn.putArray("payoffs");
      for (int s = 0; s < space.size(); s++) {
        pay.add(payoffs[d][s]);
      }
    }

    ArrayNode inf = root.putArray("infeasibles");
    Set<String> written = new LinkedHashSet<>();
    for (Infeasibility rule : conflict.infeasibilities()) {
      for (StatePattern cube : Dnf.cover(rule.infeasibleWhen())) {
        if (written.add(cube.toYnd(n))) {
          inf.add(conjunction(cube, n));
        }
      }
    }

    ArrayNode coal = root.putArray("coalitions");
    ArrayNode full = root.putArray("coalitionsFull");
    for (List<Integer> block : players) {
      if (block.size() == 1) {
        coal.add(block.get(0));
      } else {
        ArrayNode b = coal.addArray();
        block.forEach(b::add);
      }
      List<String> names = new ArrayList<>();
      for (int d : block) {
        names.add(conflict.decisionMakers().get(d).name());
      }
      ObjectNode fn = full.addObject();
      fn.put("name", String.join(", ", names));
      ArrayNode fo = fn.putArray("options");
      for (int t : optionIndices(conflict, block)) {
        fo.add(t);
      }
    }

    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    try {
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code conflict} to {@code file} atomically (a temporary file in the same directory,
   * then moved over the target), each decision maker a player of its own.
   */
  public static void writeFile(Conflict conflict, Path file) throws IOException {
    writeFile(conflict, null, file);
  }

  /** Writes {@code conflict} with the given players to {@code file} atomically. */
  public static void writeFile(Conflict conflict, List<List<Integer>> coalitions, Path file)
      throws IOException {
    AtomicFiles.write(file, write(conflict, coalitions));
  }

  /**
   * The conditions of a prioritization, most important first: each statement as the cubes of its
   * disjunctive normal form. Statements that are always or never true carry no preference and are
   * left out, as are repeats of an earlier statement, which GMCR+ would drop; neither changes the
   * ranking. Null when a statement mentions too many options to be converted.
   */
  private static List<List<StatePattern>> statementConditions(
      PreferenceSpec.Prioritization p, int n) {
    List<List<StatePattern>> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (PreferenceSpec.Statement st : p.statements()) {
      if (Long.bitCount(st.formula().support()) > Dnf.MAX_SUPPORT) {
        return null; // too large for a truth table: the ranking is written instead
      }
      List<StatePattern> cubes = Dnf.cover(st.formula());
      if (cubes.isEmpty() || cubes.size() == 1 && cubes.get(0).mask() == 0) {
        continue;
      }
      List<String> ynd = new ArrayList<>();
      for (StatePattern c : cubes) {
        ynd.add(c.toYnd(n));
      }
      ynd.sort(null);
      String name = cubes.size() == 1 ? ynd.get(0) : ynd.toString();
      if (names.add(name)) {
        out.add(cubes);
      }
    }
    return out;
  }

  private static List<Integer> optionIndices(Conflict conflict, List<Integer> dms) {
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t < conflict.optionCount(); t++) {
      if (dms.contains(conflict.owner(t))) {
        out.add(t);
      }
    }
    return out;
  }

  private static com.fasterxml.jackson.databind.JsonNode condition(
      List<StatePattern> cubes, int n) {
    if (cubes.size() == 1) {
      return conjunction(cubes.get(0), n);
    }
    ObjectNode c = NODES.objectNode();
    c.put("compound", true);
    ArrayNode members = c.putArray("members");
    for (StatePattern cube : cubes) {
      members.add(conjunction(cube, n));
    }
    return c;
  }

  private static ArrayNode conjunction(StatePattern cube, int n) {
    ArrayNode a = NODES.arrayNode();
    for (int t = 0; t < n; t++) {
      if ((cube.mask() >>> t & 1L) != 0) {
        a.addArray().add(t).add((cube.value() >>> t & 1L) != 0 ? "Y" : "N");
      }
    }
    return a;
  }
}
