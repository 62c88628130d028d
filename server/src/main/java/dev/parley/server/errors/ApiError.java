package dev.parley.server.errors;

import java.util.List;

/**
 * A request that cannot be served, answered as JSON: {@code {"error": ..., "status": ...,
 * "details": [...]}}. Details place model problems at a line and column of the file.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One problem: where (line and column, 0 when unknown; path in the model tree) and what. */
  public record Detail(int line, int column, String path, String message, String hint) {}

  private final int status;
  private final transient List<Detail> details;

  public ApiError(int status, String message, List<Detail> details) {
    super(message);
    this.status = status;
    this.details = List.copyOf(details);
  }

  public ApiError(int status, String message) {
    this(status, message, List.of());
  }

  public int status() {
    return status;
  }

  public List<Detail> details() {
    return details;
  }

  public static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  /**
   * 507: the server ran out of memory on {@code what} (e.g. "the analysis"), with how to give it
   * more; what else it serves goes on.
   */
  public static ApiError outOfMemory(String what) {
    long max = Runtime.getRuntime().maxMemory();
    long gib = Math.max(2, 2 * (long) Math.ceil(max / (double) (1L << 30)));
    return new ApiError(
        507,
        what
            + " ran out of memory (Java was given "
            + Math.round(max / (double) (1L << 20))
            + " MiB): start the workbench with more, e.g. JAVA_OPTS=-Xmx"
            + gib
            + "g ./parley serve, or remove options from the model");
  }
}
