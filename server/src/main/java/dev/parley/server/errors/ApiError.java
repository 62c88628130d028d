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
}
