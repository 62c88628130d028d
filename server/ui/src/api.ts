import type { Problem } from './types';

/** An answer of the API that is not a success: its JSON error. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Problem[],
  ) {
    super(message);
  }
}

/** Calls the workbench API; writes are always sent as JSON (the server refuses anything else). */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { Accept: 'application/json' } };
  if (method !== 'GET') {
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body ?? {});
  }
  const res = await fetch(path, init);
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiFailure(res.status, `the server answered ${res.status} with something that is not JSON`, []);
  }
  if (!res.ok) {
    const e = (data ?? {}) as { error?: string; details?: Problem[] };
    throw new ApiFailure(res.status, e.error ?? `HTTP ${res.status}`, e.details ?? []);
  }
  return data as T;
}

export const enc = encodeURIComponent;

/** The path of a model's API resource. */
export function modelPath(name: string, rest = ''): string {
  return `/api/models/${enc(name)}${rest}`;
}
