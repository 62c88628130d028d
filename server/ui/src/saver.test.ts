import { describe, expect, it, vi } from 'vitest';
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

  it('tries again by itself while the server cannot be reached, and stops once it has the edit', async () => {
    vi.useFakeTimers();
    try {
      let down = 3;
      const sent: string[] = [];
      const states: string[] = [];
      const saver = new Saver(
        's0',
        async (p) => {
          sent.push(String(p.text));
          if (down-- > 0) throw new TypeError('Failed to fetch');
          return { sha256: 's1' };
        },
        () => {},
        (st) => states.push(st),
        10,
        [100, 200],
      );
      saver.edit({ text: 'kept' });
      await vi.advanceTimersByTimeAsync(10);
      expect(saver.state).toBe('error');
      expect(saver.error).toContain('cannot be reached');
      expect(saver.retrying()).toBe(true);
      await vi.advanceTimersByTimeAsync(100); // second try
      await vi.advanceTimersByTimeAsync(200); // third
      expect(sent).toEqual(['kept', 'kept', 'kept']);
      await vi.advanceTimersByTimeAsync(200); // fourth succeeds
      expect(sent).toEqual(['kept', 'kept', 'kept', 'kept']);
      expect(saver.state).toBe('saved');
      expect(saver.baseSha()).toBe('s1');
      expect(saver.retrying()).toBe(false);
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent.length).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not retry what the server refused', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const saver = new Saver(
        's0',
        async () => {
          calls++;
          throw { status: 400, message: 'not UTF-8' };
        },
        () => {},
        () => {},
        10,
        [100],
      );
      saver.edit({ text: 'x' });
      await vi.advanceTimersByTimeAsync(1000);
      expect(calls).toBe(1);
      expect(saver.state).toBe('error');
      expect(saver.error).toBe('not UTF-8');
      expect(saver.hasUnsaved()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
