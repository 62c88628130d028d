package dev.parley.core.drama;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.List;

/**
 * The dilemmas of a card table (docs/semantics.md §5.2): the readings of each position, the phase
 * of each pair of parties, and every dilemma found.
 */
public final class DramaResult {
  private final GraphModel model;
  private final CardTable table;
  private final int threatened;
  private final int[][] readings;
  private final int[][][] common;
  private final List<Dilemma> dilemmas;
  private final Concept concept;
  private final dev.parley.core.stability.StabilityResult gmcr;
  private final java.util.Map<Integer, List<List<Comparison>>> defections =
      new java.util.concurrent.ConcurrentHashMap<>();

  DramaResult(
      GraphModel model,
      CardTable table,
      int threatened,
      int[][] readings,
      int[][][] common,
      List<Dilemma> dilemmas,
      Concept concept,
      dev.parley.core.stability.StabilityResult gmcr) {
    this.model = model;
    this.table = table;
    this.threatened = threatened;
    this.readings = readings;
    this.common = common;
    this.dilemmas = List.copyOf(dilemmas);
    this.concept = concept;
    this.gmcr = gmcr;
  }

  /**
   * Whether {@code state} is stable for {@code party} under {@link #concept}; null when no
   * stability analysis was asked.
   */
  public Boolean stable(int party, int state) {
    return gmcr == null ? null : gmcr.isStable(concept, party, state);
  }

  public GraphModel model() {
    return model;
  }

  public CardTable table() {
    return table;
  }

  /** The threatened future (state index). */
  public int threatened() {
    return threatened;
  }

  /**
   * The readings of {@code party}'s position: the feasible states it matches that the party ranks
   * highest, ascending (a copy); null when the party states no position.
   */
  public int[] readings(int party) {
    return readings[party] == null ? null : readings[party].clone();
  }

  /**
   * The futures both {@code x} and {@code y} propose (readings common to their positions),
   * ascending; empty when they are at a crisis (positions that differ, or a party without one).
   */
  public int[] common(int x, int y) {
    return common[x][y].clone();
  }

  /** Whether {@code x} and {@code y} are at a commitment point: they propose a common future. */
  public boolean atCommitment(int x, int y) {
    return common[x][y].length > 0;
  }

  /** Every dilemma, by party faced, then by the other party, then in {@link DilemmaKind} order. */
  public List<Dilemma> dilemmas() {
    return dilemmas;
  }

  /** The dilemmas {@code party} faces. */
  public List<Dilemma> facedBy(int party) {
    return dilemmas.stream().filter(d -> d.faced() == party).toList();
  }

  /**
   * The futures some party proposes (every reading of every stated position), ascending, each once:
   * the candidates for an agreement.
   */
  public int[] proposed() {
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (int[] r : readings) {
      if (r != null) {
        for (int s : r) {
          out.add(s);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Who would break an agreement on {@code state}: each party's strict unilateral improvements from
   * it (the co-operation condition of docs/semantics.md §5.2 at a hypothetical common position), by
   * party; empty lists for parties that would keep it.
   */
  public List<List<Comparison>> defections(int state) {
    return defections.computeIfAbsent(
        state,
        f -> {
          List<List<Comparison>> out = new java.util.ArrayList<>();
          for (int d = 0; d < model.dmCount(); d++) {
            out.add(List.copyOf(Dilemmas.improvements(model, d, f)));
          }
          return List.copyOf(out);
        });
  }

  /** The concept of the stability views beside the dilemmas, or null when none was asked. */
  public Concept concept() {
    return concept;
  }
}
