package dev.parley.app;

import dev.parley.core.probability.Probabilities;
import dev.parley.core.probability.ProbabilityEngine;
import dev.parley.core.probability.ProbabilityResult;
import dev.parley.core.probability.ProbabilitySpec;
import dev.parley.core.probability.Thresholds;
import dev.parley.core.stability.Concept;
import dev.parley.report.MarginsReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The verdicts of the probabilistic concepts and the margin of each ({@code parley margins}, the
 * workbench's margins view; docs/semantics.md §5.5): the model's stated probabilities, at the
 * model's thresholds or the ones the request gives.
 */
public final class Margins {
  private Margins() {}

  /**
   * What to analyse.
   *
   * @param thresholds the thresholds as the front end takes them: {@code 0.6} for everyone, {@code
   *     RU=0.4} for one decision maker, or both, comma-separated; null or blank: the model's
   * @param concepts the concept names (null or empty: Nash, GMR, SMR and SEQ)
   */
  public record Request(String thresholds, List<String> concepts) {
    public Request {
      concepts = concepts == null ? List.of() : List.copyOf(concepts);
    }

    /** The model's thresholds, every concept. */
    public static Request standard() {
      return new Request(null, List.of());
    }
  }

  /**
   * Runs the analysis.
   *
   * @throws BadRequest for a threshold that is no number in [0, 1), an unknown decision maker or a
   *     concept without a probabilistic version
   */
  public static MarginsReport run(ModelInput in, Request req) {
    Set<Concept> concepts = concepts(req.concepts());
    ProbabilitySpec spec = in.probabilities();
    ProbabilitySpec used = spec == null ? ProbabilitySpec.none(in.model.dmCount()) : spec;
    Thresholds t = thresholds(in, Thresholds.of(used), req.thresholds());
    Probabilities p = Probabilities.of(in.model, used);
    ProbabilityResult r = new ProbabilityEngine().analyze(in.model, p, t, concepts);
    return new MarginsReport(in.model, spec, p, r, in.name());
  }

  private static Set<Concept> concepts(List<String> names) {
    if (names.isEmpty()) {
      return ProbabilityEngine.CONCEPTS;
    }
    Set<Concept> out = EnumSet.noneOf(Concept.class);
    for (Concept c : Concepts.standard(names, "concept")) {
      if (!ProbabilityEngine.CONCEPTS.contains(c)) {
        throw new BadRequest(
            "concept",
            c.label() + " has no probabilistic version: choose among nash, gmr, smr and seq");
      }
      out.add(c);
    }
    return out;
  }

  /** The model's thresholds with the request's applied, everyone's first. */
  static Thresholds thresholds(ModelInput in, Thresholds model, String text) {
    if (text == null || text.isBlank()) {
      return model;
    }
    Thresholds t = model;
    List<String[]> perDm = new ArrayList<>();
    for (String part : text.split(",")) {
      String item = part.strip();
      int eq = item.indexOf('=');
      if (eq < 0) {
        t = Thresholds.uniform(in.model.dmCount(), value(item));
      } else {
        perDm.add(new String[] {item.substring(0, eq).strip(), item.substring(eq + 1).strip()});
      }
    }
    for (String[] kv : perDm) {
      int d;
      try {
        d = in.dm(kv[0]);
      } catch (BadRequest e) {
        throw new BadRequest("threshold", String.join("; ", e.lines()));
      }
      t = t.with(d, value(kv[1]));
    }
    return t;
  }

  private static double value(String text) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!(v >= 0 && v < 1)) {
      throw new BadRequest(
          "threshold",
          "'"
              + text
              + "' is no threshold: write a number from 0 up to, but not including, 1 (e.g."
              + " 0.6), or DM=number for one decision maker (e.g. RU=0.4)"
              + (text.toLowerCase(Locale.ROOT).endsWith("%") ? "; write 0.6, not 60%" : ""));
    }
    return v;
  }
}
