package dev.parley.io;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.NamedState;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.List;

/**
 * State references outside a model file, e.g. on the command line ({@code parley explain MODEL
 * deal}). The forms are those of the model file: a named-state id ({@code deal}), a Y/N/- string
 * with one letter per option ({@code YNNY-}), a standard state number ({@code 12}), or a mapping of
 * option values ({@code "{sign: true, withdraw: false}"}), which may also be written as the
 * workbench's form takes it, {@code sign=Y, withdraw=N} (see docs/workbench.md).
 */
public final class StateRefs {
  private StateRefs() {}

  /**
   * The index of the one feasible state {@code text} names.
   *
   * @throws StateRefException when it names no state or several
   */
  public static int resolve(String text, LoadedModel model) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new StateRefException("no state given", "write " + RefReader.FORMS);
    }
    String yaml = t.indexOf('=') >= 0 && t.indexOf(':') < 0 ? mappingOf(t) : t;
    Problems problems = new Problems("<argument>");
    Node node = TreeParser.parse(yaml, Format.YAML, problems);
    if (node == null) {
      throw new StateRefException(
          "'" + t + "' is not a state reference", "write " + RefReader.FORMS);
    }
    Scope scope = scopeOf(model.conflict(), problems);
    RefReader refs = new RefReader(scope);
    RefReader.Ref ref = refs.read(node, "'" + t + "'");
    int index = -1;
    if (ref != null) {
      StatePattern p = refs.resolve(ref, model.space());
      if (p != null) {
        index = refs.single(p, model.space(), node, "'" + t + "'");
      }
    }
    if (index < 0) {
      Diagnostic d = problems.sorted().get(0);
      throw new StateRefException(d.message(), d.hint());
    }
    return index;
  }

  /** Option values written {@code sign=Y, withdraw=N} (in braces or not) as a YAML mapping. */
  private static String mappingOf(String text) {
    String body = text;
    if (body.startsWith("{") && body.endsWith("}")) {
      body = body.substring(1, body.length() - 1);
    }
    List<String> out = new java.util.ArrayList<>();
    for (String part : body.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      String[] kv = p.split("=", -1);
      String v = kv.length == 2 ? kv[1].strip().toLowerCase(java.util.Locale.ROOT) : "";
      boolean yes = v.equals("y") || v.equals("yes") || v.equals("true");
      boolean no = v.equals("n") || v.equals("no") || v.equals("false");
      if (kv.length != 2 || kv[0].isBlank() || !(yes || no)) {
        throw new StateRefException(
            "'" + p + "' in '" + text + "' is not an option value",
            "write each option as option=Y (taken) or option=N (not taken), e.g. sign=Y,"
                + " withdraw=N");
      }
      out.add(kv[0].strip() + ": " + yes);
    }
    return "{" + String.join(", ", out) + "}";
  }

  /**
   * How model files refer to state {@code index}: the id of a named state that picks exactly this
   * state, else its Y/N string.
   */
  public static String reference(int index, Conflict conflict, StateSpace space) {
    return new StateNames(conflict, space).reference(space.pattern(index));
  }

  static Scope scopeOf(Conflict conflict, Problems problems) {
    Scope scope = new Scope(problems, null);
    scope.graphForm = conflict.isGraphForm();
    List<dev.parley.core.model.Option> options = conflict.options();
    for (int t = 0; t < options.size(); t++) {
      scope.optionIds.add(options.get(t).id());
      scope.optionIndex.put(options.get(t).id(), t);
    }
    for (NamedState s : conflict.namedStates()) {
      scope.namedStates.put(s.id(), s.pattern());
    }
    return scope;
  }
}
