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
 * option values ({@code "{sign: true, withdraw: false}"}).
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
    Problems problems = new Problems("<argument>");
    Node node = TreeParser.parse(t, Format.YAML, problems);
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
