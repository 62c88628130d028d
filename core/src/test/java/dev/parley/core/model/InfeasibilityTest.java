package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/**
 * Each input convenience removes exactly the states its definition says (docs/semantics.md §1.1).
 * The reference solver shares these formulas with the engine, so they are checked here against
 * plain counting.
 */
class InfeasibilityTest {
  private static final int K = 6;

  private static int takenAmong(long code, List<Integer> options) {
    int n = 0;
    for (int t : options) {
      n += (int) (code >>> t & 1L);
    }
    return n;
  }

  private static void assertRemoves(Infeasibility rule, LongPredicate expected) {
    for (long code = 0; code < 1L << K; code++) {
      assertThat(rule.infeasibleWhen().test(code))
          .as("%s %s at code %d", rule.kind().key(), rule.options(), code)
          .isEqualTo(expected.test(code));
    }
  }

  @Test
  void everyKindRemovesWhatItSays() {
    Random rnd = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      List<Integer> all = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
      Collections.shuffle(all, rnd);
      List<Integer> opts = List.copyOf(all.subList(0, 1 + rnd.nextInt(4)));
      List<Boolean> values = new ArrayList<>();
      for (int k = 0; k < opts.size(); k++) {
        values.add(rnd.nextBoolean());
      }
      assertRemoves(
          Infeasibility.pattern(opts, values, null),
          code -> {
            for (int k = 0; k < opts.size(); k++) {
              if ((code >>> opts.get(k) & 1L) == 1L != values.get(k)) {
                return false;
              }
            }
            return true;
          });
      assertRemoves(
          Infeasibility.mutuallyExclusive(opts, null), code -> takenAmong(code, opts) >= 2);
      assertRemoves(Infeasibility.atLeastOne(opts, null), code -> takenAmong(code, opts) == 0);
      assertRemoves(Infeasibility.exactlyOne(opts, null), code -> takenAmong(code, opts) != 1);
      int a = all.get(4);
      int b = all.get(5);
      assertRemoves(
          Infeasibility.requires(a, b, null),
          code -> (code >>> a & 1L) == 1L && (code >>> b & 1L) == 0L);
      // a needs every other listed option: it is removed where a is taken and one of them is not
      List<Integer> needs = opts.size() >= 2 ? opts : List.of(a, b);
      int head = needs.get(0);
      assertRemoves(
          Infeasibility.requires(needs, null),
          code ->
              (code >>> head & 1L) == 1L
                  && needs.subList(1, needs.size()).stream()
                      .anyMatch(t -> (code >>> t & 1L) == 0L));
    }
  }

  @Test
  void kindsAndOptionsAreKeptForDisplay() {
    Infeasibility r = Infeasibility.requires(2, 0, null);
    assertThat(r.kind()).isEqualTo(Infeasibility.Kind.REQUIRES);
    assertThat(r.options()).containsExactly(2, 0);
    assertThat(r.provenance()).isEqualTo(Provenance.NONE);
    Infeasibility f =
        Infeasibility.formula(
            Infeasibility.requires(4, 1, null).infeasibleWhen(), new Provenance("s", null, null));
    assertThat(f.kind().key()).isEqualTo("when");
    assertThat(f.options()).containsExactly(1, 4);
  }
}
