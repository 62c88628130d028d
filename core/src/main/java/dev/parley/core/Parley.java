package dev.parley.core;

/** Facts about this build of Parley. */
public final class Parley {
  /** The release version, also written into every result. */
  public static final String VERSION = "0.1.0";

  private Parley() {}
}
