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

  DramaResult(
      GraphModel model,
      CardTable table,
      int threatened,
      int[][] readings,
      int[][][] common,
      List<Dilemma> dilemmas,
      Concept concept) {
    this.model = model;
    this.table = table;
    this.threatened = threatened;
    this.readings = readings;
    this.common = common;
    this.dilemmas = List.copyOf(dilemmas);
    this.concept = concept;
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

  /** The concept of the stability views beside the dilemmas, or null when none was asked. */
  public Concept concept() {
    return concept;
  }
}
