import { describe, expect, it } from 'vitest';
import { reportHref, reportJob, REPORT_WAIT_MS } from './exporter';
import { fakeApi, job } from './fakes';
import { runJob } from './jobs';

const file = { fileName: 'talks-briefing.pdf', contentType: 'application/pdf', size: 1234 };
const report = (status: Parameters<typeof job>[0], phase = 'analysing') => job(status, phase, 0, 0, { model: 'cases/talks.yaml', kind: 'report' });

describe('exports as report jobs', () => {
  it('starts a job for the model, waiting 1.5 s, and gives its file when it is done at once', async () => {
    const { api, calls } = fakeApi([{ job: report('done'), result: file }]);
    const out = await runJob(reportJob('cases/talks.yaml', 'pdf'), { api, sleep: async () => {} });
    expect(REPORT_WAIT_MS).toBe(1500);
    expect(calls).toEqual([['POST', '/api/models/cases%2Ftalks.yaml/reports', { format: 'pdf', waitMs: 1500 }]]);
    expect(out).toEqual({ status: 'done', job: report('done'), result: file });
  });

  it('follows a running job, reporting its progress, until it is done', async () => {
    const { api, calls } = fakeApi([
      { job: report('running', 'analysing') },
      { job: report('running', 'printing the PDF') },
      { job: report('done', 'printing the PDF'), result: file },
    ]);
    const seen: string[] = [];
    const slept: number[] = [];
    const out = await runJob(reportJob('talks.yaml', 'pdf'), {
      api,
      onJob: (j) => seen.push(`${j.status}: ${j.progress.phase}`),
      sleep: async (ms) => void slept.push(ms),
    });
    expect(out.status).toBe('done');
    expect(seen).toEqual(['running: analysing', 'running: printing the PDF', 'done: printing the PDF']);
    expect(slept).toEqual([400, 400]);
    expect(calls.slice(1).map((c) => c[0] + ' ' + c[1])).toEqual(['GET /api/jobs/j%201', 'GET /api/jobs/j%201']);
  });

  it("passes the server's error on (a model with problems, no Chromium, ...)", async () => {
    const { api } = fakeApi([new Error('PDF reports are printed by headless Chromium, and ... was not found')]);
    await expect(runJob(reportJob('talks.yaml', 'pdf'), { api })).rejects.toThrow(/Chromium/);
    const failed = fakeApi([{ job: { ...report('failed'), error: 'boom' } }]);
    await expect(runJob(reportJob('talks.yaml', 'pdf'), { api: failed.api })).rejects.toThrow('boom');
    const empty = fakeApi([{ job: report('done') }]);
    await expect(runJob(reportJob('talks.yaml', 'pdf'), { api: empty.api })).rejects.toThrow('the report job ended as done');
  });

  it('fetches the file of a finished job inline or as a download', () => {
    expect(reportHref('j 1', false)).toBe('/api/jobs/j%201/report');
    expect(reportHref('j 1', true)).toBe('/api/jobs/j%201/report?download=1');
  });
});
