// Long analyses and reports are jobs on the server (docs/workbench.md, "The REST API"): a POST
// starts one and waits up to `waitMs` for it; while it runs, GET /api/jobs/{id} says how far it
// is, and DELETE /api/jobs/{id} cancels it. This module is the one place the UI follows them;
// useJob.ts keeps a view's state of one job on top of it.

import { api as callApi, ApiFailure, enc } from './api';
import type { Job, Problem } from './types';

/** How a job is called: the workbench API (api.ts), or a fake one in tests. */
export type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** What the server answers about a job: the job, and its result once it is done. */
export type JobAnswerOf<T> = { job: Job; result?: T };

/** A job to start: where to POST, what to send, and (for a view that keeps answers) its key. */
export type JobRequest = {
  path: string;
  body: object;
  /** The answer's key in a view's cache (see useJob); none: not kept. */
  key?: string;
  /** How long the POST waits for the job before answering with its progress (default WAIT_MS). */
  waitMs?: number;
};

/** The first request waits this long (ms) for the job to finish before answering 202. */
export const WAIT_MS = 2000;
/** A running job's progress is read again after this pause (ms). */
export const POLL_MS = 400;

export type FollowOptions = {
  api?: Api;
  /** Called with the job each time its progress is read, the last time with its end. */
  onJob?: (job: Job) => void;
  sleep?: (ms: number) => Promise<void>;
  pollMs?: number;
};

/** How a job ended that did not fail (a failure is thrown: an ApiFailure, or a JobFailed). */
export type JobOutcome<T> = { status: 'done'; job: Job; result: T } | { status: 'cancelled'; job: Job };

/** A job that ended without a result: the server answers a failed job with an error instead. */
export class JobFailed extends Error {
  constructor(readonly job: Job) {
    super(job.error ?? `the ${job.kind ? job.kind + ' ' : ''}job ended as ${job.status}`);
  }
}

/** The address of a job. */
export function jobPath(id: string): string {
  return `/api/jobs/${enc(id)}`;
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Starts a job: one POST, whose answer is the job done, or still running, after `waitMs`. */
export function startJob<T>(req: JobRequest, api: Api = callApi): Promise<JobAnswerOf<T>> {
  return api<JobAnswerOf<T>>('POST', req.path, { ...req.body, waitMs: req.waitMs ?? WAIT_MS });
}

/** Follows a job from an answer about it until it is no longer running, reporting its progress. */
export async function followJob<T>(first: JobAnswerOf<T>, o: FollowOptions = {}): Promise<JobOutcome<T>> {
  const api = o.api ?? callApi;
  const sleep = o.sleep ?? pause;
  let ans = first;
  while (ans.job.status === 'running') {
    o.onJob?.(ans.job);
    await sleep(o.pollMs ?? POLL_MS);
    ans = await api<JobAnswerOf<T>>('GET', jobPath(ans.job.id));
  }
  o.onJob?.(ans.job);
  if (ans.job.status === 'cancelled') return { status: 'cancelled', job: ans.job };
  if (ans.job.status !== 'done' || ans.result === undefined) throw new JobFailed(ans.job);
  return { status: 'done', job: ans.job, result: ans.result };
}

/** Starts a job and follows it to its end. */
export async function runJob<T>(req: JobRequest, o: FollowOptions = {}): Promise<JobOutcome<T>> {
  return followJob(await startJob<T>(req, o.api), o);
}

/** Asks the server to cancel a job; whoever follows it then sees it end as cancelled. */
export async function cancelJob(jobId: string, api: Api = callApi): Promise<void> {
  await api('DELETE', jobPath(jobId));
}

/** What a view shows of a failed request: the server's message and the problems it places. */
export function jobError(e: unknown): { error: string; details: Problem[] } {
  return { error: e instanceof Error ? e.message : String(e), details: e instanceof ApiFailure ? e.details : [] };
}
