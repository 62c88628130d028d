// Unsaved edits kept in the browser's storage (localStorage) until the server has them: one draft
// per model file, written on every edit and removed when the server acknowledges a save with
// nothing newer pending. A reload, a closed tab or a server that went away loses nothing: the
// next time the model opens, a draft that differs from the file is offered back (see useModel).

import type { Payload } from './saver';

export type Draft = {
  /** The newest edit: the file's text, or its tree from the form. */
  payload: Payload;
  /** The SHA-256 of the file as the server last confirmed it when the edit was made. */
  baseSha256: string;
  /** When the edit was made (ISO 8601). */
  at: string;
};

/** The part of the Web Storage API a draft needs (localStorage, or a map in tests). */
export type KeyValue = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
};

export const DRAFT_PREFIX = 'parley.draft:';

export class Drafts {
  constructor(private readonly store: KeyValue | null) {}

  /** Keeps {@code d} as the draft of model {@code name}; false when the storage refused it. */
  save(name: string, d: Draft): boolean {
    if (!this.store) return false;
    try {
      this.store.setItem(DRAFT_PREFIX + name, JSON.stringify(d));
      return true;
    } catch {
      return false; // full, or disabled (private browsing): the edit is still held in memory
    }
  }

  /** The draft of model {@code name}, or null when there is none (or it cannot be read). */
  load(name: string): Draft | null {
    if (!this.store) return null;
    let raw: string | null;
    try {
      raw = this.store.getItem(DRAFT_PREFIX + name);
    } catch {
      return null;
    }
    if (!raw) return null;
    try {
      const d = JSON.parse(raw) as Draft;
      const p = d?.payload;
      const ok =
        p &&
        typeof d.baseSha256 === 'string' &&
        typeof d.at === 'string' &&
        (typeof p.text === 'string' || (p.model !== undefined && typeof p.model === 'object'));
      return ok ? d : null;
    } catch {
      return null;
    }
  }

  clear(name: string): void {
    try {
      this.store?.removeItem(DRAFT_PREFIX + name);
    } catch {
      // nothing to do: a draft that cannot be removed is offered again and can be discarded then
    }
  }
}

/** The drafts of this browser (none when storage is unavailable). */
export function browserDrafts(): Drafts {
  try {
    return new Drafts(window.localStorage);
  } catch {
    return new Drafts(null);
  }
}

/** Whether a draft says the same as the file: then it was saved and only the answer was lost. */
export function sameAsFile(d: Draft, file: { text: string; model: unknown }): boolean {
  if (d.payload.text !== undefined) return d.payload.text === file.text;
  return canonical(d.payload.model) === canonical(file.model);
}

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}
