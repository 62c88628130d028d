// Runs `npm ci` only when node_modules is missing or older than package.json / package-lock.json,
// so that repeated Maven builds do not reinstall the UI's dependencies every time.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const newest = Math.max(statSync('package.json').mtimeMs, statSync('package-lock.json').mtimeMs);
if (existsSync(marker) && statSync(marker).mtimeMs >= newest) {
  console.log('ui: node_modules is up to date');
  process.exit(0);
}
console.log('ui: npm ci');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status ?? 1);
