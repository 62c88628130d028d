// Models and GMCR+ files in the folders of the workspace.

/** Items grouped by folder: the workspace folder itself first, then each subfolder by name. */
export function byFolder<T extends { name: string; folder?: string }>(items: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const folder = it.folder ?? (it.name.includes('/') ? it.name.slice(0, it.name.lastIndexOf('/')) : '');
    if (!groups.has(folder)) groups.set(folder, []);
    groups.get(folder)!.push(it);
  }
  return [...groups.entries()].sort((a, b) => (a[0] === '' ? -1 : b[0] === '' ? 1 : a[0].localeCompare(b[0])));
}

/** A file's name without its folders. */
export function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
