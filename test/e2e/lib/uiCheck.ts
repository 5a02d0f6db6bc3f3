// UI check of the INSTALLED .vsix in code-server: what a person sees. Problems panel codes, the suggest
// widget, the hover, the language status, a quick fix applied from the light bulb menu, and silence on an
// unrelated YAML file. Screenshots go to the artifacts folder; one of them is the Marketplace picture.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACCEPT, AcceptCase, acceptText, blankValue, COMPLETIONS, DIAGNOSTICS, FILES, GRAMMAR, HOVER, keyPosition, positionAt, QUICK_FIX, SILENT } from '../scenario';
import { openWorkbench, Workbench } from './browser';
import { installVsix, startCodeServer } from './codeServer';
import { copyExtensionHostLog } from './hostTests';
import { log, poll } from './log';
import { repoRoot } from '../../support/paths';
import type { Page } from 'playwright-core';
import { freshDir, Tools } from './tools';
import { focusEditor, goTo, openFile, problemsRows, runCommand, waitForProblems } from './workbenchActions';

export interface UiReport {
  installed: string;
  restrictedMode: string;
  problems: string[];
  suggestions: Record<string, string[]>;
  hover: string;
  grammarScopes: string;
  componentStatus: string;
  languageStatus: string;
  silentFileProblems: string[];
  afterQuickFix: string[];
  /** ACCEPT case name → the file's text after the item was clicked in the suggest widget and saved. */
  accepted: Record<string, string>;
  screenshots: string[];
}

/** A file of its own for each ACCEPT case (written before code-server starts, so quick open finds it). */
export function acceptFile(c: AcceptCase): string {
  const rel = FILES[c.file];
  return `${path.posix.dirname(rel)}/ui-${ACCEPT.indexOf(c)}-${path.posix.basename(rel)}`;
}

const T = 30_000;

export async function runUiCheck(o: { tools: Tools; vsix: string; workspace: string; artifacts: string }): Promise<UiReport> {
  const home = freshDir('ui');
  const extensionsDir = path.join(home, 'extensions');
  fs.mkdirSync(o.artifacts, { recursive: true });
  const installed = installVsix(o.tools, home, extensionsDir, o.vsix);
  log(installed.split('\n').pop());
  for (const c of ACCEPT) fs.writeFileSync(path.join(o.workspace, acceptFile(c)), acceptText(c).text);
  const logFile = path.join(o.artifacts, 'code-server.log');
  fs.writeFileSync(logFile, '');
  // Workspace trust stays on and the folder is not trusted: the whole check runs in Restricted Mode.
  const cs = await startCodeServer({ tools: o.tools, workspace: o.workspace, home, logFile, extensionsDir, restricted: true });
  const { wb, goto } = await openWorkbench(o.tools, path.join(home, 'chrome'), o.artifacts);
  const report: UiReport = { installed, restrictedMode: '', problems: [], suggestions: {}, hover: '', grammarScopes: '', componentStatus: '', languageStatus: '', silentFileProblems: [],
    afterQuickFix: [], accepted: {}, screenshots: [] };
  const shot = async (name: string): Promise<void> => { report.screenshots.push(await wb.screenshot(name)); };
  try {
    await goto(cs.url);
    await steps(wb, o.workspace, o.artifacts, report, shot);
  } catch (e) {
    await shot('ui-failure').catch(() => undefined);
    throw e;
  } finally {
    fs.writeFileSync(path.join(o.artifacts, 'ui-report.json'), JSON.stringify(report, null, 2));
    await wb.close();
    await cs.stop();
    copyExtensionHostLog(home, o.artifacts);
    fs.rmSync(home, { recursive: true, force: true });
  }
  return report;
}

async function steps(wb: Workbench, ws: string, artifacts: string, report: UiReport, shot: (n: string) => Promise<void>): Promise<void> {
  const page = wb.page;
  const text = (rel: string): string => fs.readFileSync(path.join(ws, rel), 'utf8');

  // 0. Decline to trust the folder: Restricted Mode.
  await page.getByRole('button', { name: "No, I don't trust the authors" }).click({ timeout: T });
  const restricted = page.locator('.statusbar-item', { hasText: 'Restricted Mode' });
  await restricted.first().waitFor({ timeout: T });
  report.restrictedMode = (await restricted.first().innerText()).trim();
  log('workspace trust:', report.restrictedMode);

  // 1. Diagnostics: squiggles, then both codes in the Problems panel.
  // The panel is a virtual list: with more files the last rows fall out of view. The near-miss file is
  // checked in the extension host instead.
  const shown = DIAGNOSTICS.filter(d => d.file !== 'nearMiss');
  for (const { file } of shown) await openFile(page, FILES[file]);
  await openFile(page, FILES[shown[0].file]); // active again: its squiggle is in view (a host example's is below the fold)
  await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
  report.problems = await waitForProblems(page, shown.flatMap(d => d.codes.map(c => (d.text ? new RegExp(`${escapeRegExp(d.text)}[\\s\\S]*${c}`) : new RegExp(c)))));
  log('Problems:', report.problems.map(r => r.replace(/\s+/g, ' ')).join(' | '));
  await shot('problems-panel');

  // 2. Language status of the placement file.
  await openFile(page, FILES[QUICK_FIX.file]);
  report.languageStatus = await languageStatusText(page, /infrastructure/i);
  log('Language status:', report.languageStatus);
  await shot('language-status');
  // Its "Change kind" link opens the kind picker.
  await page.locator('.hover-language-status', { hasText: /infrastructure/i }).getByText(/change kind/i).click();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Detect automatically' }).waitFor({ timeout: T });
  await shot('choose-kind');
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
  await closeLanguageStatus(page);

  // 3. Hover on hostId.
  await focusEditor(page);
  const hp = keyPosition(text(FILES[HOVER.file]), HOVER.key);
  await goTo(page, hp.line, hp.character);
  const token = page.locator('.editor-group-container.active .view-line span span', { hasText: HOVER.key }).first();
  await token.hover();
  const hover = page.locator('.monaco-hover:visible', { hasText: HOVER.expect });
  await hover.first().waitFor({ timeout: T });
  report.hover = (await hover.first().innerText()).trim();
  await shot('hover-hostId');
  await page.mouse.move(5, 450);

  // 3b. Highlighting: the injection grammar's scopes on `{{` (Developer: Inspect Editor Tokens and Scopes).
  const gfile = FILES[GRAMMAR.file];
  await openFile(page, gfile);
  const gtext = text(gfile);
  const gp = positionAt(gtext, gtext.indexOf(GRAMMAR.text));
  await goTo(page, gp.line, gp.character);
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const inspect = page.locator('.token-inspect-widget');
  await inspect.waitFor({ timeout: T });
  report.grammarScopes = await poll('the injection grammar scopes', async () => {
    const t = await inspect.innerText();
    return GRAMMAR.scope.test(t) ? t.replace(/\s+/g, ' ') : undefined;
  }, T);
  await shot('grammar-injection');
  await page.keyboard.press('Escape');
  // The same component document's kind and platform in the language status.
  report.componentStatus = await languageStatusText(page, /component document.* · (Linux|Windows|macOS)/i);
  await shot('language-status-component');
  await closeLanguageStatus(page);

  // 3c. Completions accepted in the suggest widget (Ctrl+Space, a click on the item), the file saved and read.
  for (const c of ACCEPT) {
    const rel = acceptFile(c);
    await openFile(page, rel);
    const { cursor } = acceptText(c);
    await goTo(page, cursor.line, cursor.character);
    await page.keyboard.press('Control+Space');
    const row = page.locator('.suggest-widget .monaco-list-row', { hasText: c.label }).first();
    await row.waitFor({ timeout: T });
    await shot(`accept-${ACCEPT.indexOf(c)}`);
    await row.click();
    await page.locator('.suggest-widget').waitFor({ state: 'hidden', timeout: T });
    await page.keyboard.press('Escape'); // leaves the snippet's tab stops
    await page.keyboard.press('Control+S');
    const written = acceptText(c).text;
    report.accepted[c.name] = await poll(`${rel} saved`, async () => {
      const now = text(rel);
      return now !== written ? now : undefined;
    }, T);
    log(`Accepted ${c.label} (${c.name}):`, JSON.stringify(report.accepted[c.name]));
  }

  // 4. Completion: delete the value after the key, as if just typed, then Ctrl+Space.
  for (const c of COMPLETIONS) {
    const rel = FILES[c.file];
    await openFile(page, rel);
    const original = text(rel);
    const { text: blanked, cursor } = blankValue(original, c.key);
    await goTo(page, cursor.line, cursor.character);
    for (let i = 0; i < original.length - blanked.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await poll(`suggestions ${c.expect.join(', ')}`, async () => {
      const labels = await rows.allInnerTexts();
      return c.expect.every(e => labels.some(l => l.split('\n')[0].replace(/["']/g, '').trim() === e)) ? labels : undefined;
    }, T, 200);
    report.suggestions[c.name] = (await rows.allInnerTexts()).map(l => l.split('\n')[0].trim());
    log(`Suggest ${c.name}:`, report.suggestions[c.name].join(', '));
    await shot(`completion-${c.name}`);
    if (c.name === 'tenancy') await marketplacePicture(wb, artifacts);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await poll(`${rel} back to its saved text`, async () => (await page.locator('.tabs-container .tab.active.dirty').count()) === 0, T);
  }

  // 5. Unrelated YAML files: the language status answers for each, and nothing appears in Problems.
  for (const id of SILENT) {
    const silent = FILES[id];
    await openFile(page, silent);
    await languageStatusText(page, /not an image builder file/i);
    await page.keyboard.press('Escape');
    const silentBase = path.basename(silent);
    const rows = (await problemsRows(page)).filter(r => r.includes(silentBase));
    report.silentFileProblems.push(...rows);
    const squiggles = await page.locator('.editor-group-container.active .monaco-editor .squiggly-error, .editor-group-container.active .monaco-editor .squiggly-warning').count();
    if (rows.length || squiggles) throw new Error(`${silent} got diagnostics: ${rows.join(' | ')}`);
    await shot(`unrelated-yaml-silent-${id}`);
  }

  // 6. Quick fix from the light bulb menu (Ctrl+.) on the conflict; the error goes from Problems.
  const rel = FILES[QUICK_FIX.file];
  await openFile(page, rel);
  const qp = keyPosition(text(rel), 'hostResourceGroupArn');
  await goTo(page, qp.line, qp.character + 1);
  // The light bulb shows once the editor has the code actions; then Ctrl+. opens their menu.
  await page.locator('.editor-group-container.active .lightBulbWidget').first().waitFor({ timeout: T });
  const fix = page.locator('.action-widget .monaco-list-row.action', { hasText: QUICK_FIX.title });
  await poll(`the quick fix menu with "${QUICK_FIX.title}"`, async () => {
    if (await fix.count()) return true;
    if (!(await page.locator('.action-widget').isVisible())) await page.keyboard.press('Control+.');
    return undefined;
  }, T, 500);
  await shot('quick-fix-menu');
  await fix.first().click();
  await poll(`${QUICK_FIX.code} gone from Problems`, async () => {
    const rows = await problemsRows(page);
    return rows.some(r => r.includes(QUICK_FIX.code) && r.includes(QUICK_FIX.message)) ? undefined : rows;
  }, T);
  report.afterQuickFix = await problemsRows(page);
  await shot('after-quick-fix');
}

/** The language status hover stays pinned after a click: a click in the editor (then Escape) closes it. */
async function closeLanguageStatus(page: Page): Promise<void> {
  await poll('the language status hover to close', async () => {
    if (!(await page.locator('.hover-language-status').first().isVisible())) return true;
    await page.locator('.editor-group-container.active .view-lines').click();
    await page.keyboard.press('Escape');
    return undefined;
  }, T, 300);
}

/** Opens the language status hover ({} in the status bar) and waits for our item's text. */
async function languageStatusText(page: Page, expect: RegExp): Promise<string> {
  const item = page.locator('#status\\.languageStatus');
  const ours = page.locator('.hover-language-status', { hasText: expect });
  await item.waitFor({ timeout: T });
  return poll(`language status ${expect}`, async () => {
    if (!(await page.locator('.hover-language-status').first().isVisible())) await item.click();
    if (await ours.count()) return (await ours.first().innerText()).replace(/\s+/g, ' ').trim();
    await page.keyboard.press('Escape'); // not there yet: close and look again
    return undefined;
  }, T, 300);
}

/** The Marketplace picture: the editor with the suggest widget open and the placement errors in Problems. */
async function marketplacePicture(wb: Workbench, artifacts: string): Promise<void> {
  // The editor and the Problems panel below it, without the side bars.
  const editor = await wb.page.locator('.part.editor').boundingBox();
  const panel = await wb.page.locator('.part.panel').boundingBox();
  if (!editor || !panel) throw new Error('editor or panel not visible for the Marketplace picture');
  const clip = { x: editor.x, y: editor.y, width: editor.width, height: panel.y + panel.height - editor.y };
  const file = path.join(artifacts, 'marketplace-placement.png');
  await wb.page.screenshot({ path: file, clip });
  if (process.env.IB_E2E_UPDATE_IMAGES === '1') {
    fs.copyFileSync(file, path.join(repoRoot, 'images', 'marketplace-placement.png'));
    log('updated images/marketplace-placement.png');
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
