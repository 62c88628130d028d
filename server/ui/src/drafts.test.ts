import { describe, expect, it } from 'vitest';
import { DRAFT_PREFIX, Drafts, sameAsFile, type KeyValue } from './drafts';

function memory(): KeyValue & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('Drafts', () => {
  it('keeps one draft per model until it is cleared', () => {
    const store = memory();
    const d = new Drafts(store);
    expect(d.save('a.yaml', { payload: { text: 'title: one' }, baseSha256: 's1', at: '2026-12-01T10:00:00Z' })).toBe(true);
    d.save('a.yaml', { payload: { text: 'title: two' }, baseSha256: 's1', at: '2026-12-01T10:00:01Z' });
    d.save('dir/b.yaml', { payload: { model: { title: 'b' } }, baseSha256: 's2', at: '2026-12-01T10:00:02Z' });
    expect(d.load('a.yaml')?.payload.text).toBe('title: two');
    expect(d.load('dir/b.yaml')?.payload.model).toEqual({ title: 'b' });
    expect([...store.map.keys()].sort()).toEqual([DRAFT_PREFIX + 'a.yaml', DRAFT_PREFIX + 'dir/b.yaml']);
    d.clear('a.yaml');
    expect(d.load('a.yaml')).toBeNull();
    expect(d.load('dir/b.yaml')).not.toBeNull();
  });

  it('survives a storage that refuses or holds garbage', () => {
    const full: KeyValue = {
      getItem: () => '{not json',
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const d = new Drafts(full);
    expect(d.save('a.yaml', { payload: { text: 'x' }, baseSha256: '', at: '' })).toBe(false);
    expect(d.load('a.yaml')).toBeNull();
    expect(() => d.clear('a.yaml')).not.toThrow();
    const none = new Drafts(null);
    expect(none.save('a.yaml', { payload: { text: 'x' }, baseSha256: '', at: '' })).toBe(false);
    expect(none.load('a.yaml')).toBeNull();
    const odd = memory();
    odd.setItem(DRAFT_PREFIX + 'a.yaml', JSON.stringify({ payload: { text: 3 }, baseSha256: 's', at: 'now' }));
    expect(new Drafts(odd).load('a.yaml')).toBeNull();
  });

  it('tells a draft the file already holds from one it does not', () => {
    const text = { payload: { text: 'title: x\n' }, baseSha256: 'old', at: 'now' };
    expect(sameAsFile(text, { text: 'title: x\n', model: {} })).toBe(true);
    expect(sameAsFile(text, { text: 'title: y\n', model: {} })).toBe(false);
    const tree = { payload: { model: { title: 'x', parley: 1 } }, baseSha256: 'old', at: 'now' };
    expect(sameAsFile(tree, { text: '', model: { parley: 1, title: 'x' } })).toBe(true);
    expect(sameAsFile(tree, { text: '', model: { parley: 1, title: 'y' } })).toBe(false);
  });
});
