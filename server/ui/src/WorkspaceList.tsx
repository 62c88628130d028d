import { useState } from 'preact/hooks';
import { api, ApiFailure } from './api';
import { baseName, byFolder } from './folders';
import { toHash, type Tab } from './route';
import type { GmcrFile, ImportAnswer, ImportRequest, ModelSummary } from './types';

/**
 * The models of the workspace (its folder and subfolders), and its GMCR+ files, each with Import,
 * which converts it into a new YAML model beside it.
 */
export function WorkspaceList({
  models,
  gmcr,
  truncated,
  current,
  tab,
  onImported,
}: {
  models: ModelSummary[];
  gmcr: GmcrFile[];
  truncated: boolean;
  current: string | null;
  tab: Tab;
  onImported: (name: string) => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<{ file: string; text: string; warnings: string[]; error: boolean } | null>(null);

  const importFile = async (file: string) => {
    setBusy(file);
    setNote(null);
    try {
      const r = await api<ImportAnswer>('POST', '/api/imports', { file } satisfies ImportRequest);
      setNote({ file, text: `Imported as ${r.name}.`, warnings: r.warnings, error: false });
      onImported(r.name);
    } catch (e) {
      setNote({ file, text: e instanceof ApiFailure ? e.message : String(e), warnings: [], error: true });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <ul class="model-list">
        {byFolder(models).map(([folder, items]) => (
          <li key={`f:${folder}`} class="folder-group">
            {folder && <span class="folder">{folder}/</span>}
            <ul>
              {items.map((m) => (
                <li key={m.name}>
                  <a href={toHash({ model: m.name, tab })} aria-current={m.name === current ? 'page' : undefined}>
                    <span class="title">{m.title ?? baseName(m.name)}</span>
                    <span class="file">{baseName(m.name)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {truncated && <p class="muted small-note">The workspace holds too many files; only part of it is listed.</p>}
      {gmcr.length > 0 && (
        <section class="gmcr-files" aria-labelledby="h-gmcr">
          <h2 id="h-gmcr">GMCR+ files</h2>
          <ul>
            {gmcr.map((g) => (
              <li key={g.name}>
                <span class="file">{g.name}</span>
                <button type="button" class="small" disabled={busy !== null} onClick={() => void importFile(g.name)}>
                  {busy === g.name ? 'Importing…' : 'Import'}
                  <span class="sr-only"> {g.name}</span>
                </button>
                {note && note.file === g.name && (
                  <div class={note.error ? 'error' : 'import-note'} role={note.error ? 'alert' : 'status'}>
                    {note.text}
                    {note.warnings.length > 0 && (
                      <ul>
                        {note.warnings.map((w, i) => (
                          <li key={i}>{w}</li>
                        ))}
                      </ul>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
