// Things a person does in the VS Code workbench, as playwright steps that wait for what they expect to see.
import type { Page } from 'playwright-core';
import { log } from './log';

const SHORT = 20_000;

/** Quick Open (Ctrl+P): type the path, wait for its row, open it, wait for its tab to be the active one. */
export async function openFile(page: Page, relPath: string): Promise<void> {
  const base = relPath.split('/').pop()!;
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: SHORT });
  await input.fill(relPath);
  // Enter only once the focused (first) row is the file: before filtering, it is the recently opened one.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: base }).waitFor({ timeout: SHORT });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ timeout: SHORT });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ timeout: SHORT });
  log(`opened ${relPath}`);
}

/** Go to Line/Column (Ctrl+G) with 0-based line and character. */
export async function goTo(page: Page, line: number, character: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: SHORT });
  await input.fill(`:${line + 1}:${character + 1}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: SHORT });
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: SHORT });
}

/** Runs a command by its title through the command palette. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: SHORT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor({ timeout: SHORT });
  await page.keyboard.press('Enter');
}

/** The texts of the Problems panel rows (opens the panel). */
export async function problemsRows(page: Page): Promise<string[]> {
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor({ timeout: SHORT });
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** Waits until the Problems panel shows rows matching every pattern; returns all row texts. */
export async function waitForProblems(page: Page, patterns: RegExp[], timeoutMs = 60_000): Promise<string[]> {
  const end = Date.now() + timeoutMs;
  // The panel is a virtual list: only the rows in view exist. Rows seen are kept, and the list is paged
  // down between looks, so a diagnostic below the fold is still found.
  const seen: string[] = [];
  for (;;) {
    for (const row of await problemsRows(page)) if (!seen.includes(row)) seen.push(row);
    if (patterns.every(p => seen.some(r => p.test(r)))) return seen;
    if (Date.now() > end) throw new Error(`Problems panel never showed ${patterns.join(', ')}; it shows: ${seen.join(' | ') || '(nothing)'}`);
    await page.locator('.markers-panel .monaco-list').first().focus().catch(() => undefined);
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(250); // polling interval of the loop above, not a synchronisation
  }
}

export async function focusEditor(page: Page): Promise<void> {
  await page.keyboard.press('Control+1');
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: SHORT });
}
