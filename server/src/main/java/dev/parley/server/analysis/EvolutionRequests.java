package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.coalition.Coalition;
import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionEngine;
import dev.parley.core.coalition.CoalitionStructure;
import dev.parley.core.coalition.Deterrence;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.stability.Concept;
import dev.parley.io.LoadedModel;
import dev.parley.server.analysis.EvolutionAnalysis.CoalitionRequest;
import dev.parley.server.analysis.EvolutionAnalysis.DeadlockRequest;
import dev.parley.server.analysis.EvolutionAnalysis.EvolveRequest;
import dev.parley.server.errors.ApiError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The requests of the evolution routes read from their JSON bodies: the start state, the concepts,
 * the movers and coalition blocks, every field checked with a 400 that names it.
 */
public final class EvolutionRequests {
  private EvolutionRequests() {}

  /** Checks the body of {@code POST …/evolution}. */
  public static EvolveRequest evolveRequest(LoadedModel loaded, JsonNode body) {
    known(body, EvolutionAnalysis.EVOLVE_FIELDS);
    GraphModel model = loaded.graphModel();
    int from = start(loaded, body, "from");
    String toRef = stateRef(body, "to");
    int to = toRef == null ? -1 : Variations.state(loaded, toRef, "to");
    List<Concept> concepts = concepts(body, EvolutionAnalysis.DEFAULT_TARGET_CONCEPTS, model);
    int depth = EvolutionAnalysis.DEFAULT_DEPTH;
    JsonNode d = body.get("depth");
    if (d != null && !d.isNull()) {
      if (!d.canConvertToInt()
          || !d.isIntegralNumber()
          || d.asInt() < 1
          || d.asInt() > EvolutionAnalysis.MAX_DEPTH) {
        throw ApiError.badRequest(
            "depth must be a whole number from 1 to "
                + EvolutionAnalysis.MAX_DEPTH
                + " (default "
                + EvolutionAnalysis.DEFAULT_DEPTH
                + "), not "
                + d);
      }
      depth = d.asInt();
    }
    boolean improvementsOnly = bool(body, "improvementsOnly");
    JsonNode c = body.get("coalitions");
    List<List<Integer>> blocks = List.of();
    if (c != null && !c.isNull()) {
      if (!c.isTextual()) {
        throw ApiError.badRequest(
            "coalitions must be a string naming blocks that move as one, e.g. \"[US,UA],RU\" or"
                + " \"US+UA\"");
      }
      if (!c.asText().isBlank()) {
        blocks = blocks(model, c.asText(), "coalitions");
      }
    }
    return new EvolveRequest(from, to, concepts, depth, improvementsOnly, blocks);
  }

  /** Checks the body of {@code POST …/deadlocks}. */
  public static DeadlockRequest deadlockRequest(LoadedModel loaded, JsonNode body) {
    known(body, EvolutionAnalysis.DEADLOCK_FIELDS);
    GraphModel model = loaded.graphModel();
    int from = start(loaded, body, "from");
    List<Concept> all =
        model.isGraphForm() ? EvolutionAnalysis.DEFAULT_TARGET_CONCEPTS : List.of(Concept.values());
    return new DeadlockRequest(from, concepts(body, all, model));
  }

  /** Checks the body of {@code POST …/coalitions}. */
  public static CoalitionRequest coalitionRequest(LoadedModel loaded, JsonNode body) {
    known(body, EvolutionAnalysis.COALITION_FIELDS);
    GraphModel model = loaded.graphModel();
    List<CoalitionConcept> concepts = new ArrayList<>();
    for (String name : names(body, "concepts")) {
      CoalitionConcept cc = CoalitionConcept.parse(name);
      if (cc == null) {
        throw ApiError.badRequest(
            "concepts: unknown coalition concept '"
                + name
                + "'; use "
                + Arrays.stream(CoalitionConcept.values())
                    .map(CoalitionConcept::id)
                    .collect(Collectors.joining(", ")));
      }
      if (!concepts.contains(cc)) {
        concepts.add(cc);
      }
    }
    if (concepts.isEmpty()) {
      concepts = List.of(CoalitionConcept.values());
    }
    Deterrence deterrence = Deterrence.SOME_MEMBER;
    JsonNode q = body.get("quantifier");
    if (q != null && !q.isNull()) {
      deterrence = q.isTextual() ? Deterrence.parse(q.asText()) : null;
      if (deterrence == null) {
        throw ApiError.badRequest(
            "quantifier must be \"some\" (a sanction deters when it leaves some member no better"
                + " off, the default) or \"all\" (every member), not "
                + q);
      }
    }
    String sqRef = stateRef(body, "statusQuo");
    int sq = sqRef == null ? modelStatusQuo(model) : Variations.state(loaded, sqRef, "statusQuo");
    JsonNode st = body.get("structure");
    CoalitionStructure structure = null;
    String structureText = null;
    if (st != null && !st.isNull()) {
      if (!st.isTextual()) {
        throw ApiError.badRequest(
            "structure must be a string: the blocks of decision makers, e.g. \"[US,UA],RU\"");
      }
      if (!st.asText().isBlank()) {
        structureText = st.asText().strip();
        try {
          structure = CoalitionStructure.parse(structureText, model.conflict().decisionMakers());
        } catch (RuntimeException e) {
          throw ApiError.badRequest("structure " + e.getMessage());
        }
      }
    }
    if (structure == null && model.dmCount() > CoalitionEngine.MAX_DMS) {
      try {
        CoalitionEngine.checkSize(model);
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest(e.getMessage() + " Give it as structure, e.g. \"[A,B],C\".");
      }
    }
    return new CoalitionRequest(concepts, deterrence, sq, structure, structureText);
  }

  /** The model's status quo, or -1 when it names none (or names several states). */
  static int modelStatusQuo(GraphModel model) {
    if (model.conflict().statusQuo() == null) {
      return -1;
    }
    int[] match = model.space().matching(model.conflict().statusQuo());
    return match.length == 1 ? match[0] : -1;
  }

  /** Refuses a body with a field this request does not know. */
  static void known(JsonNode body, Set<String> fields) {
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!fields.contains(f)) {
        throw ApiError.badRequest(
            "unknown field '"
                + f
                + "'; this request takes "
                + fields.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
  }

  /** The starting state: the field, or the model's status quo. */
  private static int start(LoadedModel loaded, JsonNode body, String field) {
    String ref = stateRef(body, field);
    if (ref != null) {
      return Variations.state(loaded, ref, field);
    }
    int sq = modelStatusQuo(loaded.graphModel());
    if (sq < 0) {
      throw ApiError.badRequest(
          "the model names no status quo: give the starting state as "
              + field
              + " (a number, a named state or a Y/N string), or add statusQuo to the model");
    }
    return sq;
  }

  /** A state reference field: a number or a string; null when absent. */
  private static String stateRef(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isIntegralNumber()) {
      return n.asText();
    }
    if (n.isTextual() && !n.asText().isBlank()) {
      return n.asText();
    }
    if (n.isTextual()) {
      return null;
    }
    throw ApiError.badRequest(
        field
            + " must be a state: its number (e.g. 8), a named state (e.g. \"deal\") or a Y/N"
            + " string (e.g. \"YYN\")");
  }

  private static boolean bool(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return false;
    }
    if (!n.isBoolean()) {
      throw ApiError.badRequest(field + " must be true or false, not " + n);
    }
    return n.asBoolean();
  }

  /** A list of names given as an array of strings or one comma-separated string. */
  private static List<String> names(JsonNode body, String field) {
    JsonNode n = body.get(field);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isTextual()) {
      for (String p : n.asText().split(",")) {
        if (!p.isBlank()) {
          out.add(p.strip());
        }
      }
      return out;
    }
    if (!n.isArray()) {
      throw ApiError.badRequest(
          field + " must be a list of names, e.g. [\"nash\", \"seq\"], or one string \"nash,seq\"");
    }
    for (JsonNode x : n) {
      if (!x.isTextual()) {
        throw ApiError.badRequest(field + " must list names as strings, not " + x);
      }
      out.add(x.asText().strip());
    }
    return out;
  }

  /** Individual concepts; SIM and SEQ+SIM are refused for graph-form models. */
  private static List<Concept> concepts(JsonNode body, List<Concept> dflt, GraphModel model) {
    List<Concept> out = new ArrayList<>();
    for (String name : names(body, "concepts")) {
      Concept c = Concept.parse(name);
      if (c == null) {
        throw ApiError.badRequest(
            "concepts: unknown concept '" + name + "'; use nash, gmr, smr, seq, sim or seqsim");
      }
      if (model.isGraphForm() && (c == Concept.SIM || c == Concept.SEQSIM)) {
        throw ApiError.badRequest(
            "concepts: SIM and SEQ+SIM combine option changes, and this model is in graph form;"
                + " use nash, gmr, smr or seq");
      }
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out.isEmpty() ? dflt : out;
  }

  /** Blocks of movers: "[US,UA],RU" or "US+UA,RU+X" (a decision maker left out moves alone). */
  static List<List<Integer>> blocks(GraphModel model, String text, String field) {
    List<DecisionMaker> dms = model.conflict().decisionMakers();
    List<List<Integer>> out = new ArrayList<>();
    if (text.contains("[")) {
      try {
        for (Coalition b : CoalitionStructure.parse(text, dms).blocks()) {
          out.add(b.memberList());
        }
        return out;
      } catch (RuntimeException e) {
        throw ApiError.badRequest(field + " " + e.getMessage());
      }
    }
    Set<Integer> used = new HashSet<>();
    for (String spec : text.split(",")) {
      List<Integer> block = new ArrayList<>();
      for (String id : spec.split("\\+")) {
        String t = id.strip();
        int d = model.conflict().dmIndex(t);
        if (d < 0) {
          throw ApiError.badRequest(
              field
                  + ": unknown decision maker '"
                  + t
                  + "'; the decision makers are "
                  + String.join(", ", EvolutionAnalysis.ids(model, allDms(model))));
        }
        if (!used.add(d)) {
          throw ApiError.badRequest(
              field + ": '" + dms.get(d).id() + "' is in two blocks; each moves in one at most");
        }
        block.add(d);
      }
      out.add(block);
    }
    return out;
  }

  private static List<Integer> allDms(GraphModel model) {
    List<Integer> out = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      out.add(d);
    }
    return out;
  }
}
