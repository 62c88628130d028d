// Where the user is, kept in the address (#/chicken.yaml/analysis), so the back button and
// bookmarks work. The State graph can be opened on a path (#/m.yaml/graph?path=9,12,8), which it
// highlights.

export type Tab = 'model' | 'analysis' | 'graph' | 'mediator' | 'beliefs' | 'timeline' | 'evolution' | 'history' | 'source';
export const TABS: { id: Tab; label: string }[] = [
  { id: 'model', label: 'Model' },
  { id: 'analysis', label: 'Analysis' },
  { id: 'graph', label: 'State graph' },
  { id: 'mediator', label: 'Mediator' },
  { id: 'beliefs', label: 'Beliefs' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'evolution', label: 'Evolution' },
  { id: 'history', label: 'History' },
  { id: 'source', label: 'File' },
];

/**
 * The tabs a model offers: the Timeline only for a model with phases (`timeline:`), or while it is
 * the tab shown (it then says that the model has none).
 */
export function tabsFor(hasTimeline: boolean, current: Tab): { id: Tab; label: string }[] {
  return TABS.filter((t) => t.id !== 'timeline' || hasTimeline || current === 'timeline');
}

export type Route = { model: string | null; tab: Tab; path?: number[] };

export function parseHash(hash: string): Route {
  const [where, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = where.split('/');
  const model = parts[0] ? decodeURIComponent(parts[0]) : null;
  const tab = (TABS.find((t) => t.id === parts[1])?.id ?? 'model') as Tab;
  const path = (new URLSearchParams(query).get('path') ?? '')
    .split(',')
    .filter((s) => /^[1-9][0-9]*$/.test(s))
    .map(Number);
  return path.length > 0 ? { model, tab, path } : { model, tab };
}

export function toHash(r: Route): string {
  if (!r.model) return '#/';
  const path = r.path && r.path.length > 0 ? `?path=${r.path.join(',')}` : '';
  return `#/${encodeURIComponent(r.model)}/${r.tab}${path}`;
}
