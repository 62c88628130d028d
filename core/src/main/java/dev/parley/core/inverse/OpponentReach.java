package dev.parley.core.inverse;

import dev.parley.core.graph.GraphModel;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The opponents' legal reach R_{N−i}(s) of every decision maker i from every state s, computed on
 * first use and shared: it depends on the moves only, so the {@link TargetCheck}s of all the
 * targets of one model (one per state in a robustness or sweep run) need each set once, not once
 * per target. Thread-safe; a set computed twice by two threads at once is the same set.
 */
public final class OpponentReach {
  private final GraphModel model;
  private final AtomicReferenceArray<int[]> sets;

  private OpponentReach(GraphModel model) {
    this.model = model;
    this.sets = new AtomicReferenceArray<>(model.dmCount() * model.stateCount());
  }

  /** An empty cache for {@code model}. */
  public static OpponentReach of(GraphModel model) {
    return new OpponentReach(model);
  }

  GraphModel model() {
    return model;
  }

  /** R_{N−i}(s), ascending; computed by {@code check} when not yet known. */
  int[] get(int i, int s, TargetCheck check) {
    int key = s * model.dmCount() + i;
    int[] r = sets.get(key);
    if (r == null) {
      r = check.legalReach(check.opponentsOf(i), s);
      sets.compareAndSet(key, null, r);
    }
    return r;
  }
}
