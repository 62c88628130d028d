import { describe, expect, it } from 'vitest';
import { ApiFailure } from './api';
import { fakeApi, job } from './fakes';
import type { JobRequest } from './jobs';
import { JobController, type JobOptions, type JobSnapshot } from './useJob';

/** An API whose answers the test gives one at a time, in the order the calls came. */
function gatedApi() {
  const calls: [string, string, unknown][] = [];
  const pending: { resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const api = <T>(method: string, path: string, body?: unknown) => {
    calls.push([method, path, body]);
    return new Promise<T>((resolve, reject) => pending.push({ resolve: resolve as (v: unknown) => void, reject }));
  };
  const tick = () => new Promise((r) => setTimeout(r, 0));
  /** Answers the oldest call still open, then lets the job's code go on. */
  const answer = async (v: unknown) => {
    pending.shift()!.resolve(v);
    await tick();
  };
  const fail = async (e: unknown) => {
    pending.shift()!.reject(e);
    await tick();
  };
  return { api, calls, answer, fail, open: () => pending.length };
}

function controller<T>(o: Partial<JobOptions> & { api: JobOptions['api'] }) {
  const states: JobSnapshot<T>[] = [];
  const c = new JobController<T>({ cancelledMessage: 'The analysis was cancelled.', sleep: async () => {}, ...o }, (s) => states.push(s));
  return { c, states };
}

const req = (key = 'k1', body: object = { concepts: ['nash'] }): JobRequest => ({ path: '/api/models/a.yaml/analyses', body, key });

describe('a view’s job', () => {
  it('saves first, shows the progress while it runs, and keeps the answer under its key', async () => {
    const g = gatedApi();
    const cache = new Map<string, unknown>();
    const order: string[] = [];
    const { c, states } = controller<string>({ api: g.api, cache, flush: async () => void order.push('flush') });
    const done = c.run(req());
    expect(c.state).toMatchObject({ running: true, job: null, error: '' });
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['flush']);
    expect(g.calls).toEqual([['POST', '/api/models/a.yaml/analyses', { concepts: ['nash'], waitMs: 2000 }]]);
    await g.answer({ job: job('running', 'analysing', 2, 5) });
    expect(c.state.job?.progress).toEqual({ phase: 'analysing', done: 2, total: 5 });
    expect(c.state.running).toBe(true);
    await g.answer({ job: job('done', 'analysing', 5, 5), result: 'R' });
    expect(await done).toMatchObject({ status: 'done', result: 'R' });
    expect(c.state).toMatchObject({ result: 'R', running: false, error: '' });
    expect(c.state.job?.status).toBe('done');
    expect(cache.get('k1')).toBe('R');
    expect(g.calls.map((x) => x[0] + ' ' + x[1])).toEqual(['POST /api/models/a.yaml/analyses', 'GET /api/jobs/j%201']);
    expect(states.at(-1)).toBe(c.state);
  });

  it('says a cancelled job was cancelled, in the view’s words, and keeps the answer shown', async () => {
    const { api } = fakeApi([{ job: job('done'), result: 'old' }, { job: job('running') }, { job: job('cancelled') }]);
    const { c } = controller<string>({ api, cancelledMessage: 'Cancelled.' });
    await c.run(req());
    const out = await c.run(req('k2'));
    expect(out?.status).toBe('cancelled');
    expect(c.state).toMatchObject({ result: 'old', error: 'Cancelled.', running: false });
  });

  it('says nothing of a cancellation when the view says it itself', async () => {
    const { api } = fakeApi([{ job: job('cancelled') }]);
    const { c } = controller<string>({ api, cancelledMessage: '' });
    expect((await c.run(req()))?.status).toBe('cancelled');
    expect(c.state.error).toBe('');
  });

  it("shows the server's error and the problems it places; the last answer stays unless told", async () => {
    const details = [{ line: 4, column: 3, path: '/statusQuo', message: 'no such state' }];
    const keep = controller<string>({ api: fakeApi([{ job: job('done'), result: 'old' }, new ApiFailure(422, 'the model has problems', details)]).api });
    await keep.c.run(req());
    expect(await keep.c.run(req('k2'))).toBeNull();
    expect(keep.c.state).toMatchObject({ result: 'old', error: 'the model has problems', details, running: false });

    const clear = controller<string>({ api: fakeApi([{ job: job('done'), result: 'old' }, new TypeError('Failed to fetch')]).api, clearResultOnError: true });
    await clear.c.run(req());
    await clear.c.run(req('k2'));
    expect(clear.c.state).toMatchObject({ result: null, error: 'Failed to fetch', details: [] });
  });

  it('clears the last error and job when it runs again', async () => {
    const g = gatedApi();
    const { c } = controller<string>({ api: g.api });
    const first = c.run(req());
    await new Promise((r) => setTimeout(r, 0));
    await g.answer({ job: job('running') });
    await g.fail(new ApiFailure(500, 'boom', []));
    await first;
    expect(c.state).toMatchObject({ error: 'boom', running: false });
    expect(c.state.job).not.toBeNull();
    void c.run(req());
    expect(c.state).toMatchObject({ error: '', details: [], job: null, running: true });
  });

  it('leaves a run alone that a newer one replaced: its progress, answer and error are not shown', async () => {
    const g = gatedApi();
    const cache = new Map<string, unknown>();
    const { c } = controller<string>({ api: g.api, cache });
    const first = c.run(req('old'));
    await new Promise((r) => setTimeout(r, 0));
    const second = c.run(req('new'));
    await new Promise((r) => setTimeout(r, 0));
    await g.answer({ job: job('running', 'old job', 1, 2) }); // the first run's POST
    expect(c.state.job).toBeNull();
    await g.answer({ job: job('running', 'new job', 1, 9) }); // the second's
    expect(c.state.job?.progress.phase).toBe('new job');
    await g.answer({ job: job('done'), result: 'OLD' }); // the first's reading
    expect(await first).toBeNull();
    expect(c.state).toMatchObject({ result: null, running: true });
    expect(cache.has('old')).toBe(false);
    await g.answer({ job: job('done'), result: 'NEW' });
    expect((await second)?.status).toBe('done');
    expect(c.state).toMatchObject({ result: 'NEW', running: false });
    expect(cache.get('new')).toBe('NEW');
  });

  it('shows a kept answer instead of running, and a run still going is then disregarded', async () => {
    const g = gatedApi();
    const cache = new Map<string, unknown>([['kept', 'K']]);
    const { c } = controller<string>({ api: g.api, cache });
    expect(c.show('missing')).toBe(false);
    const going = c.run(req('other'));
    await new Promise((r) => setTimeout(r, 0));
    expect(c.show('kept')).toBe(true);
    expect(c.state).toMatchObject({ result: 'K', running: false, error: '' });
    await g.answer({ job: job('done'), result: 'LATE' });
    expect(await going).toBeNull();
    expect(c.state.result).toBe('K');
    c.clear();
    expect(c.state.result).toBeNull();
  });

  it('shows the kept answer of its first key from the start', () => {
    const cache = new Map<string, unknown>([['k1', 'first']]);
    expect(controller<string>({ api: fakeApi([]).api, cache, initialKey: 'k1' }).c.state.result).toBe('first');
    expect(controller<string>({ api: fakeApi([]).api, cache, initialKey: null }).c.state.result).toBeNull();
  });

  it('cancels the job it follows with DELETE, and nothing before the server has named it', async () => {
    const g = gatedApi();
    const { c } = controller<string>({ api: g.api });
    const going = c.run(req());
    await c.cancel();
    expect(g.calls.map((x) => x[0])).toEqual(['POST']); // no job to cancel before it answers
    await new Promise((r) => setTimeout(r, 0));
    await g.answer({ job: job('running') }); // the POST; the first reading (GET) is now open
    const cancelling = c.cancel();
    expect(g.calls.map((x) => x[0])).toEqual(['POST', 'GET', 'DELETE']);
    expect(g.calls[2]).toEqual(['DELETE', '/api/jobs/j%201', undefined]);
    await g.answer({ job: job('cancelled') }); // the reading
    await g.answer({ job: job('cancelled') }); // the DELETE
    await cancelling;
    expect((await going)?.status).toBe('cancelled');
    expect(c.state).toMatchObject({ error: 'The analysis was cancelled.', running: false });
  });

  it('says so when the cancel itself fails', async () => {
    const { api } = fakeApi([{ job: job('running') }, new ApiFailure(404, 'no job j 1', [])]);
    const { c } = controller<string>({ api, sleep: () => new Promise(() => {}) });
    void c.run(req());
    await new Promise((r) => setTimeout(r, 0));
    expect(c.state.job?.id).toBe('j 1');
    await c.cancel();
    expect(c.state.error).toBe('no job j 1');
  });
});
