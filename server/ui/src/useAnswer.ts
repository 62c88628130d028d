// A question to the server that is answered at once (not as a job), as the Beliefs and Timeline
// tabs ask theirs: asked again when its key (model, version, question) changes, and kept per key.
import { useEffect, useState } from 'preact/hooks';
import { api } from './api';
import { jobError } from './jobs';
import type { Problem } from './types';

// Answers are kept per model version and question, so moving between tabs does not ask again.
const answers = new Map<string, unknown>();

export type Ask = { path: string; body: object; key: string } | null;
export type Answer<T> = { result: T | null; error: string; details: Problem[]; running: boolean };
const NONE = { result: null, error: '', details: [], running: false };

/** One question to the server (answered at once, not as a job), asked again when its key changes. */
export function useAnswer<T>(ask: Ask, flush: () => Promise<void>): Answer<T> {
  const [state, setState] = useState<Answer<T>>(() => ({ ...NONE, result: ask ? ((answers.get(ask.key) as T | undefined) ?? null) : null }));
  useEffect(() => {
    if (!ask) {
      setState(NONE);
      return;
    }
    const kept = answers.get(ask.key) as T | undefined;
    if (kept !== undefined) {
      setState({ ...NONE, result: kept });
      return;
    }
    let live = true;
    setState({ ...NONE, running: true });
    (async () => {
      try {
        await flush();
        const r = await api<T>('POST', ask.path, ask.body);
        answers.set(ask.key, r);
        if (live) setState({ ...NONE, result: r });
      } catch (e) {
        if (live) setState({ ...NONE, ...jobError(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [ask?.key]);
  return state;
}
