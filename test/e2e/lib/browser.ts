// Headless Debian chromium driven by playwright-core, pointed at a code-server workbench.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { log } from './log';
import type { Tools } from './tools';

export interface Workbench {
  page: Page;
  /** Browser console lines so far. */
  console: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openWorkbench(tools: Tools, profileDir: string, artifacts: string,
  before?: (page: Page) => Promise<void>): Promise<{ wb: Workbench; goto: (url: string) => Promise<void> }> {
  const ctx: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: tools.chromium,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  const lines: string[] = [];
  page.on('console', m => lines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', e => lines.push(`[pageerror] ${e.message}`));
  if (before) await before(page);
  fs.mkdirSync(artifacts, { recursive: true });
  const wb: Workbench = {
    page,
    console: lines,
    async screenshot(name: string): Promise<string> {
      const file = path.join(artifacts, `${name}.png`);
      await page.screenshot({ path: file });
      log(`screenshot ${path.relative(process.cwd(), file)}`);
      return file;
    },
    async close(): Promise<void> {
      fs.writeFileSync(path.join(artifacts, 'browser-console.log'), lines.join('\n'));
      await ctx.close().catch(() => undefined);
    },
  };
  const goto = async (url: string): Promise<void> => {
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log('workbench loaded');
  };
  return { wb, goto };
}
