// Runs Kate (Debian 12: 22.12) with the LSP Client set-up of docs/editors.md, copied as written into a fresh
// config home, in a private X display, and uses it as a person would: answers Kate's "start this server?"
// question, switches tabs, opens the Diagnostics tab, asks for completion (Ctrl+Space) and symbol info.
// The server is reached through a logging wrapper, so the report holds every LSP message of the session.
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { blankValue, COMPLETIONS, FILES, HOVER, keyPosition, Position } from '../scenario';
import { docSnippet } from './docSnippets';
import { log, poll } from './log';
import { LspMessage, LspSession, loggingServerOnPath, publishedCodes, readSessions } from './lspLog';
import { freshDir, Tools } from './tools';
import { Display, grab, savePng, screenshot, startXvfb, Window, Xdo } from './x11';

export interface KateServerConfig {
  command: string[];
  rootIndicationFileNames?: string[];
  highlightingModeRegex?: string;
  initializationOptions?: unknown;
  settings?: unknown;
}

export interface KateReport {
  /** The block of docs/editors.md, parsed. */
  config: { servers: Record<string, KateServerConfig> };
  workspaceUri: string;
  uris: { json: string; yaml: string; silent: string };
  /** The title of the question Kate asked before starting the server (answered Yes). */
  permission: string;
  sessions: LspSession[];
  completion: { position: Position; text: string };
  hover: Position;
  /** Where Kate's Quick Fix was asked (the line of the diagnostic), and the fix the test expects it to apply. */
  quickFix: { line: number; code: string; title: string; replacement: string };
  /** Where LSP Client > Code Action (Alt+Return) was asked, and fixes its answer must list. */
  codeAction: { line: number; titles: readonly string[] };
  screenshots: string[];
}

const T = 30_000;
const COMPLETION = COMPLETIONS.find(c => c.name === 'tenancy')!;
/** A diagnostic with a single fix: Kate 22.12's Quick Fix applies every fix offered, so one it must be. */
const QUICK_FIX = { text: 'action: ExecuteBsh', code: 'unknown-action', title: "Change to 'ExecuteBash'", replacement: 'action: ExecuteBash' };
/** The placement conflict: on the hostId line, either target can go. */
const CODE_ACTION = { key: 'hostResourceGroupArn', titles: ["Remove 'hostId'", "Remove 'hostResourceGroupArn'"] };

export async function runKate(o: { tools: Tools; workspace: string; artifacts: string }): Promise<KateReport> {
  fs.mkdirSync(o.artifacts, { recursive: true });
  const dir = freshDir('kate');
  const snippet = docSnippet('kate');
  const config = JSON.parse(snippet) as KateReport['config'];
  fs.mkdirSync(path.join(dir, 'config', 'kate', 'lspclient'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'config', 'kate', 'lspclient', 'settings.json'), snippet);
  fs.mkdirSync(path.join(dir, 'runtime'), { mode: 0o700 });
  fs.mkdirSync(path.join(o.workspace, '.git'), { recursive: true }); // a checkout: the doc's root marker
  const logDir = path.join(dir, 'lsp');
  const bin = loggingServerOnPath(dir, logDir);
  const uri = (rel: string): string => pathToFileURL(path.join(o.workspace, rel)).href;
  const rel = { yaml: FILES.componentError, silent: FILES.ciWorkflow, json: FILES[COMPLETION.file] };
  const uris = { yaml: uri(rel.yaml), silent: uri(rel.silent), json: uri(rel.json) };
  const screenshots: string[] = [];
  let display: Display | undefined;
  let kate: ChildProcess | undefined;
  try {
    display = await startXvfb(o.tools.xvfb);
    const kbd = new Xdo(o.tools, display);
    const out = fs.openSync(path.join(o.artifacts, 'kate-output.log'), 'w');
    // Opened in this order, Kate shows the last one (the JSON file); Ctrl+PgUp goes to the ones before.
    kate = spawn(o.tools.kate, ['--new', '-geometry', '1280x800+0+0', rel.yaml, rel.silent, rel.json], {
      cwd: o.workspace, detached: true, stdio: ['ignore', out, out],
      env: {
        ...process.env, ...display.env, PATH: `${bin}:${process.env.PATH}`, HOME: dir,
        XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'), XDG_CACHE_HOME: path.join(dir, 'cache'),
        XDG_STATE_HOME: path.join(dir, 'state'), XDG_RUNTIME_DIR: path.join(dir, 'runtime'),
        // No session bus: Kate runs without one, and libdbus must not autolaunch a daemon that outlives the test.
        DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(dir, 'no-bus')}`,
      },
    });
    fs.closeSync(out);
    log(`kate: ${o.tools.kate} on ${display.name}, server log in ${logDir}`);
    let gone: string | undefined;
    kate.once('error', e => { gone = `Kate did not start (${o.tools.kate}): ${e.message}`; });
    kate.once('exit', (code, signal) => { gone = `Kate exited (${code ?? signal}); see ${path.join(o.artifacts, 'kate-output.log')}`; });
    const waitFor = <V>(what: string, fn: () => V | undefined, ms = T): Promise<V> => poll(what, fn, ms, 200, () => gone);
    const sessions = (): LspSession[] => readSessions(logDir);
    const sessionOf = (u: string): LspSession | undefined => sessions().find(s => s.sent.some(m => m.method === 'textDocument/didOpen'
      && (m.params as { textDocument: { uri: string } }).textDocument.uri === u));
    const diagnosed = (u: string): Promise<LspSession> =>
      waitFor(`diagnostics for ${u}`, () => { const s = sessionOf(u); return s && publishedCodes(s, u).length ? s : undefined; });
    const showing = (file: string): Promise<Window> => waitFor(`Kate showing ${file}`, () =>
      kbd.windows().find(w => w.name.startsWith(path.basename(file)) && w.name.endsWith('Kate')));
    const answered = async (request: (m: LspMessage) => boolean, what: string): Promise<void> => {
      await waitFor(what, () => { const s = sessionOf(uris.json); const q = s?.sent.find(request); return q && s?.received.some(m => m.id === q.id && !m.method); });
    };
    const goToLine = (line: number): void => { kbd.keys('ctrl+g'); kbd.type(String(line + 1)); kbd.keys('Return'); };
    const command = (name: string): void => { kbd.keys('ctrl+alt+i'); kbd.type(name); kbd.keys('Return'); }; // Kate's command bar
    const shot = async (name: string): Promise<void> => { screenshots.push(await screenshot(o.tools, display!, path.join(o.artifacts, name))); };
    const popup = (): Promise<Window> => waitFor('a popup', () => kbd.windows().find(w => w.name === 'Kate'));

    // 1. Kate 22.12 asks before it starts a server command line it has not seen: a person answers Yes.
    const question = await waitFor('Kate to ask whether to start the server', () => kbd.windows().find(w => w.name.startsWith('LSP server start requested')));
    kbd.focus(question);
    kbd.keys('Return');
    const jsonSession = await diagnosed(uris.json);
    log(`kate: server ${jsonSession.pid} for JSON`);
    // 2. The tabs before it: the CI workflow (nothing expected), then the component document.
    const main = await showing(rel.json);
    kbd.place(main, 0, 0, 1280, 800);
    kbd.focus(main);
    kbd.keys('ctrl+Prior');
    await showing(rel.silent);
    await waitFor(`didOpen of ${rel.silent}`, () => sessionOf(uris.silent));
    kbd.keys('ctrl+Prior');
    await showing(rel.yaml);
    await diagnosed(uris.yaml);
    // 3. The Diagnostics tab of the LSP Client tool view, from the command bar (Ctrl+Alt+I).
    command('Switch to Diagnostics Tab');
    await shot('kate-diagnostics.png');
    // 4. Completion after `"tenancy": ` in the JSON file: go to the line, select the value, delete it, Ctrl+Space.
    kbd.keys('ctrl+Next', 'ctrl+Next');
    kbd.focus(await showing(rel.json));
    const original = fs.readFileSync(path.join(o.workspace, rel.json), 'utf8');
    const blank = blankValue(original, COMPLETION.key);
    const valueLength = original.split('\n')[blank.cursor.line].length - blank.text.split('\n')[blank.cursor.line].length;
    goToLine(blank.cursor.line);
    kbd.repeat('Right', blank.cursor.character);
    kbd.repeat('shift+Right', valueLength);
    kbd.keys('Delete', 'ctrl+space');
    await answered(m => m.method === 'textDocument/completion', 'the completion request and its answer');
    await popup();
    await shot('kate-completion.png');
    // 5. Symbol info (hover) on the key `hostId`, from the command bar.
    kbd.keys('Escape');
    const hover = keyPosition(original, HOVER.key);
    goToLine(hover.line);
    kbd.repeat('Right', hover.character + 1);
    command('Symbol Info');
    await answered(m => m.method === 'textDocument/hover', 'the hover request and its answer');
    await popup();
    await shot('kate-hover.png');
    // 6. Quick Fix (command bar) on the line of the component document's unknown action.
    kbd.keys('Escape', 'ctrl+Prior', 'ctrl+Prior');
    kbd.focus(await showing(rel.yaml));
    const fixLine = fs.readFileSync(path.join(o.workspace, rel.yaml), 'utf8').split('\n').findIndex(l => l.includes(QUICK_FIX.text));
    goToLine(fixLine);
    command('Quick Fix');
    await waitFor(`the diagnostics of ${rel.yaml} after the fix`, () => sessionOf(uris.yaml)?.received.some(m => m.method === 'textDocument/publishDiagnostics'
      && (m.params as { uri: string; version?: number }).uri === uris.yaml && ((m.params as { version?: number }).version ?? 0) > 0));
    await shot('kate-quick-fix.png');
    // 7. LSP Client > Code Action (Alt+Return) on the placement conflict's line (at its second target, hostResourceGroupArn): Kate sends no diagnostics.
    kbd.keys('ctrl+Next', 'ctrl+Next');
    kbd.focus(await showing(rel.json));
    const actionLine = keyPosition(fs.readFileSync(path.join(o.workspace, rel.json), 'utf8'), CODE_ACTION.key).line;
    goToLine(actionLine);
    kbd.keys('alt+Return');
    await answered(m => m.method === 'textDocument/codeAction'
      && (m.params as { range: { start: { line: number } } }).range.start.line === actionLine, 'the Code Action request and its answer');
    await popup();
    await shot('kate-code-action.png');
    kbd.keys('Escape'); // look, don't apply
    return {
      config, workspaceUri: pathToFileURL(o.workspace).href, uris, permission: question.name, sessions: sessions(),
      completion: { position: blank.cursor, text: blank.text }, hover: { line: hover.line, character: hover.character + 1 },
      quickFix: { line: fixLine, code: QUICK_FIX.code, title: QUICK_FIX.title, replacement: QUICK_FIX.replacement },
      codeAction: { line: actionLine, titles: CODE_ACTION.titles }, screenshots,
    };
  } catch (e) {
    if (display) { // what was on the screen when it failed, and which windows were up
      const d = display;
      try {
        savePng(o.tools, grab(o.tools, d), path.join(o.artifacts, 'kate-failure.png'));
        log(`kate: failed; windows: ${JSON.stringify(new Xdo(o.tools, d).windows())}; screen in kate-failure.png`);
      } catch { /* the failure below says enough */ }
    }
    throw e;
  } finally {
    if (kate?.pid !== undefined) {
      try { process.kill(-kate.pid, 'SIGKILL'); } catch { /* already gone */ } // Kate and the servers it started
    }
    display?.stop();
    if (fs.existsSync(logDir)) fs.cpSync(logDir, path.join(o.artifacts, 'lsp'), { recursive: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
