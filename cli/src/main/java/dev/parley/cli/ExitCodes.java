package dev.parley.cli;

/** Parley's exit codes. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int ANALYSIS_FAILURE = 1;
  public static final int BAD_INPUT = 2;

  /** Cancelled with Ctrl-C (128 + SIGINT, as shells report it); nothing was written. */
  public static final int CANCELLED = 130;

  private ExitCodes() {}
}
