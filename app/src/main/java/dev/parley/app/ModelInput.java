package dev.parley.app;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.preference.PreferenceResolver;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelFiles;
import dev.parley.io.ModelLoadException;
import dev.parley.io.ModelReader;
import dev.parley.io.StateRefException;
import dev.parley.io.StateRefs;
import dev.parley.io.gmcr.GmcrFormatException;
import dev.parley.io.gmcr.GmcrImport;
import dev.parley.io.gmcr.GmcrReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A model as every use case takes it: the conflict, its graph model, the file's SHA-256 and
 * warnings, and the loaded model with its source map (null for a GMCR+ file). Read from a file (the
 * command line) or from the text of a workspace file (the REST API), always through the {@link
 * MemoryGuard}. Its helpers resolve the names a request gives (states, decision makers, packages)
 * with one message each; {@code label} is how the front end calls the field ({@code --from}, {@code
 * from}).
 */
public final class ModelInput {
  public final Path path;
  public final Conflict conflict;
  public final GraphModel model;
  public final String sha256;
  public final List<String> warnings;
  private final LoadedModel loaded;
  private final GmcrImport gmcr;
  private final String name;

  private ModelInput(
      String name,
      Path path,
      Conflict conflict,
      GraphModel model,
      String sha256,
      List<String> warnings,
      LoadedModel loaded,
      GmcrImport gmcr) {
    this.name = name;
    this.path = path;
    this.conflict = conflict;
    this.model = model;
    this.sha256 = sha256;
    this.warnings = warnings;
    this.loaded = loaded;
    this.gmcr = gmcr;
  }

  /**
   * A model the REST API has read from a workspace file's text, with the memory guard ({@code name}
   * as the workspace names it).
   */
  public static ModelInput of(LoadedModel lm, String name, String sha256) {
    return new ModelInput(
        name, Path.of(name), lm.conflict(), lm.graphModel(), sha256, List.of(), lm, null);
  }

  /**
   * A GMCR+ save the REST API has read from the workspace ({@code name} as the workspace names it),
   * with the memory guard.
   *
   * @throws GmcrFormatException when it is not a GMCR+ JSON save, with the place in the file
   * @throws BadRequest when its states or preferences cannot be resolved
   * @throws TooLarge when the heap cannot hold the model
   */
  public static ModelInput readGmcr(byte[] bytes, String name) {
    Path path = Path.of(name);
    try {
      return gmcr(bytes, name, path, false);
    } catch (ModelException e) {
      throw problems(e, path);
    }
  }

  /** A GMCR+ save, its warnings as "file: warning: ..." lines. */
  private static ModelInput gmcr(byte[] bytes, String name, Path path, boolean analyse) {
    GmcrImport imp = GmcrReader.read(bytes, name);
    List<String> warnings = new ArrayList<>();
    imp.warnings().forEach(w -> warnings.add(path + ": warning: " + w));
    MemoryGuard.check(optionsPerDm(imp.conflict()), analyse);
    GraphModel model = GraphModel.of(imp.conflict());
    return new ModelInput(
        name, path, imp.conflict(), model, sha256(bytes), List.copyOf(warnings), null, imp);
  }

  /** The model's name in messages: its file as given, or its name in the workspace. */
  public String name() {
    return name;
  }

  /** The model as read from a YAML or JSON file, with its source map; null for a .gmcr file. */
  public LoadedModel loaded() {
    return loaded;
  }

  /**
   * The model as read from a GMCR+ file, with its coalitions and what the import changed; null for
   * a YAML or JSON file.
   */
  public GmcrImport gmcr() {
    return gmcr;
  }

  /** The card table ({@code drama:}, docs/semantics.md §5.2), or null: none (GMCR+ has none). */
  public dev.parley.core.drama.CardTable drama() {
    return loaded != null ? loaded.drama() : null;
  }

  /** The probabilistic preferences (docs/semantics.md §5.5), or null: none (GMCR+ has none). */
  public dev.parley.core.probability.ProbabilitySpec probabilities() {
    return loaded != null ? loaded.probabilities() : null;
  }

  /**
   * The attitudes the model declares ({@code attitudes:}, docs/semantics.md §3.4), or null: none
   * (GMCR+ files have none).
   */
  public dev.parley.core.attitude.DeclaredAttitudes attitudes() {
    return loaded != null ? loaded.attitudes() : null;
  }

  /**
   * The strength of preference ({@code greatly:}, {@code greatGap:}; docs/semantics.md §5.4), or
   * null: none (GMCR+ has none).
   */
  public dev.parley.core.strength.StrengthSpec strength() {
    return loaded != null ? loaded.strength() : null;
  }

  /**
   * What the decision makers perceive differently (docs/semantics.md §6): a model file's {@code
   * perceives:}, or a GMCR+ file's misperceptions; empty when nobody does.
   */
  public List<dev.parley.core.hypergame.Perception> perceptions() {
    return loaded != null ? loaded.perceptions() : gmcr != null ? gmcr.perceptions() : List.of();
  }

  /** Whether {@code p} is named as a GMCR+ file ({@code .gmcr}). */
  public static boolean isGmcr(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".gmcr");
  }

  /**
   * Whether a file holds a GMCR+ save: named {@code .gmcr}, or with no known extension and a GMCR+
   * content (a pickle, or JSON with GMCR+'s own keys).
   */
  public static boolean isGmcr(Path p, byte[] bytes) {
    if (isGmcr(p)) {
      return true;
    }
    Path name = p.getFileName();
    if (name != null && dev.parley.io.Format.byName(name.toString()) != null) {
      return false;
    }
    if (GmcrReader.isPickle(bytes)) {
      return true;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
    return dev.parley.io.Format.sniff(head) == dev.parley.io.Format.JSON
        && GMCR_KEYS.matcher(head).find();
  }

  /** Keys a GMCR+ save has and a Parley model never has. */
  private static final Pattern GMCR_KEYS =
      Pattern.compile(
          "\"(program|useManualPreferenceRanking|permittedDirection|infeasibles)\"\\s*:");

  /** Reads and checks a model; every problem becomes a {@link BadRequest}. */
  public static ModelInput load(Path path) {
    return load(path, false);
  }

  /**
   * Reads and checks a model, first making sure the heap can hold it ({@link MemoryEstimate}; with
   * {@code analyse}, also its analysis; {@link TooLarge} when it cannot). The file is read once,
   * within the {@link dev.parley.io.ReadLimits}: only a regular file of at most 8 MiB, UTF-8 text;
   * YAML or JSON by its extension, or by its content when the extension is none of .yaml, .yml,
   * .json, .gmcr.
   */
  public static ModelInput load(Path path, boolean analyse) {
    String name = path.toString();
    try {
      byte[] bytes = ModelFiles.read(path);
      if (isGmcr(path, bytes)) {
        return gmcr(bytes, name, path, analyse);
      }
      String hash = sha256(bytes);
      String text = ModelFiles.decode(bytes, name);
      dev.parley.io.Format format = dev.parley.io.Format.of(path, text);
      LoadedModel lm =
          ModelReader.read(text, name, format, shape -> MemoryGuard.check(shape, analyse));
      GraphModel model = lm.graphModel();
      return new ModelInput(name, path, lm.conflict(), model, hash, List.of(), lm, null);
    } catch (ModelLoadException e) {
      throw userError(e, path);
    } catch (GmcrFormatException e) {
      throw new BadRequest(e.getMessage());
    } catch (ModelException e) {
      throw problems(e, path);
    }
  }

  /** The problems of a model that does not build, one line each, then a summary. */
  private static BadRequest problems(ModelException e, Path path) {
    List<String> lines = new ArrayList<>();
    e.problems().forEach(p -> lines.add(path + ": " + p));
    lines.add(summary(e.problems().size(), path));
    return new BadRequest(lines);
  }

  /**
   * The lines of a load failure: each diagnostic, then a summary, except for a problem with the
   * file as a whole (missing, unreadable, too large), which says everything in one line.
   */
  public static BadRequest userError(ModelLoadException e, Path path) {
    List<String> lines = new ArrayList<>();
    e.diagnostics().forEach(d -> lines.add(d.toString()));
    if (e.diagnostics().size() > 1 || e.diagnostics().get(0).line() > 0) {
      lines.add(summary(e.diagnostics().size(), path));
    }
    return new BadRequest(lines);
  }

  /**
   * The same model with commitment packages added by the request ({@code --package sign,withdraw}):
   * each value names options taken together in one joint move; {@code label} is how the front end
   * calls the field ({@code --package}), in messages and in the packages' provenance.
   */
  public ModelInput withPackages(List<String> specs, String label) {
    if (specs == null || specs.isEmpty()) {
      return this;
    }
    if (conflict.isGraphForm()) {
      throw new BadRequest(
          label
              + ": a package joins options, and "
              + name
              + " is in graph form (states and moves, no options); list the joint move under each"
              + " owner's 'moves:' instead");
    }
    Conflict.Builder b = conflict.toBuilder();
    for (String spec : specs) {
      boolean imposed = spec.strip().startsWith("imposed:");
      String list = imposed ? spec.strip().substring("imposed:".length()) : spec;
      List<Integer> options = new ArrayList<>();
      for (String id : list.split(",")) {
        String t = id.strip();
        int k = conflict.optionIndex(t);
        if (k < 0) {
          List<String> ids = new ArrayList<>();
          conflict.options().forEach(o -> ids.add(o.id()));
          throw new BadRequest(
              label
                  + " "
                  + spec
                  + ": unknown option '"
                  + t
                  + "'; the options are: "
                  + String.join(", ", ids));
        }
        options.add(k);
      }
      b.optionPackage(
          new OptionPackage(options, new Provenance(null, null, label + " " + spec), imposed));
    }
    try {
      Conflict c = b.build();
      return new ModelInput(name, path, c, model.withConflict(c), sha256, warnings, loaded, gmcr);
    } catch (ModelException e) {
      List<String> lines = new ArrayList<>();
      e.problems()
          .forEach(
              p ->
                  lines.add(
                      label
                          + ": "
                          + p.message()
                          + (p.hint() == null ? "" : " (" + p.hint() + ")")));
      throw new BadRequest(lines);
    }
  }

  /** The state a request names (a reference), or the model's status quo (-1: none). */
  public int startState(String ref) {
    if (ref != null) {
      return state(ref);
    }
    if (conflict.statusQuo() == null) {
      return -1;
    }
    int[] match = model.space().matching(conflict.statusQuo());
    return match.length == 1 ? match[0] : -1;
  }

  /** Options per decision maker of a conflict: the shape the memory guard judges. */
  static int[] optionsPerDm(Conflict conflict) {
    int[] out = new int[conflict.dmCount()];
    for (int d = 0; d < out.length; d++) {
      out[d] = conflict.decisionMakers().get(d).options().size();
    }
    return out;
  }

  private static String summary(int n, Path path) {
    return n + (n == 1 ? " problem" : " problems") + " in " + path + "; nothing was analysed.";
  }

  /** The state a reference names: a number, a named state, a Y/N/- text. */
  public int state(String ref) {
    if (loaded != null) {
      try {
        return StateRefs.resolve(ref, loaded);
      } catch (StateRefException e) {
        throw new BadRequest(
            "'" + ref + "': " + e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
      }
    }
    try {
      int n = Integer.parseInt(ref.trim());
      if (n >= 1 && n <= model.stateCount()) {
        return n - 1;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new BadRequest(
        "'" + ref + "' is not a state: give a state number from 1 to " + model.stateCount());
  }

  /** Index of a decision maker given by id or name (case-insensitive), or a BadRequest. */
  public int dm(String ref) {
    List<String> ids = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      var dm = conflict.decisionMakers().get(d);
      if (dm.id().equalsIgnoreCase(ref) || dm.name().equalsIgnoreCase(ref)) {
        return d;
      }
      ids.add(dm.id());
    }
    throw new BadRequest(
        "unknown decision maker '" + ref + "'; the model has: " + String.join(", ", ids));
  }

  /**
   * The truth of each of decision maker {@code dm}'s prioritized statements in each state, most
   * important first ({@code [k][s]}); none when its preferences are not statements.
   */
  public boolean[][] statementTruth(int dm) {
    return conflict.preferences().get(dm) instanceof PreferenceSpec.Prioritization p
        ? PreferenceResolver.truthTable(p, model.space())
        : new boolean[0][];
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
