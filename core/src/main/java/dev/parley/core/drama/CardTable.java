package dev.parley.core.drama;

import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import java.util.List;

/**
 * A model's card table (docs/semantics.md §4.1): the parties' positions (at most one each, in model
 * order of their holders), the threatened future (what happens without agreement) and the doubts.
 *
 * @param positions the stated positions, one per party at most
 * @param threatened the threatened future; it must name exactly one feasible state
 * @param threatenedProvenance where the threatened future comes from
 * @param doubts who does not believe whose stated intention
 */
public record CardTable(
    List<Position> positions,
    StatePattern threatened,
    Provenance threatenedProvenance,
    List<Doubt> doubts) {
  public CardTable {
    positions = List.copyOf(positions);
    doubts = List.copyOf(doubts);
    threatenedProvenance = threatenedProvenance == null ? Provenance.NONE : threatenedProvenance;
    for (int i = 0; i < positions.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (positions.get(i).holder() == positions.get(j).holder()) {
          throw new IllegalArgumentException("two positions for one party");
        }
      }
    }
  }

  /** The position of {@code party}, or null when it states none. */
  public Position position(int party) {
    for (Position p : positions) {
      if (p.holder() == party) {
        return p;
      }
    }
    return null;
  }

  /** The doubt of {@code doubter} about {@code doubted}'s stated intention, or null. */
  public Doubt doubt(int doubter, int doubted, Doubt.About about) {
    for (Doubt d : doubts) {
      if (d.doubter() == doubter && d.doubted() == doubted && d.about() == about) {
        return d;
      }
    }
    return null;
  }
}
