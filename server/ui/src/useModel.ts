import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiFailure, modelPath } from './api';
import { Saver, type SaveState } from './saver';
import type { ModelFile, ModelTree, Validation } from './types';

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
};

/** A model file as the editor sees it, saved continuously (see Saver). */
export function useModel(name: string | null): ModelHandle {
  const [file, setFile] = useState<ModelFile | null>(null);
  const [tree, setTree] = useState<ModelTree | null>(null);
  const [text, setText] = useState('');
  const [validation, setValidation] = useState<Validation | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState('');
  const [loadError, setLoadError] = useState('');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const saverRef = useRef<Saver<ModelFile> | null>(null);

  const saver = useMemo(() => {
    if (!name) return null;
    const s = new Saver<ModelFile>(
      '',
      (p, base) => api<ModelFile>('PUT', modelPath(name), { ...p, baseSha256: base || undefined }),
      (r, p, morePending) => {
        setFile(r);
        setValidation(r.validation);
        setSavedAt(new Date());
        if (!morePending) {
          if (p.text !== undefined) setTree(r.model);
          else setText(r.text);
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

  const load = async () => {
    if (!name || !saver) return;
    try {
      const f = await api<ModelFile>('GET', modelPath(name));
      setFile(f);
      setTree(f.model);
      setText(f.text);
      setValidation(f.validation);
      setLoadError('');
      saver.reset(f.sha256);
    } catch (e) {
      setLoadError(e instanceof ApiFailure ? e.message : String(e));
      setFile(null);
    }
  };

  useEffect(() => {
    setFile(null);
    setTree(null);
    setText('');
    setValidation(null);
    setSavedAt(null);
    void load();
    const beforeUnload = (ev: BeforeUnloadEvent) => {
      if (saverRef.current?.hasUnsaved()) {
        void saverRef.current.flush();
        ev.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
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
      setTree(t);
      saver?.edit({ model: t });
    },
    editText: (t) => {
      setText(t);
      saver?.edit({ text: t });
    },
    flush: async () => {
      await saver?.flush();
    },
    reload: load,
    retry: async () => {
      await saver?.retry();
    },
  };
}
