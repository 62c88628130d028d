// A view's state of its job (an analysis, an evolution or mediator question, a report): started,
// followed (jobs.ts), cancellable, its answer kept per key so that moving between tabs does not
// compute again. The logic is in JobController, which knows nothing of Preact; useJob holds one
// per component and renders it again whenever its state changes.

import { useRef, useState } from 'preact/hooks';
import { cancelJob, jobError, runJob, type Api, type JobOutcome, type JobRequest } from './jobs';
import type { Job, Problem } from './types';

export type JobOptions = {
  /** Answers kept per request key (shared by the views of one kind); none: nothing is kept. */
  cache?: Map<string, unknown>;
  /** Shown as the error when the job was cancelled; '' for a view that says so itself. */
  cancelledMessage: string;
  /** Saves pending edits first, so that the job reads the model as the user sees it. */
  flush?: () => Promise<void>;
  /** Whether a failure also removes the answer shown (else the last answer stays beside the error). */
  clearResultOnError?: boolean;
  /** The key whose kept answer is shown from the first render. */
  initialKey?: string | null;
  api?: Api;
  sleep?: (ms: number) => Promise<void>;
};

export type JobSnapshot<T> = {
  result: T | null;
  /** The job as last read (null until the server has answered for it). */
  job: Job | null;
  error: string;
  details: Problem[];
  running: boolean;
};

export type JobState<T> = JobSnapshot<T> & {
  /** Starts the request's job, following it to its end; null when it failed or a newer run replaced it. */
  run: (req: JobRequest) => Promise<JobOutcome<T> | null>;
  cancel: () => Promise<void>;
  /** Shows the kept answer of a key, if there is one; a run still going is then disregarded. */
  show: (key: string) => boolean;
  /** Shows no answer. */
  clear: () => void;
};

export class JobController<T> {
  state: JobSnapshot<T>;
  /** Counts the runs: only the latest one (if not left for a kept answer) changes the state. */
  private latest = 0;

  constructor(
    public options: JobOptions,
    private readonly changed: (s: JobSnapshot<T>) => void,
  ) {
    const first = options.initialKey ? options.cache?.get(options.initialKey) : undefined;
    this.state = { result: (first as T | undefined) ?? null, job: null, error: '', details: [], running: false };
  }

  private set(p: Partial<JobSnapshot<T>>) {
    const next = { ...this.state, ...p };
    if ((Object.keys(p) as (keyof JobSnapshot<T>)[]).every((k) => next[k] === this.state[k])) return;
    this.state = next;
    this.changed(next);
  }

  run = async (req: JobRequest): Promise<JobOutcome<T> | null> => {
    const mine = ++this.latest;
    const current = () => mine === this.latest;
    const o = this.options;
    this.set({ running: true, job: null, error: '', details: [] });
    try {
      await o.flush?.();
      const out = await runJob<T>(req, { api: o.api, sleep: o.sleep, onJob: (job) => current() && this.set({ job }) });
      if (!current()) return null;
      if (out.status === 'cancelled') {
        this.set({ error: o.cancelledMessage });
      } else {
        if (req.key !== undefined) o.cache?.set(req.key, out.result);
        this.set({ result: out.result });
      }
      return out;
    } catch (e) {
      if (!current()) return null;
      this.set({ ...jobError(e), ...(o.clearResultOnError ? { result: null } : {}) });
      return null;
    } finally {
      if (current()) this.set({ running: false });
    }
  };

  cancel = async (): Promise<void> => {
    const job = this.state.job;
    if (!job) return;
    try {
      await cancelJob(job.id, this.options.api);
    } catch (e) {
      this.set(jobError(e));
    }
  };

  show = (key: string): boolean => {
    const kept = this.options.cache?.get(key) as T | undefined;
    if (kept === undefined) return false;
    this.latest++; // a run still going answers a question no longer asked
    this.set({ result: kept, running: false, error: '', details: [] });
    return true;
  };

  clear = (): void => this.set({ result: null });

  view(): JobState<T> {
    return { ...this.state, run: this.run, cancel: this.cancel, show: this.show, clear: this.clear };
  }
}

/** One job of a view (see JobController); the options are read anew at each render. */
export function useJob<T>(options: JobOptions): JobState<T> {
  const [, setSnapshot] = useState<JobSnapshot<T> | null>(null);
  const ref = useRef<JobController<T> | null>(null);
  if (!ref.current) ref.current = new JobController<T>(options, setSnapshot);
  ref.current.options = options;
  return ref.current.view();
}
