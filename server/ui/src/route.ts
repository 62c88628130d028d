// Where the user is, kept in the address (#/chicken.yaml/analysis), so the back button and
// bookmarks work.

export type Tab = 'model' | 'analysis' | 'graph' | 'mediator' | 'history' | 'source';
export const TABS: { id: Tab; label: string }[] = [
  { id: 'model', label: 'Model' },
  { id: 'analysis', label: 'Analysis' },
  { id: 'graph', label: 'State graph' },
  { id: 'mediator', label: 'Mediator' },
  { id: 'history', label: 'History' },
  { id: 'source', label: 'File' },
];

export type Route = { model: string | null; tab: Tab };

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const model = parts[0] ? decodeURIComponent(parts[0]) : null;
  const tab = (TABS.find((t) => t.id === parts[1])?.id ?? 'model') as Tab;
  return { model, tab };
}

export function toHash(r: Route): string {
  return r.model ? `#/${encodeURIComponent(r.model)}/${r.tab}` : '#/';
}
