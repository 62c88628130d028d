package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.Coalitions;
import dev.parley.app.Concepts;
import dev.parley.app.Deadlocks;
import dev.parley.app.Evolve;
import dev.parley.core.stability.Concept;
import dev.parley.server.errors.ApiError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The requests of the evolution routes read from their JSON bodies: each field's JSON type is
 * checked here with a 400 that names it; what the values mean (states, blocks, limits) the use
 * cases check ({@link Evolve}, {@link Deadlocks}, {@link Coalitions}).
 */
public final class EvolutionRequests {
  static final Set<String> EVOLVE_FIELDS =
      Set.of("from", "to", "concepts", "depth", "improvementsOnly", "coalitions", "waitMs");
  static final Set<String> DEADLOCK_FIELDS = Set.of("from", "concepts", "waitMs");
  static final Set<String> COALITION_FIELDS =
      Set.of("concepts", "quantifier", "statusQuo", "structure", "waitMs");

  private EvolutionRequests() {}

  /** The body of {@code POST …/evolution}; the workbench draws no tree. */
  public static Evolve.Request evolveRequest(JsonNode body) {
    known(body, EVOLVE_FIELDS);
    Integer depth = null;
    JsonNode d = body.get("depth");
    if (d != null && !d.isNull()) {
      if (!d.isIntegralNumber() || !d.canConvertToInt()) {
        throw Evolve.badDepth(d.toString());
      }
      depth = d.asInt();
    }
    JsonNode c = body.get("coalitions");
    List<String> blocks = List.of();
    if (c != null && !c.isNull()) {
      if (!c.isTextual()) {
        throw ApiError.badRequest(
            "coalitions must be a string naming blocks that move as one, e.g. \"[US,UA],RU\" or"
                + " \"US+UA\"");
      }
      blocks = List.of(c.asText());
    }
    return new Evolve.Request(
        stateRef(body, "from"),
        stateRef(body, "to"),
        concepts(body),
        depth,
        false,
        bool(body, "improvementsOnly"),
        blocks);
  }

  /** The body of {@code POST …/deadlocks}. */
  public static Deadlocks.Request deadlockRequest(JsonNode body) {
    known(body, DEADLOCK_FIELDS);
    return new Deadlocks.Request(stateRef(body, "from"), concepts(body));
  }

  /** The body of {@code POST …/coalitions}. */
  public static Coalitions.Request coalitionRequest(JsonNode body) {
    known(body, COALITION_FIELDS);
    Coalitions.Request req = Coalitions.Request.parse(names(body, "concepts"));
    JsonNode q = body.get("quantifier");
    if (q != null && !q.isNull()) {
      req = req.withQuantifier(q.isTextual() ? q.asText() : q.toString());
    }
    JsonNode st = body.get("structure");
    if (st != null && !st.isNull() && !st.isTextual()) {
      throw ApiError.badRequest(
          "structure must be a string: the blocks of decision makers, e.g. \"[US,UA],RU\"");
    }
    return req.withStatusQuo(stateRef(body, "statusQuo"))
        .withStructure(st == null || st.isNull() ? null : st.asText());
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

  /** A state reference field: a number or a string; null when absent or blank. */
  private static String stateRef(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isIntegralNumber()) {
      return n.asText();
    }
    if (n.isTextual()) {
      return n.asText().isBlank() ? null : n.asText();
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

  /** The individual concepts named; none means the use case's default. */
  private static List<Concept> concepts(JsonNode body) {
    return Concepts.standard(names(body, "concepts"), "concepts");
  }
}
