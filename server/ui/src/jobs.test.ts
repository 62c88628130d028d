import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from './api';
import { cancelJob, followJob, jobError, JobFailed, jobPath, POLL_MS, runJob, startJob, WAIT_MS } from './jobs';
import { fakeApi, job } from './fakes';
import type { Job } from './types';

/** fetch as the browser has it, answering from a script: [status, JSON body]. */
function fakeFetch(replies: [number, unknown][]) {
  const calls: { url: string; method: string; body: unknown }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({ url, method: init.method ?? 'GET', body: init.body === undefined ? undefined : JSON.parse(String(init.body)) });
    const [status, body] = replies.shift() ?? [500, { error: 'no answer scripted' }];
    return new Response(JSON.stringify(body), { status });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('starting a job', () => {
  it('POSTs the body with the wait the request asks for, else two seconds', async () => {
    const { api, calls } = fakeApi([{ job: job('done'), result: 1 }, { job: job('done'), result: 2 }]);
    await startJob({ path: '/api/models/a.yaml/analyses', body: { concepts: ['nash'] } }, api);
    await startJob({ path: '/api/models/a.yaml/reports', body: { format: 'pdf' }, waitMs: 1500 }, api);
    expect(WAIT_MS).toBe(2000);
    expect(calls).toEqual([
      ['POST', '/api/models/a.yaml/analyses', { concepts: ['nash'], waitMs: 2000 }],
      ['POST', '/api/models/a.yaml/reports', { format: 'pdf', waitMs: 1500 }],
    ]);
  });
});

describe('following a job', () => {
  it('answers at once for a job done within the wait', async () => {
    const { api, calls } = fakeApi([{ job: job('done'), result: { title: 'T' } }]);
    const seen: Job[] = [];
    const out = await runJob({ path: '/p', body: {} }, { api, onJob: (j) => seen.push(j), sleep: async () => {} });
    expect(out).toEqual({ status: 'done', job: job('done'), result: { title: 'T' } });
    expect(calls).toHaveLength(1);
    expect(seen.map((j) => j.status)).toEqual(['done']);
  });

  it('reads a running job every 400 ms, reporting each reading, until it ends', async () => {
    const { api, calls } = fakeApi([
      { job: job('running', 'analysing', 1, 4) },
      { job: job('running', 'analysing', 3, 4) },
      { job: job('done', 'analysing', 4, 4), result: 'R' },
    ]);
    const slept: number[] = [];
    const seen: string[] = [];
    const out = await runJob({ path: '/p', body: {} }, { api, onJob: (j) => seen.push(`${j.status} ${j.progress.done}`), sleep: async (ms) => void slept.push(ms) });
    expect(out.status === 'done' && out.result).toBe('R');
    expect(slept).toEqual([POLL_MS, POLL_MS]);
    expect(POLL_MS).toBe(400);
    expect(seen).toEqual(['running 1', 'running 3', 'done 4']);
    expect(calls.slice(1)).toEqual([
      ['GET', '/api/jobs/j%201', undefined],
      ['GET', '/api/jobs/j%201', undefined],
    ]);
  });

  it('waits between readings with a real timer when no sleep is given', async () => {
    vi.useFakeTimers();
    const { api, calls } = fakeApi([{ job: job('done'), result: 1 }]);
    const out = followJob({ job: job('running') }, { api });
    await vi.advanceTimersByTimeAsync(399);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([['GET', '/api/jobs/j%201', undefined]]);
    expect((await out).status).toBe('done');
  });

  it('ends as cancelled when the job was cancelled', async () => {
    const { api } = fakeApi([{ job: job('running') }, { job: job('cancelled') }]);
    expect(await runJob({ path: '/p', body: {} }, { api, sleep: async () => {} })).toEqual({ status: 'cancelled', job: job('cancelled') });
  });

  it('throws for a job that ended without a result, with its error when it has one', async () => {
    const failed = fakeApi([{ job: job('failed', 'x', 0, 0, { error: 'boom' }) }]);
    await expect(runJob({ path: '/p', body: {} }, { api: failed.api })).rejects.toThrow('boom');
    const empty = fakeApi([{ job: job('done', 'x', 0, 0, { kind: 'report' }) }]);
    const e = await runJob({ path: '/p', body: {} }, { api: empty.api }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(JobFailed);
    expect((e as Error).message).toBe('the report job ended as done');
  });

  it("passes the server's error on, from the first request or a later reading", async () => {
    const first = fakeApi([new ApiFailure(422, 'the model has problems', [])]);
    await expect(runJob({ path: '/p', body: {} }, { api: first.api })).rejects.toThrow('the model has problems');
    const later = fakeApi([{ job: job('running') }, new ApiFailure(500, 'the analysis failed: out of memory', [])]);
    await expect(runJob({ path: '/p', body: {} }, { api: later.api, sleep: async () => {} })).rejects.toThrow(/out of memory/);
  });

  it('goes through fetch as the workbench API does (JSON in, JSON out, errors as ApiFailure)', async () => {
    const calls = fakeFetch([
      [202, { job: job('running') }],
      [422, { error: 'the model has problems', status: 422, details: [{ line: 3, column: 1, path: '/x', message: 'bad' }] }],
    ]);
    const e = await runJob({ path: '/api/models/a.yaml/analyses', body: { concepts: ['nash'] } }, { sleep: async () => {} }).catch((x: unknown) => x);
    expect(calls).toEqual([
      { url: '/api/models/a.yaml/analyses', method: 'POST', body: { concepts: ['nash'], waitMs: 2000 } },
      { url: '/api/jobs/j%201', method: 'GET', body: undefined },
    ]);
    expect(e).toBeInstanceOf(ApiFailure);
    expect(jobError(e)).toEqual({ error: 'the model has problems', details: [{ line: 3, column: 1, path: '/x', message: 'bad' }] });
  });
});

describe('cancelling and errors', () => {
  it('cancels with DELETE on the job', async () => {
    const { api, calls } = fakeApi([{ job: job('cancelled') }]);
    await cancelJob('j 1', api);
    expect(calls).toEqual([['DELETE', '/api/jobs/j%201', undefined]]);
    expect(jobPath('abc')).toBe('/api/jobs/abc');
  });

  it('maps any error to the message shown and the problems it places', () => {
    const details = [{ line: 2, column: 5, path: '/decisionMakers/0', message: 'no options' }];
    expect(jobError(new ApiFailure(400, 'bad model', details))).toEqual({ error: 'bad model', details });
    expect(jobError(new TypeError('Failed to fetch'))).toEqual({ error: 'Failed to fetch', details: [] });
    expect(jobError('odd')).toEqual({ error: 'odd', details: [] });
  });
});
