package dev.parley.core.attitude;

import dev.parley.core.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * The attitudes a model file declares (docs/semantics.md §3.4, §5.3; docs/model-format.md,
 * "Attitudes"): the entries written, each with where it comes from, and the reading of the
 * relational preference. Every entry not written is self-interested: +1 towards oneself, 0 towards
 * the others.
 *
 * @param dmCount the number of decision makers
 * @param reading the reading of the relational preference (weak by default)
 * @param entries the entries written, in file order, each pair at most once
 */
public record DeclaredAttitudes(
    int dmCount, RelationalPreference.Reading reading, List<Entry> entries) {

  /**
   * One declared attitude: {@code holder}'s attitude towards {@code toward}, +1, 0 or -1.
   *
   * @param provenance where it comes from ({@link Provenance#NONE}: not given)
   */
  public record Entry(int holder, int toward, int attitude, Provenance provenance) {
    public Entry {
      if (attitude < -1 || attitude > 1) {
        throw new IllegalArgumentException("an attitude is +1, 0 or -1, not " + attitude);
      }
      provenance = provenance == null ? Provenance.NONE : provenance;
    }
  }

  /** Checks the entries against the decision makers and copies them. */
  public DeclaredAttitudes {
    reading = reading == null ? RelationalPreference.Reading.WEAK : reading;
    entries = List.copyOf(entries);
    List<Long> seen = new ArrayList<>();
    for (Entry e : entries) {
      if (e.holder() < 0 || e.holder() >= dmCount || e.toward() < 0 || e.toward() >= dmCount) {
        throw new IllegalArgumentException("an attitude between unknown decision makers: " + e);
      }
      long key = (long) e.holder() * dmCount + e.toward();
      if (seen.contains(key)) {
        throw new IllegalArgumentException("the same attitude twice: " + e);
      }
      seen.add(key);
    }
  }

  /** The full matrix: the entries written, self-interested everywhere else. */
  public Attitudes attitudes() {
    int[][] e = Attitudes.selfish(dmCount).matrix();
    for (Entry x : entries) {
      e[x.holder()][x.toward()] = x.attitude();
    }
    return new Attitudes(e);
  }

  /** The entry written for {@code holder} towards {@code toward}, or null: the default. */
  public Entry entry(int holder, int toward) {
    for (Entry e : entries) {
      if (e.holder() == holder && e.toward() == toward) {
        return e;
      }
    }
    return null;
  }
}
