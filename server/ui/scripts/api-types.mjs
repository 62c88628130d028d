// The UI's types of the REST API are generated from the server's openapi.json by openapi-typescript:
// `npm run gen:api` writes src/generated/api-types.ts. generateApiTypes() runs that same command into
// a temporary file instead, so that a test (src/api-types.test.ts) fails when the committed file is
// stale, that is when openapi.json changed and `npm run gen:api` was not run.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ui = fileURLToPath(new URL('..', import.meta.url));
export const OUTPUT = 'src/generated/api-types.ts';

export function generateApiTypes() {
  const command = JSON.parse(readFileSync(join(ui, 'package.json'), 'utf8')).scripts['gen:api'];
  const target = ` -o ${OUTPUT}`;
  if (!command.endsWith(target)) throw new Error(`the gen:api script should end with '${target}': ${command}`);
  const dir = mkdtempSync(join(tmpdir(), 'parley-api-types-'));
  try {
    const out = join(dir, 'api-types.ts');
    execSync(command.slice(0, -target.length) + ` -o "${out}"`, {
      cwd: ui,
      stdio: 'pipe',
      env: { ...process.env, PATH: join(ui, 'node_modules', '.bin') + delimiter + process.env.PATH },
    });
    return { command, committed: readFileSync(join(ui, OUTPUT), 'utf8'), generated: readFileSync(out, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
