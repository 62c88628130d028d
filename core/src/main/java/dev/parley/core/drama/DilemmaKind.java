package dev.parley.core.drama;

import java.util.Locale;

/**
 * The six dilemmas of drama theory (Bryant 2003; conditions in docs/semantics.md §5.2), with the
 * stance of a party that faces each and the Version 1 name where it coincides.
 */
public enum DilemmaKind {
  /** The threat does not move the other party: it likes the threatened future better. */
  PERSUASION("persuasion", "the oppressed", "deterrence", true),
  /** The threat is hollow: the party would sooner accept the other's position. */
  REJECTION("rejection", "the appeaser", null, true),
  /** The party would not carry out its own part of the threatened future. */
  THREAT("threat", "the blusterer", null, true),
  /** The party's position is not where its interests lie. */
  POSITIONING("positioning", "the realist", null, true),
  /** Once agreed, the party would gain by breaking its own promise. */
  COOPERATION("co-operation", "the defector", "inducement", false),
  /** Once agreed, the party cannot rely on the other to keep its promise. */
  TRUST("trust", "the sceptic", null, false);

  private final String label;
  private final String stance;
  private final String versionOneName;
  private final boolean crisis;

  DilemmaKind(String label, String stance, String versionOneName, boolean crisis) {
    this.label = label;
    this.stance = stance;
    this.versionOneName = versionOneName;
    this.crisis = crisis;
  }

  /** The name, as Bryant (2003) gives it: "co-operation", "trust", ... */
  public String label() {
    return label;
  }

  /** Bryant's name for a party that faces this dilemma: "the sceptic", ... */
  public String stance() {
    return stance;
  }

  /**
   * The name Version 1 of the theory (Howard 1994–1999) gives the same condition, or null:
   * deterrence for persuasion, inducement for co-operation.
   */
  public String versionOneName() {
    return versionOneName;
  }

  /** Whether the dilemma belongs to a crisis (positions differ) rather than to a commitment. */
  public boolean isCrisis() {
    return crisis;
  }

  /** The id used in JSON and on the command line: "persuasion", "cooperation", ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
