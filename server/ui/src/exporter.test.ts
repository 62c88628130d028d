import { describe, expect, it } from 'vitest';
import { cancelJob, exportReport, reportHref } from './exporter';
import type { Job } from './types';

const job = (status: Job['status'], phase = 'analysing', done = 0, total = 0): Job => ({
  id: 'j 1',
  model: 'cases/talks.yaml',
  kind: 'report',
  status,
  progress: { phase, done, total },
});

/** A fake API that answers from a script and records the calls. */
function fakeApi(replies: unknown[]) {
  const calls: [string, string, unknown][] = [];
  const api = async <T,>(method: string, path: string, body?: unknown): Promise<T> => {
    calls.push([method, path, body]);
    const r = replies.shift();
    if (r instanceof Error) throw r;
    return r as T;
  };
  return { api, calls };
}

const file = { fileName: 'talks-briefing.pdf', contentType: 'application/pdf', size: 1234 };

describe('exports as report jobs', () => {
  it('starts a job for the model and returns its file when it is done at once', async () => {
    const { api, calls } = fakeApi([{ job: job('done'), result: file }]);
    const out = await exportReport('cases/talks.yaml', 'pdf', { api, sleep: async () => {} });
    expect(calls).toEqual([['POST', '/api/models/cases%2Ftalks.yaml/reports', { format: 'pdf', waitMs: 1500 }]]);
    expect(out).toEqual({
      status: 'done',
      jobId: 'j 1',
      file,
      href: '/api/jobs/j%201/report',
      download: '/api/jobs/j%201/report?download=1',
    });
  });

  it('follows a running job, reporting its progress, until it is done', async () => {
    const { api, calls } = fakeApi([
      { job: job('running', 'analysing') },
      { job: job('running', 'printing the PDF') },
      { job: job('done', 'printing the PDF'), result: file },
    ]);
    const seen: string[] = [];
    const slept: number[] = [];
    const out = await exportReport('talks.yaml', 'pdf', {
      api,
      onJob: (j) => seen.push(`${j.status}: ${j.progress.phase}`),
      sleep: async (ms) => void slept.push(ms),
      pollMs: 10,
    });
    expect(out.status).toBe('done');
    expect(seen).toEqual(['running: analysing', 'running: printing the PDF', 'done: printing the PDF']);
    expect(slept).toEqual([10, 10]);
    expect(calls.slice(1).map((c) => c[0] + ' ' + c[1])).toEqual(['GET /api/jobs/j%201', 'GET /api/jobs/j%201']);
  });

  it('ends as cancelled when the job was cancelled', async () => {
    const { api } = fakeApi([{ job: job('running') }, { job: job('cancelled') }]);
    expect(await exportReport('talks.yaml', 'html', { api, sleep: async () => {} })).toEqual({ status: 'cancelled', jobId: 'j 1' });
  });

  it("passes the server's error on (a model with problems, no Chromium, ...)", async () => {
    const { api } = fakeApi([new Error('PDF reports are printed by headless Chromium, and ... was not found')]);
    await expect(exportReport('talks.yaml', 'pdf', { api })).rejects.toThrow(/Chromium/);
    const failed = fakeApi([{ job: { ...job('failed'), error: 'boom' } }]);
    await expect(exportReport('talks.yaml', 'pdf', { api: failed.api })).rejects.toThrow('boom');
  });

  it('cancels with DELETE on the job', async () => {
    const { api, calls } = fakeApi([{ job: job('cancelled') }]);
    await cancelJob('j 1', api);
    expect(calls).toEqual([['DELETE', '/api/jobs/j%201', undefined]]);
    expect(reportHref('x', false)).toBe('/api/jobs/x/report');
  });
});
