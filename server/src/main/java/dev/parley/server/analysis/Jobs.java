package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.progress.Progress;
import dev.parley.server.errors.ApiError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Analyses and reports run as jobs on a small pool, so that a large model never holds an HTTP
 * request and can be cancelled. A finished job is kept for a while so that its result (and a
 * report's file) can be fetched; the oldest finished jobs are forgotten beyond {@link #MAX_JOBS}.
 */
public final class Jobs implements AutoCloseable {
  static final int MAX_JOBS = 50;
  static final Duration KEEP = Duration.ofMinutes(15);

  /** Where a job is. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A file a job made, such as a report: its bytes, content type and file name. */
  public record Download(byte[] bytes, String contentType, String fileName) {}

  private final ExecutorService pool;
  private final Clock clock;
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  public Jobs(int threads, Clock clock) {
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "parley-analysis");
              t.setDaemon(true);
              return t;
            });
    this.clock = clock;
  }

  /** One analysis: its progress, and its result or error once finished. */
  public final class Job implements Progress {
    private final String id = UUID.randomUUID().toString();
    private final String model;
    private final String kind;
    private final Instant started = clock.instant();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Status status = Status.RUNNING;
    private volatile boolean cancelRequested;
    private volatile String phase = "starting";
    private volatile long progressDone;
    private volatile long progressTotal;
    private volatile ObjectNode result;
    private volatile RuntimeException error;
    private volatile Instant finished;
    private volatile Download download;
    private Future<?> future;

    Job(String model, String kind) {
      this.model = model;
      this.kind = kind;
    }

    public String id() {
      return id;
    }

    public Status status() {
      return status;
    }

    public ObjectNode result() {
      return result;
    }

    public RuntimeException error() {
      return error;
    }

    /** What the job does: "analysis" or "report". */
    public String kind() {
      return kind;
    }

    /** The file a finished report job made, or null. */
    public Download download() {
      return download;
    }

    @Override
    public void report(String phase, long done, long total) {
      this.phase = phase;
      this.progressDone = done;
      this.progressTotal = total;
    }

    @Override
    public boolean cancelled() {
      return cancelRequested || Thread.currentThread().isInterrupted();
    }

    /** Waits up to {@code millis} for the job to finish; true if it has. */
    public boolean await(long millis) throws InterruptedException {
      return done.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * {@code {id, model, kind, status, phase, done, total, started, finished?}} without the result.
     */
    public ObjectNode json() {
      ObjectNode o = ModelText.JSON.createObjectNode();
      o.put("id", id);
      o.put("model", model);
      o.put("kind", kind);
      o.put("status", status.id());
      if (cancelRequested && status == Status.RUNNING) {
        o.put("cancelRequested", true);
      }
      ObjectNode p = o.putObject("progress");
      p.put("phase", phase);
      p.put("done", progressDone);
      p.put("total", progressTotal);
      o.put("started", started.toString());
      if (finished != null) {
        o.put("finished", finished.toString());
      }
      if (error != null) {
        o.put("error", error.getMessage());
      }
      return o;
    }

    private void finish(Status s) {
      status = s;
      finished = clock.instant();
      done.countDown();
    }
  }

  /**
   * Starts {@code work} for model {@code model}; the work reports to and is cancelled through the
   * job.
   */
  public synchronized Job submit(String model, Function<Progress, ObjectNode> work) {
    return submit(model, "analysis", work);
  }

  /**
   * Starts {@code work} that makes a file, such as a report, for model {@code model}. Once done,
   * the job's result describes the file ({@code {fileName, contentType, size}}) and {@link
   * Job#download()} holds it.
   */
  public synchronized Job submitDownload(
      String model, String kind, Function<Progress, Download> work) {
    return submit(
        model,
        kind,
        progress -> {
          Download d = work.apply(progress);
          ((Job) progress).download = d; // the work runs with its own job as its progress
          ObjectNode o = ModelText.JSON.createObjectNode();
          o.put("fileName", d.fileName());
          o.put("contentType", d.contentType());
          o.put("size", d.bytes().length);
          return o;
        });
  }

  private synchronized Job submit(String model, String kind, Function<Progress, ObjectNode> work) {
    forgetOld();
    Job job = new Job(model, kind);
    jobs.put(job.id, job);
    job.future =
        pool.submit(
            () -> {
              try {
                job.check();
                job.result = work.apply(job);
                job.finish(Status.DONE);
              } catch (Progress.CancelledException e) {
                job.finish(Status.CANCELLED);
              } catch (RuntimeException e) {
                job.error = e;
                job.finish(job.cancelRequested ? Status.CANCELLED : Status.FAILED);
              } catch (OutOfMemoryError e) {
                job.error = ApiError.outOfMemory("the " + job.kind());
                job.finish(Status.FAILED);
              }
            });
    return job;
  }

  /** The job with this id, or null. */
  public synchronized Job get(String id) {
    return jobs.get(id);
  }

  /** Asks a job to stop; a finished job is left as it is. */
  public Job cancel(String id) throws InterruptedException {
    Job job = get(id);
    if (job == null) {
      return null;
    }
    if (job.status == Status.RUNNING) {
      job.cancelRequested = true;
      if (!job.await(2000)) {
        job.future.cancel(true);
        job.await(2000);
      }
    }
    return job;
  }

  /** The jobs known, oldest first. */
  public synchronized List<Job> all() {
    return new ArrayList<>(jobs.values());
  }

  private void forgetOld() {
    Instant cutoff = clock.instant().minus(KEEP);
    int finished = 0;
    for (Job j : jobs.values()) {
      if (j.status != Status.RUNNING) {
        finished++;
      }
    }
    for (Iterator<Job> it = jobs.values().iterator(); it.hasNext(); ) {
      Job j = it.next();
      if (j.status == Status.RUNNING) {
        continue;
      }
      if (j.finished.isBefore(cutoff) || finished >= MAX_JOBS) {
        it.remove();
        finished--;
      }
    }
  }

  @Override
  public void close() {
    jobs.values().forEach(j -> j.cancelRequested = true);
    pool.shutdownNow();
  }
}
