package dev.parley.report;

import dev.parley.core.attitude.Attitudes;
import dev.parley.core.attitude.DeclaredAttitudes;
import dev.parley.core.attitude.RelationalConcept;
import dev.parley.core.attitude.RelationalEngine;
import dev.parley.core.attitude.RelationalPreference;
import dev.parley.core.attitude.RelationalResult;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * The relational analysis of a run (docs/semantics.md §3.4, §5.3): the attitudes the model declares
 * ({@code declared}; null when it declares none and every decision maker is taken as
 * self-interested) and the relational stability computed under them, in the order asked.
 */
public record RelationalRun(
    DeclaredAttitudes declared, List<RelationalConcept> concepts, RelationalResult result) {
  public RelationalRun {
    concepts = List.copyOf(concepts);
  }

  /** The attitudes used: the declared ones, or self-interested ones. */
  public Attitudes attitudes() {
    return result.attitudes();
  }

  /**
   * The relational concepts a briefing shows: those {@code asked}, in order; none asked, the
   * relational versions of the standard concepts shown when the model declares attitudes (all four
   * when none of Nash, GMR, SMR and SEQ is shown), else none.
   */
  public static List<RelationalConcept> concepts(
      List<RelationalConcept> asked, List<Concept> shown, DeclaredAttitudes declared) {
    if (!asked.isEmpty() || declared == null) {
      return List.copyOf(asked);
    }
    List<RelationalConcept> out = new ArrayList<>();
    for (RelationalConcept c : RelationalConcept.values()) {
      if (shown.contains(c.standard())) {
        out.add(c);
      }
    }
    return out.isEmpty() ? List.of(RelationalConcept.values()) : out;
  }

  /** The standard concepts the comparison needs beside {@code concepts}. */
  public static List<Concept> standards(Collection<RelationalConcept> concepts) {
    return concepts.stream().map(RelationalConcept::standard).toList();
  }

  /** Computes {@code concepts} on {@code model} under the declared attitudes (null: selfish). */
  public static RelationalRun compute(
      GraphModel model, DeclaredAttitudes declared, List<RelationalConcept> concepts) {
    Attitudes a = declared != null ? declared.attitudes() : Attitudes.selfish(model.dmCount());
    RelationalPreference.Reading reading =
        declared != null ? declared.reading() : RelationalPreference.Reading.WEAK;
    RelationalResult r =
        new RelationalEngine().analyze(model, a, reading, EnumSet.copyOf(List.copyOf(concepts)));
    return new RelationalRun(declared, concepts, r);
  }
}
