// Test doubles shared by the vitest tests (nothing in the bundle imports this file).
import type { Job } from './types';

/** A job as the server describes it (id 'j 1', to see that its id is encoded in paths). */
export const job = (status: Job['status'], phase = 'analysing', done = 0, total = 0, over: Partial<Job> = {}): Job => ({
  id: 'j 1',
  model: 'talks.yaml',
  kind: 'analysis',
  status,
  progress: { phase, done, total },
  ...over,
});

/** A fake workbench API that answers from a script (an Error in it is thrown) and records the calls. */
export function fakeApi(replies: unknown[]) {
  const calls: [string, string, unknown][] = [];
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    calls.push([method, path, body]);
    if (replies.length === 0) throw new Error(`no answer scripted for ${method} ${path}`);
    const r = replies.shift();
    if (r instanceof Error) throw r;
    return r as T;
  };
  return { api, calls };
}
