package dev.parley.cli;

import dev.parley.app.Analyse;
import dev.parley.app.MemoryEstimate;
import dev.parley.app.MemoryGuard;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.synthetic.SyntheticModels;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measure how the analysis scales. For each size: generate a synthetic model",
      "(as 'parley generate' does), prepare it, and time each concept separately",
      "with the engine: wall clock, best of R runs, after one untimed warm-up run",
      "on models of up to 200,000 states. A row per size is printed as it",
      "finishes: options, decision makers, feasible states, seconds to prepare",
      "the model and per concept ('all' = the six standard concepts in one",
      "analysis), the peak heap in use (garbage included) and the memory estimate",
      "that guards 'parley analyze'. With --task, other work is timed instead:",
      "every coalition, a preference sweep, or writing the JSON result.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley bench",
      "  parley bench --options 10..20 --repeat 1",
      "  parley bench --options 14,17,20 --concepts nash,gmr,seq,all -f markdown",
      "  JAVA_OPTS=-Xmx8g parley bench --options 24 --concepts nash+gmr+smr+seq --repeat 1",
      "  parley bench --task coalitions --options 12..16",
      "  parley bench --task sweep --options 12,14 --repeat 1",
      "  parley bench --task json --options 17,20 --repeat 1",
      "  parley bench --options 12,14 --concepts robustness-local,inverse,goals --repeat 1",
      "",
      "Timings are for the engine on this machine. docs/performance.md has the",
      "reference table and the JMH benchmarks (bench/target/benchmarks.jar)."
    })
final class BenchCommand implements Callable<Integer> {
  /** Models up to this many states get an untimed warm-up run, so the JIT has compiled the code. */
  static final long WARMUP_STATES = 200_000;

  /** A concept stops being repeated once its runs at one size have taken this long. */
  static final double REPEAT_BUDGET_SECONDS = 20;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand Main main;

  @CommandLine.Mixin DmsOption dmsOption;

  @Option(
      names = "--options",
      paramLabel = "FROM..TO",
      description =
          "Model sizes in options: a range FROM..TO, single sizes, or a list (10..14,17,20);"
              + " default: ${DEFAULT-VALUE}",
      defaultValue = "10..16")
  String sizes;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed of the generated models (default: ${DEFAULT-VALUE})",
      defaultValue = "1")
  long seed;

  @Option(
      names = "--infeasible",
      paramLabel = "F",
      description = "Infeasible share, as for 'parley generate' (default: by size)")
  Double infeasible;

  @Option(
      names = {"-c", "--concepts", "--concept"},
      split = ",",
      paramLabel = "C",
      description =
          "Columns to time: nash, gmr, smr, seq, sim, seqsim, all (the six in one analysis), or"
              + " concepts joined by + analysed in one call (e.g. nash+gmr+smr+seq), or a"
              + " mediator's question as its command asks it: robustness, robustness-local,"
              + " inverse, goals (docs/performance.md); default: the six and all")
  List<String> conceptNames = new ArrayList<>();

  @Option(
      names = "--task",
      paramLabel = "TASK",
      description =
          "What to time: stability (default: the concepts of --concepts), coalitions (every"
              + " coalition, as parley coalitions), sweep ("
              + BenchTask.SWEEP_SAMPLES
              + " samples of a preference sweep) or json (the analysis, then its compact and"
              + " --pretty JSON document)")
  BenchTask task = BenchTask.stability;

  @Option(
      names = "--repeat",
      paramLabel = "R",
      description =
          "Runs per concept and size; the best is reported (default: ${DEFAULT-VALUE}; fewer when"
              + " runs are long)",
      defaultValue = "3")
  int repeat;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), markdown or csv")
  ScalingTable.Style format = ScalingTable.Style.text;

  /** A timed column: a label and the concepts analysed together. */
  private record Column(String label, Set<Concept> concepts) {}

  @Override
  public Integer call() {
    Cancellation cancellation = main == null ? new Cancellation() : main.cancellation;
    if (repeat < 1) {
      throw new UserError("parley bench: --repeat must be at least 1");
    }
    List<Integer> optionSizes = parseSizes(sizes);
    if (task != BenchTask.stability && !conceptNames.isEmpty()) {
      throw new UserError(
          "parley bench: --concepts chooses the columns of --task stability; --task "
              + task
              + " has its own ("
              + String.join(", ", task.columns())
              + ")");
    }
    List<Column> columns = task == BenchTask.stability ? columns() : taskColumns();
    List<SyntheticModels.Spec> specs = new ArrayList<>();
    for (int k : optionSizes) {
      try {
        specs.add(
            infeasible == null
                ? SyntheticModels.Spec.of(dmsOption.dms, k, seed)
                : new SyntheticModels.Spec(dmsOption.dms, k, seed, infeasible));
      } catch (IllegalArgumentException e) {
        throw new UserError("parley bench: " + e.getMessage());
      }
    }
    long maxHeap = Runtime.getRuntime().maxMemory();
    for (SyntheticModels.Spec s : specs) {
      MemoryEstimate estimate = MemoryEstimate.of(optionsPerDm(s), true);
      if (!estimate.fits(maxHeap) && MemoryGuard.enabled()) {
        List<String> lines = new ArrayList<>();
        lines.add(
            "parley bench: at "
                + s.options()
                + " options, "
                + estimate.advice(maxHeap, "./parley bench ..."));
        int first = optionSizes.get(0);
        if (s.options() > first) {
          lines.add(
              "or measure the sizes that fit: --options "
                  + (s.options() - 1 == first ? first : first + ".." + (s.options() - 1)));
        }
        throw new UserError(lines);
      }
    }

    PrintWriter out = spec.commandLine().getOut();
    out.println(
        String.format(
            Locale.ROOT, format == ScalingTable.Style.csv ? "# %s" : "%s", environment(maxHeap)));
    if (format == ScalingTable.Style.markdown) {
      out.println();
    }
    List<String> labels = new ArrayList<>();
    labels.add("prepare");
    columns.forEach(c -> labels.add(c.label()));
    ScalingTable table = new ScalingTable(format, labels, out);
    table.header();
    for (SyntheticModels.Spec s : specs) {
      cancellation.check();
      table.row(measure(s, columns, cancellation, maxHeap));
    }
    return ExitCodes.OK;
  }

  private ScalingTable.Row measure(
      SyntheticModels.Spec s, List<Column> columns, Cancellation cancellation, long maxHeap) {
    List<MemoryPoolMXBean> heap = heapPools();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);

    SyntheticModels.SyntheticModel generated = SyntheticModels.generate(s);
    boolean warmUp = generated.feasibleStates() <= WARMUP_STATES;
    if (warmUp) {
      GraphModel.of(generated.conflict());
    }
    long t0 = System.nanoTime();
    GraphModel model = GraphModel.of(generated.conflict());
    double[] seconds = new double[columns.size() + 1];
    seconds[0] = (System.nanoTime() - t0) / 1e9;
    cancellation.check();

    BenchTask.Session session = task == BenchTask.stability ? null : task.open(model);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      String label = String.format(Locale.ROOT, "%d options, %s", s.options(), column.label());
      int index = c;
      java.util.function.DoubleSupplier once =
          session == null
              ? () -> analyse(model, column, cancellation, label)
              : () -> {
                cancellation.check();
                long t = System.nanoTime();
                session.run(index);
                return (System.nanoTime() - t) / 1e9;
              };
      if (warmUp) {
        once.getAsDouble();
      }
      double best = Double.POSITIVE_INFINITY;
      double spent = 0;
      for (int r = 0; r < repeat && (r == 0 || spent < REPEAT_BUDGET_SECONDS); r++) {
        double t = once.getAsDouble();
        best = Math.min(best, t);
        spent += t;
      }
      seconds[c + 1] = best;
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : heap) {
      peak += pool.getPeakUsage().getUsed();
    }
    return new ScalingTable.Row(
        s.options(),
        s.dms(),
        model.stateCount(),
        seconds,
        peak,
        MemoryEstimate.of(optionsPerDm(s), true).bytes(),
        maxHeap);
  }

  /** One analysis, in seconds of wall clock. */
  private static double analyse(
      GraphModel model, Column column, Cancellation cancellation, String task) {
    Progress progress = ProgressDisplay.open(cancellation, task, model.stateCount());
    try {
      long t = System.nanoTime();
      var mediator = MediatorBenchTasks.TASKS.get(column.label());
      if (mediator != null) {
        mediator.accept(model, progress);
      } else {
        Analyse.stability(model, column.concepts(), progress);
      }
      return (System.nanoTime() - t) / 1e9;
    } finally {
      ProgressDisplay.close(progress);
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> pools = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.isValid()) {
        pools.add(p);
      }
    }
    return pools;
  }

  private static String environment(long maxHeap) {
    return String.format(
        Locale.ROOT,
        "parley bench: Java %s (%s), %d processors, max heap %s",
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors(),
        MemoryEstimate.size(maxHeap));
  }

  /** Options per decision maker of a generated model: spread evenly, in decision-maker order. */
  static int[] optionsPerDm(SyntheticModels.Spec s) {
    int[] out = new int[s.dms()];
    for (int d = 0; d < out.length; d++) {
      out[d] = s.options() / s.dms() + (d < s.options() % s.dms() ? 1 : 0);
    }
    return out;
  }

  /** The columns of a task other than stability. */
  private List<Column> taskColumns() {
    List<Column> out = new ArrayList<>();
    task.columns().forEach(label -> out.add(new Column(label, EnumSet.noneOf(Concept.class))));
    return out;
  }

  private List<Column> columns() {
    List<String> names =
        conceptNames.isEmpty()
            ? List.of("nash", "gmr", "smr", "seq", "sim", "seqsim", "all")
            : conceptNames;
    List<Column> out = new ArrayList<>();
    ConceptConverter conv = new ConceptConverter();
    for (String name : names) {
      Column c;
      if (name.trim().equalsIgnoreCase("all")) {
        c = new Column("all", EnumSet.allOf(Concept.class));
      } else if (MediatorBenchTasks.TASKS.containsKey(name.trim().toLowerCase(Locale.ROOT))) {
        c = new Column(name.trim().toLowerCase(Locale.ROOT), EnumSet.noneOf(Concept.class));
      } else {
        c = together(conv, name);
      }
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** One concept, or several joined by '+' (e.g. nash+gmr+smr+seq) analysed in one call. */
  private static Column together(ConceptConverter conv, String name) {
    try {
      Concept concept = conv.convert(name);
      return new Column(concept.label(), EnumSet.of(concept));
    } catch (CommandLine.TypeConversionException single) {
      if (!name.contains("+")) {
        throw new UserError("parley bench: " + single.getMessage() + ", or all");
      }
    }
    Set<Concept> set = EnumSet.noneOf(Concept.class);
    for (String part : name.split("\\+")) {
      try {
        set.add(conv.convert(part.trim()));
      } catch (CommandLine.TypeConversionException e) {
        throw new UserError("parley bench: " + e.getMessage() + " in '" + name + "'");
      }
    }
    StringBuilder label = new StringBuilder();
    for (Concept concept : set) {
      label.append(label.length() == 0 ? "" : "+").append(concept.label());
    }
    return new Column(label.toString(), set);
  }

  /** Parses {@code 10..14,17,20} into ascending distinct sizes. */
  static List<Integer> parseSizes(String text) {
    TreeSet<Integer> out = new TreeSet<>();
    for (String part : text.split(",")) {
      String p = part.trim();
      try {
        int dots = p.indexOf("..");
        if (dots >= 0) {
          int from = Integer.parseInt(p.substring(0, dots).trim());
          int to = Integer.parseInt(p.substring(dots + 2).trim());
          if (to < from || to - from > 64) {
            throw new NumberFormatException();
          }
          for (int k = from; k <= to; k++) {
            out.add(k);
          }
        } else {
          out.add(Integer.parseInt(p));
        }
      } catch (NumberFormatException e) {
        throw new UserError(
            "parley bench: --options '"
                + text
                + "': give a range FROM..TO, a size, or a list such as 10..14,17,20");
      }
    }
    return new ArrayList<>(out);
  }
}
