// Exports through report jobs (POST /api/models/{name}/reports): the job is followed until it is
// done (jobs.ts), and its file is then fetched from /api/jobs/{id}/report. A large model therefore
// never holds a request open, shows its progress, and can be cancelled (DELETE /api/jobs/{id}).

import { modelPath } from './api';
import { jobPath, type JobRequest } from './jobs';
import type { ReportRequest } from './types';

/** The formats the Export menu offers: all the API makes but plain text. */
export type ReportFormat = Extract<NonNullable<ReportRequest['format']>, 'html' | 'pdf' | 'md' | 'csv' | 'json'>;

/** The first request of a report job waits this long (ms) for it before answering with its progress. */
export const REPORT_WAIT_MS = 1500;

/** The job that makes a report of the latest saved version of a model. */
export function reportJob(name: string, format: ReportFormat): JobRequest {
  const body: ReportRequest = { format };
  return { path: modelPath(name, '/reports'), body, waitMs: REPORT_WAIT_MS };
}

/** Where the file of a finished report job is: inline (to open) or as a download. */
export function reportHref(jobId: string, download: boolean): string {
  return `${jobPath(jobId)}/report${download ? '?download=1' : ''}`;
}
