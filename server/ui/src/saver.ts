// Continuous saving: every edit is saved after a short pause; while a save is in flight, further
// edits wait and only the latest is sent next, with the file's newest SHA-256, so that the server
// can refuse to overwrite changes made elsewhere. Nothing typed is dropped: a failed save keeps
// the edit pending and says so, and a save that failed because the server could not be reached or
// failed itself (no answer, or a 5xx) is tried again by itself, after 1, 2, 4, 8 and then every 15
// seconds, until the server has it. (The browser also keeps the edit in its storage: drafts.ts.)

import type { SaveRequest } from './types';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

/** An edit: the file's text, or its tree; {@code keepVersion} keeps the content it replaces. */
export type Payload = Pick<SaveRequest, 'text' | 'model' | 'keepVersion'>;

export type SendResult = { sha256: string };

export class Saver<R extends SendResult> {
  private pending: Payload | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  state: SaveState = 'saved';
  error = '';

  constructor(
    private sha: string,
    private readonly send: (p: Payload, baseSha256: string) => Promise<R>,
    private readonly onSaved: (r: R, p: Payload, morePending: boolean) => void,
    private readonly onState: (s: SaveState, error: string) => void,
    private readonly delayMs = 500,
    private readonly retryMs: readonly number[] = [1000, 2000, 4000, 8000, 15000],
  ) {}

  /** The SHA-256 of the file as the server last confirmed it: what the pending edit builds on. */
  baseSha(): string {
    return this.sha;
  }

  /** Whether the last failure will be tried again by itself. */
  retrying(): boolean {
    return this.retryTimer !== null;
  }

  /** Queues an edit; it is saved after the pause unless another edit replaces it. */
  edit(p: Payload): void {
    this.pending = p;
    this.set(this.state === 'conflict' ? 'conflict' : 'pending', '');
    if (this.state === 'conflict') return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves what is pending now, and resolves when nothing is pending or in flight. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight || (this.pending && this.state !== 'conflict' && this.state !== 'error')) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      const p = this.pending!;
      this.pending = null;
      this.set('saving', '');
      this.inFlight = this.send(p, this.sha)
        .then((r) => {
          this.sha = r.sha256;
          this.retries = 0;
          this.onSaved(r, p, this.pending !== null);
          this.set(this.pending ? 'pending' : 'saved', '');
        })
        .catch((e: { status?: number; message?: string }) => {
          if (this.pending === null) this.pending = p; // keep the edit
          const transient = e.status === undefined || e.status === 0 || e.status >= 500;
          if (transient) this.scheduleRetry();
          this.set(
            e.status === 409 ? 'conflict' : 'error',
            transient && (e.status === undefined || e.status === 0)
              ? 'the server cannot be reached; trying again'
              : (e.message ?? String(e)),
          );
        })
        .finally(() => {
          this.inFlight = null;
        });
    }
  }

  /** Tries again after an error (the pending edit is still there). */
  retry(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (this.state === 'error') this.set('pending', '');
    return this.flush();
  }

  private scheduleRetry() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const wait = this.retryMs[Math.min(this.retries, this.retryMs.length - 1)];
    this.retries++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.state === 'error') void this.retry();
    }, wait);
  }

  /** Starts over from a freshly loaded file (after a conflict, a restore or a reload). */
  reset(sha: string): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.timer = null;
    this.retryTimer = null;
    this.retries = 0;
    this.pending = null;
    this.sha = sha;
    this.set('saved', '');
  }

  hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  private set(s: SaveState, error: string) {
    this.state = s;
    this.error = error;
    this.onState(s, error);
  }
}
