package dev.parley.app;

import dev.parley.core.model.Conflict;
import dev.parley.io.Format;
import dev.parley.io.ModelWriter;
import dev.parley.io.gmcr.GmcrImport;
import dev.parley.io.gmcr.GmcrWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A model written in another format ({@code parley convert}, the workbench's GMCR+ import): any
 * model {@link ModelInput} reads (Parley YAML or JSON, GMCR+ {@code .gmcr}) as Parley YAML, Parley
 * JSON or a GMCR+ save, chosen by the name of the file to write. A GMCR+ save written as YAML
 * starts with comments naming the file it came from and what the import changed; what the new
 * format cannot hold is left out and said in the notes.
 */
public final class Convert {
  private Convert() {}

  /** The formats a model is written in. */
  public enum Target {
    YAML,
    JSON,
    GMCR;

    /**
     * The format a file name implies: {@code .yaml} or {@code .yml}, {@code .json}, {@code .gmcr}.
     *
     * @throws BadRequest for any other name
     */
    public static Target of(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".gmcr")) {
        return GMCR;
      }
      Format f = Format.byName(n);
      if (f == null) {
        throw new BadRequest(
            fileName + ": unknown output format; end the name in .yaml, .yml, .json or .gmcr");
      }
      return f == Format.YAML ? YAML : JSON;
    }
  }

  /**
   * A converted model.
   *
   * @param text the file's text
   * @param target its format
   * @param notes what the conversion left out, one sentence each (the importer's own warnings are
   *     the input's: {@link ModelInput#warnings}, {@link GmcrImport#warnings})
   */
  public record Result(String text, Target target, List<String> notes) {
    public Result {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Writes a model in the format the name {@code output} implies.
   *
   * @throws BadRequest for an unknown output format, and for a model a GMCR+ save cannot hold
   *     (graph form, forbidden or added moves, packages)
   */
  public static Result run(ModelInput in, String output) {
    Target target = Target.of(output);
    Conflict c = in.conflict;
    GmcrImport gmcr = in.gmcr();
    List<String> notes = new ArrayList<>();
    if (target == Target.GMCR) {
      if (c.isGraphForm()) {
        throw new BadRequest(
            output
                + ": GMCR+ files are in option form, and "
                + in.name()
                + " is in graph form (states and moves); write it as .yaml or .json");
      }
      if (c.hasMoveEdits() || !c.packages().isEmpty()) {
        throw new BadRequest(
            output
                + ": GMCR+ files have no place for forbidden or added moves or packages, and "
                + in.name()
                + " has them; write it as .yaml or .json, or remove them first");
      }
      if (!c.sources().isEmpty() || c.statusQuo() != null || !c.namedStates().isEmpty()) {
        notes.add(
            "GMCR+ files have no place for sources, quotes, named states or the status quo; they"
                + " are left out.");
      }
      java.util.Map<Integer, List<dev.parley.core.model.StatePattern>> misperceived =
          new java.util.TreeMap<>();
      for (dev.parley.core.hypergame.Perception p : in.perceptions()) {
        List<dev.parley.core.model.StatePattern> ps = new ArrayList<>(p.hidden());
        for (int t : p.unaware()) {
          ps.add(new dev.parley.core.model.StatePattern(1L << t, 1L << t));
        }
        misperceived.put(p.holder(), ps);
        if (!p.preferences().isEmpty() || !p.indistinct().isEmpty()) {
          notes.add(
              "GMCR+ files have no place for believed preferences or states a decision maker"
                  + " cannot tell apart; what "
                  + c.decisionMakers().get(p.holder()).id()
                  + " perceives is written only as the states it cannot see ('misperceptions').");
        }
      }
      if (in.drama() != null) {
        notes.add(
            "GMCR+ files have no place for positions, the threatened future or doubts ('drama:');"
                + " they are left out.");
      }
      if (in.probabilities() != null) {
        notes.add(
            "GMCR+ files have no place for probabilistic preferences ('probabilities:',"
                + " 'threshold:'); they are left out.");
      }
      if (in.strength() != null) {
        notes.add(
            "GMCR+ files have no place for strength of preference ('greatly:', 'greatGap:');"
                + " it is left out.");
      }
      if (c.hasUnknownPreferences()) {
        notes.add(
            "GMCR+ files have no place for unknown preferences ('unknown:' pairs); they are left"
                + " out.");
      }
      try {
        String text = GmcrWriter.write(c, gmcr == null ? null : gmcr.coalitions(), misperceived);
        return new Result(text, target, notes);
      } catch (IllegalArgumentException e) {
        throw new BadRequest(output + ": " + e.getMessage());
      }
    }
    if (gmcr != null && gmcr.coalitions().stream().anyMatch(b -> b.size() > 1)) {
      notes.add(
          "the file groups decision makers into coalitions "
              + gmcr.coalitions()
              + " (0-based); Parley model files do not hold coalitions: give them to"
              + " 'parley coalitions' or 'parley analyze --coalitions'");
    }
    String model =
        ModelWriter.write(
            c,
            in.perceptions(),
            in.drama(),
            in.attitudes(),
            in.probabilities(),
            in.strength(),
            target == Target.YAML ? Format.YAML : Format.JSON);
    if (gmcr == null || target != Target.YAML) {
      return new Result(model, target, notes); // JSON has no comments
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Imported from the GMCR+ file ").append(oneLine(in.name())).append('\n');
    List<String> changed = new ArrayList<>(gmcr.warnings());
    changed.addAll(notes);
    for (String warning : changed) {
      sb.append("# warning: ").append(oneLine(warning)).append('\n');
    }
    return new Result(sb.append(model).toString(), target, notes);
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }
}
