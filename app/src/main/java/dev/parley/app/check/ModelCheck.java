package dev.parley.app.check;

import dev.parley.core.graph.GraphModel;
import dev.parley.io.LoadedModel;
import dev.parley.io.SourceMap;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a sound model for likely modelling mistakes: hints, not errors (docs/model-format.md,
 * "Checking a model"). Five rules, each deterministic:
 *
 * <ol>
 *   <li>{@link Finding.Kind#CONDITIONAL_ORDER}: {@code L IF C} about one's own option ranked above
 *       {@code -L}, or above a plain literal of {@code C};
 *   <li>{@link Finding.Kind#NEVER_BITES}: a statement whose truth never changes along the party's
 *       own moves;
 *   <li>{@link Finding.Kind#SURPRISING_ORDER}: states ordered against a plain statement, because a
 *       higher statement decides (at most three pairs per statement);
 *   <li>{@link Finding.Kind#NEITHER_OPTION}: a party's mutually exclusive options of which none
 *       need hold;
 *   <li>{@link Finding.Kind#QUOTE_WORDS} (a hint): a quote sharing no word with its options.
 * </ol>
 *
 * Findings come grouped by decision maker in model order (those about the model as a whole last),
 * then by rule, then by statement.
 */
public final class ModelCheck {
  private ModelCheck() {}

  /** The findings for a model read from a file, each with its line. */
  public static List<Finding> check(LoadedModel model) {
    return check(model.graphModel(), model.sourceMap());
  }

  /** The findings for a model (lines unknown, e.g. one imported from GMCR+). */
  public static List<Finding> check(GraphModel model) {
    return check(model, null);
  }

  private static List<Finding> check(GraphModel model, SourceMap sourceMap) {
    Context c = new Context(model, sourceMap);
    ConditionalOrder.run(c);
    NeverBites.run(c);
    SurprisingOrders.run(c);
    NeitherOption.run(c);
    QuoteWords.run(c);
    int last = model.conflict().dmCount();
    return c.out.stream()
        .sorted(
            Comparator.<Finding>comparingInt(f -> f.dm() < 0 ? last : f.dm())
                .thenComparing(Finding::kind)
                .thenComparingInt(Finding::statement))
        .toList();
  }
}
