import { useEffect, useState } from 'preact/hooks';
import { api, ApiFailure, modelPath } from './api';
import type { DiffT, History, Kept, Version } from './types';
import type { ModelHandle } from './useModel';

export function HistoryView({ name, model }: { name: string; model: ModelHandle }) {
  const [versions, setVersions] = useState<Version[]>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [diff, setDiff] = useState<DiffT | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const load = async () => {
    try {
      await model.flush();
      const h = await api<History>('GET', modelPath(name, '/history'));
      setVersions(h.versions);
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : String(e));
    }
  };
  useEffect(() => {
    void load();
  }, [name, model.file?.sha256]);

  useEffect(() => {
    if (!chosen) return setDiff(null);
    api<DiffT>('GET', modelPath(name, `/history/${chosen}/diff`))
      .then(setDiff)
      .catch((e) => setError(e instanceof ApiFailure ? e.message : String(e)));
  }, [chosen, model.file?.sha256]);

  const keep = async () => {
    await model.flush();
    const r = await api<Kept>('POST', modelPath(name, '/history'));
    setMessage(r.version ? `Kept this version (${when(r.version.savedAt)}).` : 'The newest kept version already holds this content.');
    await load();
  };

  const restore = async (id: string) => {
    if (!confirm(`Restore the version of ${when(versions.find((v) => v.id === id)?.savedAt ?? '')}? The current content is kept in the history first.`)) return;
    await model.flush();
    await api('POST', modelPath(name, `/history/${id}/restore`));
    await model.reload();
    setChosen(null);
    setMessage(`Restored the version of ${when(versions.find((v) => v.id === id)?.savedAt ?? '')}; what it replaced is kept in the history.`);
    await load();
  };

  return (
    <div class="history">
      <p class="muted">
        Each save replaces the file atomically. While you edit, Parley keeps the previous content at most once a minute; “Keep this version”
        keeps it now. Versions are plain files under <code>.parley-history/{name}/</code>.
      </p>
      <div class="row">
        <button class="primary" onClick={() => void keep()}>
          Keep this version
        </button>
        {message && <span role="status">{message}</span>}
        {error && <span class="error" role="alert">{error}</span>}
      </div>
      <div class="history-panes">
        <ol class="versions" aria-label="Kept versions, newest first">
          {versions.length === 0 && <li class="muted">No earlier versions yet.</li>}
          {versions.map((v) => (
            <li key={v.id} class={chosen === v.id ? 'chosen' : ''}>
              <button class="version" aria-pressed={chosen === v.id} onClick={() => setChosen(v.id)}>
                {when(v.savedAt)} <span class="muted">{v.size} bytes</span>
              </button>
            </li>
          ))}
        </ol>
        <div class="diff-pane">
          {!diff ? (
            <p class="muted">Choose a version to see what changed since.</p>
          ) : (
            <>
              <div class="row">
                <strong>
                  Since {when(versions.find((v) => v.id === diff.from)?.savedAt ?? diff.from)}: {diff.added} lines added, {diff.removed} removed
                </strong>
                <button onClick={() => void restore(diff.from)}>Restore this version</button>
              </div>
              <pre class="diff" aria-label="Differences, old to current">
                {diff.lines.map((l, i) => (
                  <div key={i} class={l.op}>
                    <span class="sign" aria-hidden="true">
                      {l.op === 'added' ? '+' : l.op === 'removed' ? '−' : ' '}
                    </span>
                    <span class="sr-only">{l.op === 'same' ? '' : l.op + ': '}</span>
                    {l.text}
                  </div>
                ))}
              </pre>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

function when(iso: string): string {
  const d = new Date(iso);
  return isNaN(d.getTime()) ? iso : d.toLocaleString();
}
