package dev.parley.core.model;

import java.util.List;

/**
 * A model that cannot be analysed. Each {@link Problem} names where in the model it is (a path such
 * as {@code decisionMakers[0].preferences.ranking[3]}), what is wrong, and how to fix it; front
 * ends map the path to a file position.
 */
public class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One thing wrong with a model. */
  public record Problem(String path, String message, String hint) {
    @Override
    public String toString() {
      return (path == null || path.isEmpty() ? "" : path + ": ")
          + message
          + (hint == null ? "" : " (" + hint + ")");
    }
  }

  private final transient List<Problem> problems;

  public ModelException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid model" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
  }

  public ModelException(String path, String message, String hint) {
    this(List.of(new Problem(path, message, hint)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
