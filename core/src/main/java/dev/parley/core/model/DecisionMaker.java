package dev.parley.core.model;

import java.util.List;

/** A party to the conflict and the options it controls, in model order. */
public record DecisionMaker(
    String id, String name, String description, List<Option> options, Provenance provenance) {
  public DecisionMaker {
    if (name == null || name.isBlank()) {
      name = id;
    }
    options = List.copyOf(options);
    if (provenance == null) {
      provenance = Provenance.NONE;
    }
  }
}
