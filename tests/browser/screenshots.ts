// Where the browser tests write their screenshots: a temporary folder, never the tracked docs/ (npm run screenshot copies them there).
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function screenshotFolder(): string {
  const folder = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'taiyuan-dashboard-screenshots');
  mkdirSync(folder, { recursive: true });
  return folder;
}
