package dev.parley.core.model;

/** Which way an option may be changed by a unilateral move. */
public enum Reversibility {
  /** Taken and withdrawn freely. */
  BOTH("both"),
  /** Once taken it cannot be withdrawn: only N to Y. */
  FORWARD("forward"),
  /** Can only be withdrawn: only Y to N. */
  BACKWARD("backward");

  private final String id;

  Reversibility(String id) {
    this.id = id;
  }

  /** The spelling used in model files. */
  public String id() {
    return id;
  }

  /** Parses a model-file spelling; GMCR+ spellings {@code fwd} and {@code back} are accepted. */
  public static Reversibility parse(String text) {
    if (text == null) {
      return null;
    }
    switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "both":
        return BOTH;
      case "forward":
      case "fwd":
        return FORWARD;
      case "backward":
      case "back":
        return BACKWARD;
      default:
        return null;
    }
  }

  /**
   * Whether flipping the options in {@code flip} from state code {@code code} respects
   * reversibility: no forward-only option is withdrawn and no backward-only option is taken.
   */
  public static boolean allowsFlip(long flip, long code, long forwardMask, long backwardMask) {
    return (flip & forwardMask & code) == 0 && (flip & backwardMask & ~code) == 0;
  }
}
