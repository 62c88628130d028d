package dev.parley.cli;

import dev.parley.server.Workbench;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Start the Parley workbench: a local web server with the model editor, the analysis, the",
      "state graph and each model's history, for the model files in a workspace folder. It",
      "prints the address to open and opens nothing itself. Stop it with Ctrl+C.",
      ""
    },
    footer = {
      "",
      "The workbench listens on 127.0.0.1 only, answers only its own pages (no cross-site",
      "requests), and never reads or writes outside the workspace. Earlier versions of each",
      "model are kept under WORKSPACE/.parley-history/. The REST API is described at",
      "/api/openapi.json; see docs/workbench.md.",
      "",
      "Examples:",
      "  parley serve",
      "  parley serve --workspace examples --port 8080"
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      description = "Port to listen on (default 7070; 0 picks a free one)")
  int port = 7070;

  @Option(
      names = {"-w", "--workspace"},
      paramLabel = "DIR",
      description = "Folder of model files (default: the current folder)")
  Path workspace = Path.of(".");

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "Address to listen on (default 127.0.0.1). Anything but a loopback address makes"
              + " the workbench reachable from other machines, without a password.")
  String host = "127.0.0.1";

  @Override
  public Integer call() {
    if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
      throw new UserError(workspace + " is not a folder: give --workspace a folder of models");
    }
    if (!loopback(host)) {
      spec.commandLine()
          .getErr()
          .println(
              "parley: warning: listening on "
                  + host
                  + " makes the workbench reachable from other machines, without a password");
    }
    Workbench wb;
    try {
      wb = Workbench.start(new Workbench.Options(workspace.toAbsolutePath(), host, port));
    } catch (IOException e) {
      throw new UserError("cannot use the workspace " + workspace + ": " + e.getMessage());
    } catch (RuntimeException e) {
      if (hasCause(e, BindException.class)) {
        throw new UserError(
            "cannot listen on "
                + host
                + ":"
                + port
                + " (is another workbench running?); try --port "
                + (port + 1)
                + ", or --port 0 for any free port");
      }
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              wb.close();
              stopped.countDown();
            },
            "parley-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    spec.commandLine()
        .getOut()
        .println(
            "Parley workbench: "
                + wb.url()
                + "\nWorkspace: "
                + wb.workspace().root()
                + "\nOpen the address in a browser. Press Ctrl+C to stop.");
    spec.commandLine().getOut().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // stopped from inside the JVM (the tests): close below, then return normally
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        wb.close();
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook closes the workbench
      }
    }
    return ExitCodes.OK;
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
