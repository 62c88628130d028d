import { describe, expect, it } from 'vitest';
import { parseHash, TABS, tabsFor, toHash } from './route';

describe('route', () => {
  it('round-trips model names with spaces', () => {
    const r = { model: 'peace talks.yaml', tab: 'graph' as const };
    expect(parseHash(toHash(r))).toEqual(r);
  });
  it('defaults to the model tab and no model', () => {
    expect(parseHash('')).toEqual({ model: null, tab: 'model' });
    expect(parseHash('#/x.yaml/bogus')).toEqual({ model: 'x.yaml', tab: 'model' });
  });
  it('has a Mediator tab after the State graph', () => {
    expect(parseHash('#/peace-talks-2026.yaml/mediator')).toEqual({ model: 'peace-talks-2026.yaml', tab: 'mediator' });
    const ids = TABS.map((t) => t.id);
    expect(ids.indexOf('mediator')).toBe(ids.indexOf('graph') + 1);
  });
});

describe('the Beliefs tab', () => {
  it('sits between the Mediator and Evolution tabs', () => {
    expect(parseHash('#/chicken-misperceived.yaml/beliefs')).toEqual({ model: 'chicken-misperceived.yaml', tab: 'beliefs' });
    const ids = TABS.map((t) => t.id);
    expect(ids.indexOf('beliefs')).toBe(ids.indexOf('mediator') + 1);
    // the Evolution tab stays just before History
    expect(ids.indexOf('history')).toBe(ids.indexOf('evolution') + 1);
    expect(TABS.find((t) => t.id === 'beliefs')?.label).toBe('Beliefs');
  });
});

describe('the Timeline tab', () => {
  it('is offered after the Beliefs tab, only for a model with phases or while it is shown', () => {
    expect(parseHash('#/peace-talks-2026.yaml/timeline')).toEqual({ model: 'peace-talks-2026.yaml', tab: 'timeline' });
    const ids = (tabs: { id: string }[]) => tabs.map((t) => t.id);
    const offered = ids(tabsFor(true, 'model'));
    expect(offered.indexOf('timeline')).toBe(offered.indexOf('beliefs') + 1);
    expect(offered).toEqual(ids(TABS));
    expect(ids(tabsFor(false, 'model'))).not.toContain('timeline');
    expect(ids(tabsFor(false, 'model'))).toHaveLength(TABS.length - 1);
    expect(ids(tabsFor(false, 'timeline'))).toContain('timeline');
  });
});

describe('route with a path to highlight', () => {
  it('round-trips the evolution tab and a path in the state graph', () => {
    expect(parseHash(toHash({ model: 'peace.yaml', tab: 'evolution' }))).toEqual({ model: 'peace.yaml', tab: 'evolution' });
    const r = { model: 'peace talks.yaml', tab: 'graph' as const, path: [9, 12, 8] };
    expect(toHash(r)).toBe('#/peace%20talks.yaml/graph?path=9,12,8');
    expect(parseHash(toHash(r))).toEqual(r);
  });
  it('ignores what is not a state number', () => {
    expect(parseHash('#/x.yaml/graph?path=9,,x,0,-1,12')).toEqual({ model: 'x.yaml', tab: 'graph', path: [9, 12] });
    expect(parseHash('#/x.yaml/graph?path=')).toEqual({ model: 'x.yaml', tab: 'graph' });
  });
});
