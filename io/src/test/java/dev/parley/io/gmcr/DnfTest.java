package dev.parley.io.gmcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.StatePattern;
import dev.parley.core.statement.Formula;
import dev.parley.core.statement.StatementParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DnfTest {
  private static final List<String> IDS = List.of("a", "b", "c", "d", "e", "f");

  private static List<String> ynd(String formula) {
    List<String> out = new ArrayList<>();
    for (StatePattern p : Dnf.cover(StatementParser.parse(formula, IDS::indexOf))) {
      out.add(p.toYnd(6));
    }
    return out;
  }

  @Test
  void conjunctionGivesItsPattern() {
    assertThat(ynd("a & -c & f")).containsExactly("Y-N--Y");
    assertThat(ynd("-b")).containsExactly("-N----");
  }

  @Test
  void disjunctionKeepsItsOrder() {
    assertThat(ynd("b & c | -b & -c | a")).containsExactly("-YY---", "-NN---", "Y-----");
  }

  @Test
  void atMostOneGivesThePairs() {
    assertThat(ynd("a & (b | c) | b & c")).containsExactlyInAnyOrder("YY----", "Y-Y---", "-YY---");
    assertThat(ynd("a & b | a & c | b & c"))
        .containsExactlyInAnyOrder("YY----", "Y-Y---", "-YY---");
  }

  @Test
  void implicationAndEquivalence() {
    assertThat(ynd("a IF b")).containsExactlyInAnyOrder("-N----", "Y-----");
    assertThat(ynd("a IFF b")).containsExactlyInAnyOrder("NN----", "YY----");
  }

  @Test
  void constants() {
    assertThat(ynd("a & -a")).isEmpty();
    assertThat(ynd("true")).containsExactly("------");
    assertThat(ynd("false")).isEmpty();
    // a formula already in DNF is kept as written, in its order
    assertThat(ynd("a | -a")).containsExactly("Y-----", "N-----");
    assertThat(ynd("a & -a | b | b")).containsExactly("-Y----");
    // otherwise the prime cover is computed
    assertThat(ynd("-(-a & -a)")).containsExactly("Y-----");
    assertThat(ynd("a IF a")).containsExactly("------");
  }

  @Test
  void coverIsExactOnRandomFormulas() {
    Random rnd = new Random(42);
    for (int round = 0; round < 300; round++) {
      Formula f = random(rnd, 4);
      List<StatePattern> cubes = Dnf.cover(f);
      for (long code = 0; code < 64; code++) {
        boolean covered = false;
        for (StatePattern p : cubes) {
          covered |= p.matches(code);
        }
        assertThat(covered).as("%s at %s", f, code).isEqualTo(f.test(code));
      }
      // irredundant: no cube is covered by the others
      for (StatePattern p : cubes) {
        assertThat(p.mask() & ~f.support()).isZero();
      }
    }
  }

  @Test
  void tooManyOptions() {
    List<Formula> lits = new ArrayList<>();
    for (int t = 0; t < 25; t++) {
      lits.add(new Formula.Taken(t));
    }
    assertThatThrownBy(() -> Dnf.cover(new Formula.Not(new Formula.And(lits))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("25 options");
  }

  private static Formula random(Random rnd, int depth) {
    int k = depth == 0 ? 0 : rnd.nextInt(6);
    switch (k) {
      case 1:
        return new Formula.Not(random(rnd, depth - 1));
      case 2:
        return new Formula.And(List.of(random(rnd, depth - 1), random(rnd, depth - 1)));
      case 3:
        return new Formula.Or(List.of(random(rnd, depth - 1), random(rnd, depth - 1)));
      case 4:
        return new Formula.If(random(rnd, depth - 1), random(rnd, depth - 1));
      case 5:
        return new Formula.Iff(random(rnd, depth - 1), random(rnd, depth - 1));
      default:
        return new Formula.Taken(rnd.nextInt(6));
    }
  }
}
