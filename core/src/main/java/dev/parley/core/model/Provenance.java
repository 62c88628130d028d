package dev.parley.core.model;

/**
 * Where a modelling choice comes from: the id of a {@link Source}, the words quoted from it, and
 * the analyst's note. Every field may be null.
 */
public record Provenance(String source, String quote, String note) {
  public static final Provenance NONE = new Provenance(null, null, null);

  public boolean isEmpty() {
    return source == null && quote == null && note == null;
  }
}
