package dev.parley.cli;

/** Parley's exit codes. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int ANALYSIS_FAILURE = 1;
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
