package dev.parley.core.model;

/**
 * A yes/no choice controlled by one decision maker. {@code taken} and {@code notTaken} are optional
 * short phrases that describe a state in words ("the guarantee is signed", "no guarantee"); null
 * when the model gives none.
 */
public record Option(
    String id,
    String name,
    String description,
    Reversibility reversibility,
    Provenance provenance,
    String taken,
    String notTaken) {
  public Option {
    if (name == null || name.isBlank()) {
      name = id;
    }
    if (reversibility == null) {
      reversibility = Reversibility.BOTH;
    }
    if (provenance == null) {
      provenance = Provenance.NONE;
    }
    taken = taken == null || taken.isBlank() ? null : taken.strip();
    notTaken = notTaken == null || notTaken.isBlank() ? null : notTaken.strip();
  }

  /** An option without state phrases. */
  public Option(
      String id,
      String name,
      String description,
      Reversibility reversibility,
      Provenance provenance) {
    this(id, name, description, reversibility, provenance, null, null);
  }
}
