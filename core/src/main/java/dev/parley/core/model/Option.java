package dev.parley.core.model;

/** A yes/no choice controlled by one decision maker. */
public record Option(
    String id,
    String name,
    String description,
    Reversibility reversibility,
    Provenance provenance) {
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
  }
}
