import { describe, expect, it } from 'vitest';
import { Saver, type Payload } from './saver';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Saver', () => {
  it('sends only the latest edit, with the newest sha', async () => {
    const sent: { p: Payload; sha: string }[] = [];
    const gates: ReturnType<typeof deferred<{ sha256: string }>>[] = [];
    const saver = new Saver(
      'sha0',
      (p, sha) => {
        sent.push({ p, sha });
        const g = deferred<{ sha256: string }>();
        gates.push(g);
        return g.promise;
      },
      () => {},
      () => {},
      10_000,
    );
    saver.edit({ text: 'a' });
    const first = saver.flush();
    saver.edit({ text: 'b' });
    saver.edit({ text: 'c' });
    gates[0].resolve({ sha256: 'sha1' });
    await new Promise((r) => setTimeout(r, 0));
    gates[1]?.resolve({ sha256: 'sha2' });
    await first;
    await saver.flush();
    expect(sent.map((s) => s.p.text)).toEqual(['a', 'c']);
    expect(sent.map((s) => s.sha)).toEqual(['sha0', 'sha1']);
    expect(saver.state).toBe('saved');
  });

  it('keeps a failed edit and retries it', async () => {
    let fail = true;
    const sent: string[] = [];
    const saver = new Saver(
      's',
      async (p) => {
        sent.push(String(p.text));
        if (fail) throw { status: 500, message: 'disk full' };
        return { sha256: 't' };
      },
      () => {},
      () => {},
      10_000,
    );
    saver.edit({ text: 'x' });
    await saver.flush();
    expect(saver.state).toBe('error');
    expect(saver.error).toBe('disk full');
    expect(saver.hasUnsaved()).toBe(true);
    fail = false;
    await saver.retry();
    expect(saver.state).toBe('saved');
    expect(sent).toEqual(['x', 'x']);
  });

  it('stops at a conflict until reset', async () => {
    const saver = new Saver(
      's',
      async () => {
        throw { status: 409, message: 'changed on disk' };
      },
      () => {},
      () => {},
      10_000,
    );
    saver.edit({ text: 'x' });
    await saver.flush();
    expect(saver.state).toBe('conflict');
    saver.edit({ text: 'y' });
    expect(saver.state).toBe('conflict');
    saver.reset('fresh');
    expect(saver.state).toBe('saved');
    expect(saver.hasUnsaved()).toBe(false);
  });
});
