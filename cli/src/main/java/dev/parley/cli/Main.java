package dev.parley.cli;

import dev.parley.core.Parley;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parley} command. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    description = {
      "Strategic conflict and negotiation analysis with the Graph Model for Conflict Resolution.",
      "",
      "Write a conflict as a model file (YAML or JSON; GMCR+ .gmcr files are read too), then ask",
      "which outcomes are stable, for whom, and why.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley analyze examples/peace-talks-2026.yaml",
      "  parley analyze examples/elmira.yaml --concept nash --concept seq --format markdown",
      "  parley explain examples/peace-talks-2026.yaml deal --concept seq",
      "  parley coalitions examples/elmira.yaml",
      "  parley analyze examples/elmira.yaml --coalitions \"[MoE,Uniroyal],LG\"",
      "  parley evolve examples/elmira.yaml --coalitions MoE+Uniroyal",
      "  parley deadlocks examples/peace-talks-2026.yaml",
      "  parley validate my-model.yaml",
      "  parley check my-model.yaml",
      "  parley ranking examples/peace-talks-2026.yaml UA",
      "  parley dilemmas examples/peace-talks-2026.yaml",
      "  parley timeline examples/peace-talks-2026.yaml",
      "  parley margins examples/chicken-probabilistic.yaml --threshold 0.6",
      "  parley convert old-study.gmcr new-study.yaml",
      "  parley report examples/elmira.yaml --format pdf -o elmira.pdf",
      "  parley serve --workspace examples",
      "  parley inverse examples/peace-talks-2026.yaml --target deal --concept seq --vary RU",
      "  parley robustness examples/peace-talks-2026.yaml",
      "  parley generate --dms 4 --options 14 --seed 1 --output synthetic.yaml",
      "  parley bench --options 10..16",
      "",
      "Exit codes: 0 success, 1 analysis failure, 2 bad usage or bad input, 130 cancelled (Ctrl-C).",
      "Documentation: docs/cli.md, docs/model-format.md, docs/concepts.md, docs/evolution.md,",
      "docs/coalitions.md, docs/mediator.md, docs/workbench.md."
    },
    // subcommands are added by commandLine(), only the one a run names (see SUBCOMMANDS)
    subcommands = {})
public final class Main implements Runnable {
  /**
   * Every subcommand by name, in the order of the help. A run that names one builds only that one
   * (picocli reads each command's annotations by reflection, a tenth of a second for all of them at
   * start-up); help, a bad command and {@code parley} alone build them all.
   */
  static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS =
      subcommands();

  private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("analyze", AnalyzeCommand::new);
    m.put("explain", ExplainCommand::new);
    m.put("coalitions", CoalitionsCommand::new);
    m.put("evolve", EvolveCommand::new);
    m.put("deadlocks", DeadlocksCommand::new);
    m.put("validate", ValidateCommand::new);
    m.put("check", CheckCommand::new);
    m.put("ranking", RankingCommand::new);
    m.put("perceptions", PerceptionsCommand::new);
    m.put("dilemmas", DilemmasCommand::new);
    m.put("timeline", TimelineCommand::new);
    m.put("margins", MarginsCommand::new);
    m.put("convert", ConvertCommand::new);
    m.put("report", ReportCommand::new);
    m.put("serve", ServeCommand::new);
    m.put("inverse", InverseCommand::new);
    m.put("robustness", RobustnessCommand::new);
    m.put("goals", GoalsCommand::new);
    m.put("sweep", SweepCommand::new);
    m.put("generate", GenerateCommand::new);
    m.put("bench", BenchCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Ctrl-C for this run; subcommands reach it through {@code @ParentCommand}. */
  final Cancellation cancellation;

  Main(Cancellation cancellation) {
    this.cancellation = cancellation;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reports the version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"parley " + Parley.VERSION};
    }
  }

  /** Builds the command line with Parley's error handling; used by {@link #main} and the tests. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, new Cancellation(), null);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, Cancellation cancellation) {
    return commandLine(out, err, cancellation, null);
  }

  /**
   * As {@link #commandLine(PrintWriter, PrintWriter)}, with only the subcommand that {@code args}
   * name when they name one (null: all of them).
   */
  static CommandLine commandLine(
      PrintWriter out, PrintWriter err, Cancellation cancellation, String[] args) {
    CommandLine cl = new CommandLine(new Main(cancellation));
    String named = args != null && args.length > 0 ? args[0] : null;
    if (named != null && SUBCOMMANDS.containsKey(named) && !named.equals("help")) {
      cl.addSubcommand(SUBCOMMANDS.get(named).get());
    } else {
      SUBCOMMANDS.values().forEach(c -> cl.addSubcommand(c.get()));
    }
    // everything printed passes one filter that neutralises control characters (a model's title
    // could hold terminal escapes); so picocli's own colours would be escaped too: plain help
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cl.setOut(SafeWriter.wrap(out));
    cl.setErr(SafeWriter.wrap(err));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Failures(cancellation));
    cl.setParameterExceptionHandler(
        (ex, given) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          e.println("parley: " + ex.getMessage());
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, e)) {
            e.println(
                "Try 'parley "
                    + (ex.getCommandLine().getCommandName().equals("parley")
                        ? ""
                        : ex.getCommandLine().getCommandName() + " ")
                    + "--help' for usage and examples.");
          }
          return ExitCodes.BAD_INPUT;
        });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    Cancellation cancellation = new Cancellation();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> cancellation.onShutdown(err), "parley-cancel"));
    int code;
    try {
      code = commandLine(out, err, cancellation, args).execute(args);
    } catch (OutOfMemoryError e) {
      code = ExitCodes.ANALYSIS_FAILURE;
      err.println(Failures.outOfMemory(Runtime.getRuntime().maxMemory()));
    } catch (StackOverflowError e) {
      // the readers bound every nesting (docs/model-format.md, "Errors"); a last resort, no trace
      code = ExitCodes.ANALYSIS_FAILURE;
      err.println(
          "parley: internal error: stack overflow (something is nested too deeply);"
              + " please report it with the file that caused it");
    }
    out.flush();
    err.flush();
    cancellation.finish();
    if (cancellation.requested()) {
      // Ctrl-C: the JVM is already shutting down and exits with 130 once the hook returns;
      // System.exit would wait for the hook forever
      return;
    }
    System.exit(code);
  }
}
