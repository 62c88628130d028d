import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiFailure, modelPath } from './api';
import { browserDrafts, sameAsFile, type Draft, type Drafts } from './drafts';
import { Saver, type Payload, type SaveState } from './saver';
import type { ModelFile, ModelTree, SaveRequest, Validation } from './types';
import { dropsComments, formEdit } from './yamlEdit';

export type ModelHandle = {
  file: ModelFile | null;
  tree: ModelTree | null;
  text: string;
  validation: Validation | null;
  saveState: SaveState;
  saveError: string;
  loadError: string;
  savedAt: Date | null;
  editTree: (t: ModelTree) => void;
  editText: (t: string) => void;
  flush: () => Promise<void>;
  reload: () => Promise<void>;
  retry: () => Promise<void>;
  /** Unsaved edits of an earlier visit, kept by this browser, that differ from the file. */
  recovered: Recovered | null;
  restoreDraft: () => void;
  discardDraft: () => void;
};

export type Recovered = {
  draft: Draft;
  /** Whether the file has changed since the draft's edits began (elsewhere, or by a lost answer). */
  changedSince: boolean;
};

/**
 * A model file as the editor sees it, saved continuously (see Saver), every unsaved edit also kept
 * in the browser's storage until the server acknowledges it (see drafts.ts).
 */
export function useModel(name: string | null, drafts: Drafts = browserDrafts()): ModelHandle {
  const [file, setFile] = useState<ModelFile | null>(null);
  const [tree, setTree] = useState<ModelTree | null>(null);
  const [text, setText] = useState('');
  const [validation, setValidation] = useState<Validation | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState('');
  const [loadError, setLoadError] = useState('');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [recovered, setRecovered] = useState<Recovered | null>(null);
  const saverRef = useRef<Saver<ModelFile> | null>(null);
  // the newest text, also between renders (two form edits in one frame each build on the other)
  const textRef = useRef('');
  // edits of the form sent as the file's text: their answer does not replace the form's tree
  const fromForm = useRef(new WeakSet<Payload>()).current;
  // files whose comments the analyst agreed to lose in a form edit that cannot be made in place
  const agreed = useRef(new Set<string>()).current;
  const setBoth = (t: string) => {
    textRef.current = t;
    setText(t);
  };

  const saver = useMemo(() => {
    if (!name) return null;
    const s = new Saver<ModelFile>(
      '',
      (p, base) => api<ModelFile>('PUT', modelPath(name), { ...p, baseSha256: base || undefined } satisfies SaveRequest),
      (r, p, morePending) => {
        setFile(r);
        setValidation(r.validation);
        setSavedAt(new Date());
        if (!morePending) drafts.clear(name); // the server has the newest edit
        if (!morePending) {
          if (p.text !== undefined && !fromForm.has(p)) setTree(r.model);
          else if (p.text === undefined) setBoth(r.text);
        }
      },
      (st, err) => {
        setSaveState(st);
        setSaveError(err);
      },
    );
    saverRef.current = s;
    return s;
  }, [name]);

  const loadRetry = useRef<ReturnType<typeof setTimeout> | null>(null);

  const load = async () => {
    if (!name || !saver) return;
    if (loadRetry.current) clearTimeout(loadRetry.current);
    loadRetry.current = null;
    try {
      const f = await api<ModelFile>('GET', modelPath(name));
      setFile(f);
      setTree(f.model);
      setBoth(f.text);
      setValidation(f.validation);
      setLoadError('');
      saver.reset(f.sha256);
      const d = drafts.load(name);
      const unsaved = d !== null && !sameAsFile(d, f);
      if (d && !unsaved) drafts.clear(name); // it was saved; only the answer was lost
      setRecovered(d && unsaved ? { draft: d, changedSince: d.baseSha256 !== f.sha256 } : null);
    } catch (e) {
      const unreachable = !(e instanceof ApiFailure) || e.status >= 500;
      const kept = drafts.load(name) !== null;
      setLoadError(
        (e instanceof ApiFailure ? e.message : 'the workbench server cannot be reached') +
          (unreachable ? '; trying again every few seconds' : '') +
          (kept ? '. Your unsaved edits are kept in this browser and will be offered when the model opens.' : ''),
      );
      setFile(null);
      if (unreachable) loadRetry.current = setTimeout(() => void load(), 3000);
    }
  };

  const edit = (p: Payload) => {
    if (!name || !saver) return;
    drafts.save(name, { payload: p, baseSha256: saver.baseSha(), at: new Date().toISOString() });
    saver.edit(p);
  };

  useEffect(() => {
    setFile(null);
    setTree(null);
    setBoth('');
    setValidation(null);
    setSavedAt(null);
    setRecovered(null);
    void load();
    const beforeUnload = (ev: BeforeUnloadEvent) => {
      if (saverRef.current?.hasUnsaved()) {
        void saverRef.current.flush();
        ev.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      if (loadRetry.current) clearTimeout(loadRetry.current);
      window.removeEventListener('beforeunload', beforeUnload);
      void saver?.flush();
    };
  }, [name]);

  return {
    file,
    tree,
    text,
    validation,
    saveState,
    saveError,
    loadError,
    savedAt,
    editTree: (t) => {
      // the edit is made to the file's text, so its comments and layout stay (yamlEdit.ts)
      const p = formEdit(file?.name ?? '', textRef.current, t);
      if (name && !agreed.has(name) && dropsComments(name, textRef.current, p)) {
        const ok = window.confirm(
          `${name} cannot be edited in place, so this form edit would write the whole file anew and drop its comments ` +
            '(the version before it stays in the History). Make the edit? To keep the comments, cancel and edit in the File tab.',
        );
        if (!ok) return;
        agreed.add(name);
      }
      setTree(t);
      if (p.text !== undefined) {
        setBoth(p.text);
        fromForm.add(p);
      }
      edit(p);
    },
    editText: (t) => {
      setBoth(t);
      edit({ text: t });
    },
    flush: async () => {
      await saver?.flush();
    },
    reload: load,
    retry: async () => {
      await saver?.retry();
    },
    recovered,
    restoreDraft: () => {
      if (!recovered) return;
      const p = recovered.draft.payload;
      if (p.text !== undefined) setBoth(p.text);
      else setTree(p.model as ModelTree);
      setRecovered(null);
      // saved over the file as it is now; what it replaces is kept as a version (History)
      edit({ ...p, keepVersion: true });
    },
    discardDraft: () => {
      if (name) drafts.clear(name);
      setRecovered(null);
    },
  };
}
