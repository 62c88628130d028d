import { useEffect, useState } from 'preact/hooks';
import { api, ApiFailure } from './api';
import { Editor } from './Editor';
import { ExportMenu } from './ExportMenu';
import { AnalysisView } from './AnalysisView';
import { BeliefsView } from './BeliefsView';
import { GraphView } from './GraphView';
import { EvolutionView } from './EvolutionView';
import { HistoryView } from './HistoryView';
import { MediatorView } from './MediatorView';
import { SourceView } from './SourceView';
import { hasTimeline } from './timeline';
import { TimelineView } from './TimelineView';
import { parseHash, tabsFor, toHash, type Route, type Tab } from './route';
import { useModel, type ModelHandle } from './useModel';
import { WorkspaceList } from './WorkspaceList';
import type { CreateModelRequest, GmcrFile, Listing, ModelFile, ModelSummary } from './types';

export function App() {
  const [route, setRoute] = useState<Route>(parseHash(location.hash));
  const [models, setModels] = useState<ModelSummary[]>([]);
  const [gmcr, setGmcr] = useState<GmcrFile[]>([]);
  const [truncated, setTruncated] = useState(false);
  const [listError, setListError] = useState('');
  const model = useModel(route.model);

  const refresh = async () => {
    try {
      const r = await api<Listing>('GET', '/api/models');
      setModels(r.models);
      setGmcr(r.gmcr ?? []);
      setTruncated(r.truncated ?? false);
      setListError('');
    } catch (e) {
      setListError(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    void refresh();
    return () => window.removeEventListener('hashchange', on);
  }, []);

  useEffect(() => {
    document.title = route.model ? `${route.model} — Parley workbench` : 'Parley workbench';
  }, [route.model]);

  const go = (r: Route) => {
    void model.flush();
    location.hash = toHash(r);
  };

  return (
    <div class="layout">
      <a class="skip" href="#main">Skip to content</a>
      <aside class="sidebar" aria-label="Models">
        <h1 class="brand">Parley <span>workbench</span></h1>
        <NewModel onCreated={(name) => { void refresh(); go({ model: name, tab: 'model' }); }} />
        <nav aria-label="Models in the workspace">
          {listError && <p class="error">{listError}</p>}
          <WorkspaceList
            models={models}
            gmcr={gmcr}
            truncated={truncated}
            current={route.model}
            tab={route.tab}
            onImported={(name) => {
              void refresh();
              go({ model: name, tab: 'model' });
            }}
          />
        </nav>
      </aside>
      <main id="main" tabIndex={-1}>
        {!route.model ? (
          <Welcome count={models.length} />
        ) : (
          <ModelScreen route={route} model={model} go={go} onSaved={refresh} />
        )}
      </main>
    </div>
  );
}

function Welcome({ count }: { count: number }) {
  return (
    <section class="welcome">
      <h2>Welcome</h2>
      <p>
        The workbench edits the model files in this workspace folder — the same YAML files the <code>parley</code>{' '}
        command reads — and analyses them: which outcomes are stable, for whom, and why.
      </p>
      <p>
        {count > 0 ? 'Pick a model on the left, or start a new one.' : 'Start a new model on the left.'} Every edit is
        saved as you type; earlier versions are kept under History.
      </p>
    </section>
  );
}

function NewModel({ onCreated }: { onCreated: (name: string) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  if (!open) {
    return (
      <button class="primary wide" onClick={() => setOpen(true)}>
        New model
      </button>
    );
  }
  const create = async (e: Event) => {
    e.preventDefault();
    const file = /\.(ya?ml|json)$/.test(name) ? name : `${name}.yaml`;
    try {
      await api<ModelFile>('POST', '/api/models', { name: file } satisfies CreateModelRequest);
      setOpen(false);
      setName('');
      setError('');
      onCreated(file);
    } catch (err) {
      setError(err instanceof ApiFailure ? err.message : String(err));
    }
  };
  return (
    <form class="new-model" onSubmit={create}>
      <label>
        File name
        <input
          value={name}
          autoFocus
          placeholder="my-conflict.yaml"
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
      </label>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row">
        <button class="primary" type="submit" disabled={!name.trim()}>
          Create
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ModelScreen({ route, model, go, onSaved }: { route: Route; model: ModelHandle; go: (r: Route) => void; onSaved: () => void }) {
  const name = route.model!;
  useEffect(() => {
    if (model.saveState === 'saved' && model.savedAt) onSaved();
  }, [model.savedAt]);
  if (model.loadError) {
    return (
      <section>
        <h2>{name}</h2>
        <p class="error" role="alert">{model.loadError}</p>
      </section>
    );
  }
  if (!model.file) return <p class="muted">Loading {name}…</p>;
  const onTab = (t: Tab) => go({ model: name, tab: t });
  // the Timeline tab only for a model with phases (timeline:)
  const tabs = tabsFor(hasTimeline(model.tree), route.tab);
  return (
    <>
      <header class="model-header">
        <div>
          <h2>{model.tree?.title ?? name}</h2>
          <span class="file">{name}</span>
        </div>
        <SaveStatus model={model} />
        <ExportMenu name={name} model={model} />
      </header>
      {model.recovered && <RecoveredDraft model={model} />}
      <div role="tablist" aria-label="Views" class="tabs" onKeyDown={(e) => tabKeys(e, tabs, route.tab, onTab)}>
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={route.tab === t.id}
            aria-controls="panel"
            tabIndex={route.tab === t.id ? 0 : -1}
            onClick={() => onTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section id="panel" role="tabpanel" aria-labelledby={`tab-${route.tab}`} class="panel">
        {route.tab === 'model' && <Editor model={model} />}
        {route.tab === 'analysis' && <AnalysisView name={name} model={model} />}
        {route.tab === 'graph' && <GraphView name={name} model={model} path={route.path} onClearPath={() => go({ model: name, tab: 'graph' })} />}
        {route.tab === 'mediator' && <MediatorView key={name} name={name} model={model} />}
        {route.tab === 'beliefs' && <BeliefsView key={name} name={name} model={model} />}
        {route.tab === 'timeline' && <TimelineView key={name} name={name} model={model} />}
        {route.tab === 'evolution' && <EvolutionView name={name} model={model} onShowPath={(path) => go({ model: name, tab: 'graph', path })} />}
        {route.tab === 'history' && <HistoryView name={name} model={model} />}
        {route.tab === 'source' && <SourceView model={model} />}
      </section>
    </>
  );
}

function tabKeys(e: KeyboardEvent, tabs: { id: Tab }[], current: Tab, onTab: (t: Tab) => void) {
  const i = tabs.findIndex((t) => t.id === current);
  let next = -1;
  if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
  if (e.key === 'ArrowLeft') next = (i + tabs.length - 1) % tabs.length;
  if (e.key === 'Home') next = 0;
  if (e.key === 'End') next = tabs.length - 1;
  if (next >= 0) {
    e.preventDefault();
    onTab(tabs[next].id);
    setTimeout(() => document.getElementById(`tab-${tabs[next].id}`)?.focus(), 0);
  }
}

/** Unsaved edits of an earlier visit, kept by this browser: restore them or let them go. */
function RecoveredDraft({ model }: { model: ModelHandle }) {
  const r = model.recovered!;
  const when = new Date(r.draft.at);
  const where = r.draft.payload.text !== undefined ? 'in the File tab' : 'in the form';
  return (
    <div class="recovered" role="alert">
      <p>
        Unsaved edits to this model, made {where} (the last at {when.toLocaleString()}), were kept in this browser: the
        server never confirmed them.
        {r.changedSince
          ? ' The file has changed since they began: restoring them replaces it (its current content is kept in History).'
          : ' Restore them to save them now.'}
      </p>
      <button type="button" onClick={() => model.restoreDraft()}>
        Restore unsaved edits
      </button>{' '}
      <button type="button" onClick={() => model.discardDraft()}>
        Discard them
      </button>
    </div>
  );
}

function SaveStatus({ model }: { model: ModelHandle }) {
  const s = model.saveState;
  const label =
    s === 'saved'
      ? model.savedAt
        ? `Saved ${model.savedAt.toLocaleTimeString()}`
        : 'Saved'
      : s === 'pending'
        ? 'Editing…'
        : s === 'saving'
          ? 'Saving…'
          : s === 'conflict'
            ? 'Changed on disk'
            : 'Not saved';
  return (
    <div class={`save-status ${s}`} role="status" aria-live="polite" data-state={s}>
      {label}
      {s === 'error' && (
        <>
          {' '}
          <span class="error">{model.saveError}</span> <button onClick={() => void model.retry()}>Try again</button>
        </>
      )}
      {s === 'conflict' && (
        <>
          {' '}
          <span>{model.saveError}</span> <button onClick={() => void model.reload()}>Reload</button>
        </>
      )}
    </div>
  );
}
