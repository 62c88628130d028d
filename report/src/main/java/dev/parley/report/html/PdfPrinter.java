package dev.parley.report.html;

import dev.parley.core.progress.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints an HTML page to PDF with headless Chromium ({@code --print-to-pdf}), Debian's {@code
 * /usr/bin/chromium} unless {@code PARLEY_CHROMIUM} names another Chromium or Chrome executable.
 * Each print uses a fresh, temporary profile and no network.
 */
public final class PdfPrinter {
  /** Debian's Chromium. */
  public static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

  /** How long one print may take. */
  static final long TIMEOUT_SECONDS = 90;

  /** Chromium is not there: the message says what to install. */
  public static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  private final Path chromium;

  public PdfPrinter(Path chromium) {
    this.chromium = chromium;
  }

  /** The printer for this machine: {@code PARLEY_CHROMIUM} or {@code /usr/bin/chromium}. */
  public static PdfPrinter system() {
    String env = System.getenv("PARLEY_CHROMIUM");
    return new PdfPrinter(env == null || env.isBlank() ? DEFAULT_CHROMIUM : Path.of(env));
  }

  /** Whether the Chromium executable is there. */
  public boolean available() {
    return Files.isExecutable(chromium);
  }

  /** What to do when it is not. */
  public String missingMessage() {
    return "PDF reports are printed by headless Chromium, and "
        + chromium
        + " was not found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set"
        + " PARLEY_CHROMIUM to a Chromium or Chrome executable. The HTML report (--format html)"
        + " needs nothing and prints well from any browser.";
  }

  /** The PDF of an HTML page. */
  public byte[] print(String html) throws IOException, Unavailable {
    return print(html, Progress.NONE);
  }

  /**
   * The PDF of an HTML page; Chromium is stopped as soon as {@code progress} is cancelled, and then
   * this throws {@link Progress.CancelledException}.
   */
  public byte[] print(String html, Progress progress) throws IOException, Unavailable {
    if (!available()) {
      throw new Unavailable(missingMessage());
    }
    Path dir = Files.createTempDirectory("parley-pdf");
    try {
      Path in = dir.resolve("briefing.html");
      Path out = dir.resolve("briefing.pdf");
      Files.writeString(in, html, StandardCharsets.UTF_8);
      List<String> cmd = new ArrayList<>();
      cmd.add(chromium.toString());
      cmd.addAll(
          List.of(
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--disable-extensions",
              "--no-first-run",
              "--no-default-browser-check",
              "--user-data-dir=" + dir.resolve("profile"),
              "--no-pdf-header-footer",
              "--print-to-pdf=" + out,
              in.toUri().toString()));
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("chromium.log").toFile())
              .start();
      boolean finished = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      try {
        while (!finished && System.nanoTime() < deadline) {
          if (progress.cancelled()) {
            p.destroyForcibly();
            throw new Progress.CancelledException();
          }
          finished = p.waitFor(100, TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while printing the PDF", e);
      }
      if (!finished) {
        p.destroyForcibly();
        throw new IOException("Chromium did not print the PDF within " + TIMEOUT_SECONDS + " s");
      }
      if (!Files.isRegularFile(out) || Files.size(out) == 0) {
        String log = Files.readString(dir.resolve("chromium.log"), StandardCharsets.UTF_8);
        throw new IOException(
            "Chromium exited with " + p.exitValue() + " and wrote no PDF: " + tail(log));
      }
      return Files.readAllBytes(out);
    } finally {
      deleteTree(dir);
    }
  }

  private static String tail(String log) {
    String t = log.strip();
    return t.length() > 400 ? "…" + t.substring(t.length() - 400) : t;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // a temporary file left behind is harmless
                }
              });
    } catch (IOException e) {
      // likewise
    }
  }
}
