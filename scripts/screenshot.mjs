// npm run screenshot: builds, takes the README's screenshots with the browser tests into a temporary folder,
// then copies them into docs/. Only this command changes the tracked images.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = mkdtempSync(join(tmpdir(), 'dashboard-shots-'));
const env = { ...process.env, SCREENSHOT_DIR: folder };
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
execFileSync('npx', ['playwright', 'test', '-g', 'screenshot'], { stdio: 'inherit', env });
for (const file of readdirSync(folder).filter((f) => f.endsWith('.png'))) {
  copyFileSync(join(folder, file), join('docs', file));
  console.log(`docs/${file} updated`);
}
