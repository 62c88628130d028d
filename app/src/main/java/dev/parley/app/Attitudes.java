package dev.parley.app;

import dev.parley.core.attitude.RelationalConcept;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.report.RelationalReport;
import dev.parley.report.RelationalRun;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The relational analysis of a model under its attitudes (docs/semantics.md §3.4, §5.3; the REST
 * API's {@code attitudes} route, the workbench's attitudes view): the relational equilibria of each
 * concept asked, beside those of its standard concept. A model without {@code attitudes:} is
 * analysed with self-interested attitudes, and the result says so.
 */
public final class Attitudes {
  private Attitudes() {}

  /**
   * What to analyse.
   *
   * @param concepts the relational concepts, in order; none: all four
   */
  public record Request(List<RelationalConcept> concepts) {
    public Request {
      concepts =
          concepts == null || concepts.isEmpty()
              ? List.of(RelationalConcept.values())
              : List.copyOf(concepts);
    }

    /**
     * The request for concept names as the front ends take them ({@code rseq}, or the standard
     * {@code seq} for its relational version); none: all four.
     *
     * @throws BadRequest naming {@code field} for an unknown name
     */
    public static Request parse(List<String> names, String field) {
      List<RelationalConcept> out = new ArrayList<>();
      for (String raw : names == null ? List.<String>of() : names) {
        String t = raw == null ? "" : raw.trim();
        RelationalConcept c = RelationalConcept.parse(t);
        if (c == null) {
          c = RelationalConcept.parse("r" + t);
        }
        if (c == null) {
          throw new BadRequest(
              field, "unknown relational concept '" + t + "': use rnash, rgmr, rsmr or rseq");
        }
        if (!out.contains(c)) {
          out.add(c);
        }
      }
      return new Request(out);
    }
  }

  /** The analysis and its report. */
  public record Result(RelationalRun run, StabilityResult standard, RelationalReport report) {}

  /**
   * Runs the analysis.
   *
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static Result run(ModelInput in, Request req, Progress progress) {
    StabilityResult standard =
        new StabilityEngine(progress)
            .analyze(in.model, EnumSet.copyOf(RelationalRun.standards(req.concepts())));
    progress.check();
    RelationalRun run = RelationalRun.compute(in.model, in.attitudes(), req.concepts());
    return new Result(run, standard, new RelationalReport(in.model, run, standard, in.name()));
  }
}
