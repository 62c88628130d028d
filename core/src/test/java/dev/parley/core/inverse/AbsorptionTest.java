package dev.parley.core.inverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The indexed absorption of sanctions and disjuncts against the literal comparison of pairs. */
class AbsorptionTest {
  @Test
  void indexedAbsorptionEqualsComparingEveryPair() {
    Random rnd = new Random(5);
    int absorbedBySingle = 0;
    int absorbedByLarger = 0;
    int kept = 0;
    for (int round = 0; round < 2000; round++) {
      List<Set<Integer>> sets = new ArrayList<>();
      int count = 1 + rnd.nextInt(12);
      for (int k = 0; k < count; k++) {
        Set<Integer> s = new LinkedHashSet<>();
        int size = rnd.nextInt(4);
        for (int j = 0; j < size; j++) {
          s.add(rnd.nextInt(6));
        }
        sets.add(s);
      }
      boolean[] fast = TargetConditions.absorbed(sets);
      boolean[] literal = TargetConditions.absorbedByPairs(sets);
      assertThat(fast).as("sets %s", sets).isEqualTo(literal);
      for (int x = 0; x < sets.size(); x++) {
        if (!literal[x]) {
          kept++;
        } else if (sets.get(x).size() == 1) {
          absorbedBySingle++;
        } else {
          absorbedByLarger++;
        }
      }
    }
    assertThat(kept).isGreaterThan(1000);
    assertThat(absorbedBySingle).isGreaterThan(100);
    assertThat(absorbedByLarger).isGreaterThan(100);
  }
}
