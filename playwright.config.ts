// Browser tests: Debian's chromium (no browser download here) against the built app served by vite preview.
import { defineConfig } from '@playwright/test';
import chromium from './chromium.json' with { type: 'json' };

const chromiumPath = process.env.CHROMIUM_PATH ?? chromium.executablePath;
const port = 4173;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromium.args,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
