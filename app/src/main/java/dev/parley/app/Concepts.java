package dev.parley.app;

import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.List;

/** The standard concepts a request names: one reader, one message, for every use case. */
public final class Concepts {
  private Concepts() {}

  /** The names of the standard concepts, as a message lists them. */
  public static final String NAMES = "nash, gmr, smr, seq, sim or seqsim";

  /** The message for a name that is not a standard concept. */
  public static String unknown(String name) {
    return "unknown concept '" + name + "': use " + NAMES;
  }

  /**
   * The standard concept {@code name} gives (case-insensitive; SEQ+SIM also as seqsim).
   *
   * @throws BadRequest naming {@code field} (null: none) for an unknown name
   */
  public static Concept standard(String name, String field) {
    Concept c = Concept.parse(name == null ? "" : name.trim());
    if (c == null) {
      throw new BadRequest(field, unknown(name));
    }
    return c;
  }

  /** The standard concepts named, each once, in the order given; {@code field[k]} in messages. */
  public static List<Concept> standard(List<String> names, String field) {
    List<Concept> out = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      Concept c = standard(names.get(k), field == null ? null : field + "[" + k + "]");
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
