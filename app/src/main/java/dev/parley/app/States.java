package dev.parley.app;

/**
 * The states a request names, resolved against the model with the request field named in every
 * message ({@code from}, {@code to}, {@code statusQuo}): one wording for the command line and the
 * REST API.
 */
final class States {
  private States() {}

  /** The state {@code ref} names (a number, a named state, a Y/N text). */
  static int state(ModelInput in, String ref, String field) {
    try {
      return in.state(ref);
    } catch (BadRequest e) {
      if (e.field() != null) {
        throw e;
      }
      throw new BadRequest(field, String.join("; ", e.lines()));
    }
  }

  /** The state {@code ref} names, or when none is given the model's status quo (-1: none). */
  static int orStatusQuo(ModelInput in, String ref, String field) {
    return given(ref) ? state(in, ref, field) : in.startState(null);
  }

  /**
   * The state to start from: {@code ref}, or the model's status quo; a model that names none needs
   * the field.
   */
  static int start(ModelInput in, String ref, String field) {
    int s = orStatusQuo(in, ref, field);
    if (s < 0) {
      throw new BadRequest(
          field,
          "is required: "
              + in.name()
              + " names no status quo; give the state to start from (a number, a named state or a"
              + " Y/N text), or add statusQuo to the model");
    }
    return s;
  }

  /** Whether a state reference is given: null or blank is none. */
  static boolean given(String ref) {
    return ref != null && !ref.isBlank();
  }
}
