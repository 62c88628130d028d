package dev.parley.cli;

/**
 * The number of options of each decision maker, so that {@link MemoryEstimate} can refuse a model
 * too large for the heap before its states are enumerated. For a Parley model file the reader
 * itself reports the shape before it enumerates ({@code ModelReader.read} with a shape check).
 */
final class ModelShape {
  private ModelShape() {}

  /** Options per decision maker of a conflict. */
  static int[] optionsPerDm(dev.parley.core.model.Conflict conflict) {
    int[] out = new int[conflict.dmCount()];
    for (int d = 0; d < out.length; d++) {
      out[d] = conflict.decisionMakers().get(d).options().size();
    }
    return out;
  }
}
