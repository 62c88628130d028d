package dev.parley.core.statement;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A formula of the statement language over options. It is evaluated on a state code, a bit mask in
 * which bit {@code t} is set when option {@code t} (global model order) is taken.
 */
public sealed interface Formula
    permits Formula.Taken,
        Formula.Constant,
        Formula.Not,
        Formula.And,
        Formula.Or,
        Formula.If,
        Formula.Iff {

  boolean test(long code);

  /** Bit mask of the options this formula mentions. */
  long support();

  /** Renders the formula in the statement language with the given option names. */
  String render(IntFunction<String> optionName);

  /** Operator precedence used when rendering: higher binds tighter. */
  int precedence();

  /** Option {@code option} is taken. */
  record Taken(int option) implements Formula {
    public Taken {
      if (option < 0 || option > 62) {
        throw new IllegalArgumentException("option index out of range: " + option);
      }
    }

    @Override
    public boolean test(long code) {
      return (code >>> option & 1L) != 0;
    }

    @Override
    public long support() {
      return 1L << option;
    }

    @Override
    public String render(IntFunction<String> optionName) {
      return optionName.apply(option);
    }

    @Override
    public int precedence() {
      return 5;
    }
  }

  /** {@code true} or {@code false}. */
  record Constant(boolean value) implements Formula {
    @Override
    public boolean test(long code) {
      return value;
    }

    @Override
    public long support() {
      return 0;
    }

    @Override
    public String render(IntFunction<String> optionName) {
      return value ? "true" : "false";
    }

    @Override
    public int precedence() {
      return 5;
    }
  }

  record Not(Formula operand) implements Formula {
    @Override
    public boolean test(long code) {
      return !operand.test(code);
    }

    @Override
    public long support() {
      return operand.support();
    }

    @Override
    public String render(IntFunction<String> optionName) {
      return "-" + wrap(operand, 4, optionName);
    }

    @Override
    public int precedence() {
      return 4;
    }
  }

  record And(List<Formula> operands) implements Formula {
    public And {
      operands = List.copyOf(operands);
    }

    @Override
    public boolean test(long code) {
      for (Formula f : operands) {
        if (!f.test(code)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public long support() {
      long s = 0;
      for (Formula f : operands) {
        s |= f.support();
      }
      return s;
    }

    @Override
    public String render(IntFunction<String> optionName) {
      StringBuilder b = new StringBuilder();
      for (Formula f : operands) {
        if (b.length() > 0) {
          b.append(" & ");
        }
        b.append(wrap(f, 3, optionName));
      }
      return b.toString();
    }

    @Override
    public int precedence() {
      return 3;
    }
  }

  record Or(List<Formula> operands) implements Formula {
    public Or {
      operands = List.copyOf(operands);
    }

    @Override
    public boolean test(long code) {
      for (Formula f : operands) {
        if (f.test(code)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public long support() {
      long s = 0;
      for (Formula f : operands) {
        s |= f.support();
      }
      return s;
    }

    @Override
    public String render(IntFunction<String> optionName) {
      StringBuilder b = new StringBuilder();
      for (Formula f : operands) {
        if (b.length() > 0) {
          b.append(" | ");
        }
        b.append(wrap(f, 2, optionName));
      }
      return b.toString();
    }

    @Override
    public int precedence() {
      return 2;
    }
  }

  /**
   * {@code consequent IF condition}: material implication, true whenever the condition is false.
   */
  record If(Formula consequent, Formula condition) implements Formula {
    @Override
    public boolean test(long code) {
      return !condition.test(code) || consequent.test(code);
    }

    @Override
    public long support() {
      return consequent.support() | condition.support();
    }

    @Override
    public String render(IntFunction<String> optionName) {
      return wrap(consequent, 2, optionName) + " IF " + wrap(condition, 2, optionName);
    }

    @Override
    public int precedence() {
      return 1;
    }
  }

  /** {@code left IFF right}: both true or both false. */
  record Iff(Formula left, Formula right) implements Formula {
    @Override
    public boolean test(long code) {
      return left.test(code) == right.test(code);
    }

    @Override
    public long support() {
      return left.support() | right.support();
    }

    @Override
    public String render(IntFunction<String> optionName) {
      return wrap(left, 2, optionName) + " IFF " + wrap(right, 2, optionName);
    }

    @Override
    public int precedence() {
      return 1;
    }
  }

  private static String wrap(Formula f, int parentPrecedence, IntFunction<String> optionName) {
    String s = f.render(optionName);
    return f.precedence() < parentPrecedence ? "(" + s + ")" : s;
  }

  static Formula taken(int option) {
    return new Taken(option);
  }

  static Formula not(Formula f) {
    return new Not(f);
  }

  /** The conjunction; {@code true} when empty. */
  static Formula and(List<Formula> fs) {
    return fs.isEmpty() ? new Constant(true) : fs.size() == 1 ? fs.get(0) : new And(fs);
  }

  /** The disjunction; {@code false} when empty. */
  static Formula or(List<Formula> fs) {
    return fs.isEmpty() ? new Constant(false) : fs.size() == 1 ? fs.get(0) : new Or(fs);
  }
}
