// Exports through report jobs (POST /api/models/{name}/reports): the job is followed until it is
// done, and its file is then fetched from /api/jobs/{id}/report. A large model therefore never
// holds a request open, shows its progress, and can be cancelled (DELETE /api/jobs/{id}).

import { enc, modelPath } from './api';
import type { Job, ReportFile } from './types';

export type ReportFormat = 'html' | 'pdf' | 'md' | 'csv' | 'json';

export type JobReply = { job: Job; result?: ReportFile };

export type ExportDeps = {
  api: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  /** Called with the job each time its progress is read. */
  onJob?: (job: Job) => void;
  sleep?: (ms: number) => Promise<void>;
  /** How long the first request waits for the job before answering with its progress. */
  waitMs?: number;
  pollMs?: number;
};

export type ExportOutcome =
  | { status: 'done'; jobId: string; file: ReportFile; href: string; download: string }
  | { status: 'cancelled'; jobId: string };

/** Where the file of a finished report job is: inline (to open) or as a download. */
export function reportHref(jobId: string, download: boolean): string {
  return `/api/jobs/${enc(jobId)}/report${download ? '?download=1' : ''}`;
}

/** Starts a report job for a saved model and follows it to its end. */
export async function exportReport(name: string, format: ReportFormat, deps: ExportDeps): Promise<ExportOutcome> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let reply = await deps.api<JobReply>('POST', modelPath(name, '/reports'), { format, waitMs: deps.waitMs ?? 1500 });
  while (reply.job.status === 'running') {
    deps.onJob?.(reply.job);
    await sleep(deps.pollMs ?? 400);
    reply = await deps.api<JobReply>('GET', `/api/jobs/${enc(reply.job.id)}`);
  }
  deps.onJob?.(reply.job);
  const id = reply.job.id;
  if (reply.job.status === 'cancelled') return { status: 'cancelled', jobId: id };
  if (reply.job.status !== 'done' || !reply.result) {
    throw new Error(reply.job.error ?? `the report job ended as ${reply.job.status}`);
  }
  return { status: 'done', jobId: id, file: reply.result, href: reportHref(id, false), download: reportHref(id, true) };
}

/** Asks the server to cancel a job; the export that follows it then ends as cancelled. */
export async function cancelJob(jobId: string, api: ExportDeps['api']): Promise<void> {
  await api('DELETE', `/api/jobs/${enc(jobId)}`);
}
