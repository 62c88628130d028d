package dev.parley.app.check;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.statement.Formula;
import dev.parley.io.SourceMap;
import dev.parley.report.English;
import dev.parley.report.Narrator;
import java.util.ArrayList;
import java.util.List;

/** What every rule of {@link ModelCheck} reads, and how findings name the parts of a model. */
final class Context {
  final GraphModel model;
  final Conflict conflict;
  final Narrator narrator;
  private final SourceMap sourceMap;
  final List<Finding> out = new ArrayList<>();

  Context(GraphModel model, SourceMap sourceMap) {
    this.model = model;
    this.conflict = model.conflict();
    this.narrator = new Narrator(model);
    this.sourceMap = sourceMap;
  }

  /** The statements of {@code dm}, or null when its preferences are a ranking or payoffs. */
  List<PreferenceSpec.Statement> statements(int dm) {
    return conflict.preferences().get(dm) instanceof PreferenceSpec.Prioritization p
        ? p.statements()
        : null;
  }

  /** The decision maker's name inside a sentence: "the United States". */
  String name(int dm) {
    return English.the(conflict.decisionMakers().get(dm).name());
  }

  /** "the United States'", "Russia's". */
  String possessive(int dm) {
    return English.possessive(conflict.decisionMakers().get(dm).name());
  }

  /** "statement 3 ‘withdraw IF sign’". */
  String statement(int dm, int index) {
    return "statement " + (index + 1) + " " + English.quoteShort(statements(dm).get(index).text());
  }

  /** A formula in the statement language, with option ids, quoted: ‘-withdraw IF -sign’. */
  String formula(Formula f) {
    return English.quoteShort(render(f));
  }

  String render(Formula f) {
    return f.render(t -> conflict.options().get(t).id());
  }

  String optionId(int option) {
    return conflict.options().get(option).id();
  }

  String optionName(int option) {
    return conflict.options().get(option).name();
  }

  static String statementPath(int dm, int index) {
    return "decisionMakers[" + dm + "].preferences.statements[" + index + "]";
  }

  /** The path of option {@code option} (global order) under its owner. */
  String optionPath(int option) {
    int owner = conflict.owner(option);
    int k = 0;
    for (int t = 0; t < option; t++) {
      if (conflict.owner(t) == owner) {
        k++;
      }
    }
    return "decisionMakers[" + owner + "].options[" + k + "]";
  }

  /** Adds a finding about decision maker {@code dm} (or the model, -1). */
  void add(Finding.Kind kind, int dm, int statement, String path, String message) {
    String subject =
        dm < 0 ? null : English.capital(English.the(conflict.decisionMakers().get(dm).name()));
    out.add(new Finding(kind, dm, subject, statement, path, line(path), message));
  }

  private int line(String path) {
    if (sourceMap == null || path == null) {
      return 0;
    }
    return sourceMap.exact(path).map(SourceMap.Location::line).orElse(0);
  }
}
