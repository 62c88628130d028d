package dev.parley.core.stability;

import dev.parley.core.graph.GraphModel;
import java.util.Set;

/** Computes stability of every state for every decision maker under the given concepts. */
public interface StabilitySolver {
  StabilityResult analyze(GraphModel model, Set<Concept> concepts);
}
