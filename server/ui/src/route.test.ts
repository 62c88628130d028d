import { describe, expect, it } from 'vitest';
import { parseHash, toHash } from './route';

describe('route', () => {
  it('round-trips model names with spaces', () => {
    const r = { model: 'peace talks.yaml', tab: 'graph' as const };
    expect(parseHash(toHash(r))).toEqual(r);
  });
  it('defaults to the model tab and no model', () => {
    expect(parseHash('')).toEqual({ model: null, tab: 'model' });
    expect(parseHash('#/x.yaml/bogus')).toEqual({ model: 'x.yaml', tab: 'model' });
  });
});
