package dev.parley.report;

import dev.parley.core.evolution.Evolution;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import java.util.List;

/**
 * Everything a status quo analysis report shows: the evolution (model, start, movers), the
 * stability result for the concepts whose equilibria are the targets, an explicit target state
 * ({@code -1}: the equilibria), the depth of the transition tree and of the exactly-t table ({@code
 * treeWanted}: whether a tree was asked for), whether only improvements are followed, and where the
 * model came from.
 */
public record EvolutionRun(
    Evolution evolution,
    StabilityResult result,
    List<Concept> concepts,
    int target,
    int depth,
    boolean treeWanted,
    boolean improvementsOnly,
    String modelFile,
    String modelHash) {
  public EvolutionRun {
    concepts = List.copyOf(concepts);
  }
}
