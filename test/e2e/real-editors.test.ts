// The real-editor tests: VS Code (code-server: the real workbench and extension host, in headless chromium),
// Neovim, Emacs and Kate (under Xvfb). They take a few minutes and need tools installed outside the repository, so they run only with
// IB_E2E=1, which `npm run e2e` (scripts/e2e/run.sh) sets after installing the tools.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import type { CaseResult } from '../../client/src/test/harness';
import { repoRoot } from '../support/paths';
import { DocCheckResult, runEmacsDoc, runEmacsLspMode, runNeovimDoc } from './lib/docSnippets';
import { KateReport, runKate } from './lib/kate';
import { log } from './lib/log';
import { LspMessage, publishedCodes, responseTo } from './lib/lspLog';
import { NeovimReport, runNeovim } from './lib/neovim';
import { runExtensionTests } from './lib/testElectron';
import { artifactsDir, freshDir, requireTools, Tools } from './lib/tools';
import { runUiCheck, UiReport } from './lib/uiCheck';
import { makeWorkspace, removeWorkspace } from './lib/workspace';
import { ACCEPT, COMPLETIONS, DIAGNOSTICS, FILES, GRAMMAR, HOVER, QUICK_FIX, SILENT } from './scenario';

const enabled = process.env.IB_E2E === '1';
const skip = enabled ? false : 'real-editor tests: run `npm run e2e` (sets IB_E2E=1)';

describe('real editors', { skip }, () => {
  let setup: { tools: Tools; vsix: string } | undefined;
  const workspaces: string[] = [];
  let host: CaseResult[] | undefined;
  const ws = (label: string): string => { const w = makeWorkspace(label); workspaces.push(w); return w; };

  // Set-up as a test of its own, so that missing editors count as a failure (not as cancelled tests).
  test('the editors are installed and the .vsix builds', () => {
    const tools = requireTools(); // names the install script when something is missing
    fs.rmSync(artifactsDir, { recursive: true, force: true });
    fs.mkdirSync(artifactsDir, { recursive: true });
    const vsix = path.join(freshDir('vsix'), 'imagebuilder-language-tools.vsix');
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'package.mjs'), `--out=${vsix}`], { cwd: repoRoot, stdio: 'pipe' });
    log(`packaged ${vsix}`);
    setup = { tools, vsix };
  });
  const ready = (): { tools: Tools; vsix: string } => {
    if (!setup) throw new Error('set-up failed: see "the editors are installed and the .vsix builds"');
    return setup;
  };
  after(() => { for (const w of workspaces) removeWorkspace(w); if (setup) fs.rmSync(path.dirname(setup.vsix), { recursive: true, force: true }); });

  test('VS Code (code-server): the extension\'s tests in the extension host, via @vscode/test-electron', { timeout: 15 * 60_000 }, async (t) => {
    ready();
    const artifacts = path.join(artifactsDir, 'vscode-extension-host');
    const resultFile = path.join(artifacts, 'results.json');
    let failure: unknown;
    try {
      await runExtensionTests(ws('host'), { IB_E2E_RESULT: resultFile, IB_E2E_ARTIFACTS: artifacts });
    } catch (e) {
      failure = e;
    }
    assert.ok(fs.existsSync(resultFile), `no results from the extension host (${String(failure)}); see ${artifacts}`);
    host = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as CaseResult[];
    for (const r of host) {
      await t.test(r.name, () => { if (!r.ok) throw new Error(`${r.error}\n${JSON.stringify(r.details)}`); });
    }
    if (failure) throw failure;
  });

  test('VS Code (code-server): UI of the installed .vsix, in Restricted Mode', { timeout: 10 * 60_000 }, async (t) => {
    const { tools, vsix } = ready();
    const report: UiReport = await runUiCheck({ tools, vsix, workspace: ws('ui'), artifacts: path.join(artifactsDir, 'vscode-ui') });
    await t.test('the .vsix installs with code-server --install-extension', () => assert.match(report.installed, /successfully installed/i));
    await t.test('the workspace is untrusted (Restricted Mode) and everything below still works', () =>
      assert.match(report.restrictedMode, /restricted mode/i));
    await t.test('Problems panel lists the diagnostics with their codes', () => {
      for (const code of DIAGNOSTICS.filter(d => d.file !== 'nearMiss').flatMap(d => d.codes)) assert.ok(report.problems.some(r => r.includes(code)), code);
    });
    await t.test('suggest widget offers the values', () => {
      for (const c of COMPLETIONS) for (const e of c.expect) assert.ok(report.suggestions[c.name].some(l => l.replace(/["']/g, '') === e), `${c.name}: ${e}`);
    });
    for (const c of ACCEPT) {
      await t.test(`suggest widget: clicking '${c.label}' (${c.name}) writes the expected text`, () => assert.equal(report.accepted[c.name], c.snippet ?? c.plain));
    }
    await t.test(`hover on ${HOVER.key}`, () => assert.match(report.hover, HOVER.expect));
    await t.test('the {{ }} injection grammar colours expressions in YAML', () => assert.match(report.grammarScopes, GRAMMAR.scope));
    await t.test('language status shows a component document with its platform', () =>
      assert.match(report.componentStatus, /component document.* · (Linux|Windows|macOS)/i));
    await t.test('language status shows the kind', () => assert.match(report.languageStatus, /infrastructure/i));
    await t.test('unrelated YAML gets nothing', () => assert.deepEqual(report.silentFileProblems, []));
    await t.test('the quick fix from the light bulb menu removes the conflict', () =>
      assert.ok(!report.afterQuickFix.some(r => r.includes(QUICK_FIX.code) && r.includes(QUICK_FIX.message)), report.afterQuickFix.join(' | ')));
    t.diagnostic(`screenshots: ${report.screenshots.map(s => path.relative(repoRoot, s)).join(', ')}`);
  });

  test('Neovim: the standalone server over stdio gives what VS Code gave', { timeout: 5 * 60_000 }, async (t) => {
    const { tools } = ready();
    const nvim: NeovimReport = await runNeovim({ tools, workspace: ws('neovim'), artifacts: path.join(artifactsDir, 'neovim') });
    assert.deepEqual(nvim.errors, []);
    const details = (name: RegExp): Record<string, unknown> => (host?.find(r => name.test(r.name))?.details ?? {}) as Record<string, unknown>;
    for (const d of DIAGNOSTICS) {
      await t.test(`diagnostics of ${d.file}`, () => {
        const got = nvim.diagnostics[d.file].map(x => `${x.line}:${x.code}`).sort();
        for (const code of d.codes) assert.ok(got.some(g => g.endsWith(`:${code}`)), code);
        const vs = details(new RegExp(`^diagnostics .* in ${d.file}$`)).diagnostics as Array<{ line: number; code: string; source: string }> | undefined;
        if (vs) assert.deepEqual(got, vs.filter(x => x.source === 'imagebuilder').map(x => `${x.line}:${x.code}`).sort(), 'same as in VS Code');
      });
    }
    for (const id of SILENT) await t.test(`nothing on ${id}`, () => { assert.deepEqual(nvim.diagnostics[id], []); assert.equal(nvim.kinds[id], null); });
    for (const c of COMPLETIONS) {
      await t.test(`completion ${c.name}`, () => {
        for (const e of c.expect) assert.ok(nvim.completions[c.name].includes(e), e);
        const vs = details(new RegExp(`\\(${c.name}\\)$`)).labels as string[] | undefined;
        // The extension contributes no snippets: VS Code lists exactly the server's items.
        if (vs) assert.deepEqual([...nvim.completions[c.name]].map(l => l.replace(/["']/g, '')).sort(), [...vs].sort());
      });
    }
    await t.test(`hover on ${HOVER.key}`, () => assert.match(nvim.hover ?? '', HOVER.expect));
    await t.test(`the quick fix "${QUICK_FIX.title}" is offered`, () => assert.ok(nvim.code_actions.includes(QUICK_FIX.title), nvim.code_actions.join('; ')));
  });

  test('docs/editors.md and editors/: the documented set-ups, run as written', { timeout: 5 * 60_000 }, async (t) => {
    const { tools } = ready();
    const artifacts = path.join(artifactsDir, 'docs');
    const runs: Array<[string, () => Promise<DocCheckResult>]> = [
      ['Neovim 0.7 (vim.lsp.start_client) with editors/lsp/imagebuilder.lua', () => runNeovimDoc(tools.nvim, ws('nvim-docs'), artifacts)],
      ['Emacs 28 + eglot', () => runEmacsDoc(tools.emacs, ws('emacs-docs'), artifacts)],
      ['Emacs 28 + lsp-mode 8.0 with editors/emacs/imagebuilder-lsp.el', () => runEmacsLspMode(tools.emacs, ws('emacs-lsp-mode'), artifacts)],
    ];
    for (const [name, run] of runs) {
      await t.test(name, async (tt) => {
        const r = await run();
        assert.deepEqual(r.errors, []);
        assert.equal(r.clients.length, 1, `one server attached: ${r.clients.join(', ')}`);
        for (const d of DIAGNOSTICS.filter(x => /\.ya?ml$/.test(FILES[x.file]))) {
          for (const code of d.codes) assert.ok(r.diagnostics[FILES[d.file]]?.includes(code), `${code} in ${FILES[d.file]}`);
        }
        for (const id of SILENT.filter(x => /\.ya?ml$/.test(FILES[x]))) assert.deepEqual(r.diagnostics[FILES[id]], [], `nothing on ${FILES[id]}`);
        const c = COMPLETIONS.find(x => /\.ya?ml$/.test(FILES[x.file]))!;
        for (const e of c.expect) assert.ok(r.completion.includes(e), `${c.key}: ${e}`);
        if (name.startsWith('Neovim')) {
          assert.equal(r.client_count, 1, 'one server for the editor instance (no .git root here), not one per folder');
          for (const [i, a] of ACCEPT.entries()) {
            const got = r.accepted?.[i];
            await tt.test(`accepting '${a.label}' through the documented omnifunc: ${a.name}`, () => {
              assert.equal(got?.error, undefined, `${got?.error} (offered: ${got?.offered?.join(', ')})`);
              assert.equal(got?.omnifunc, 'v:lua.vim.lsp.omnifunc');
              assert.doesNotMatch(got?.text ?? '', /[\0\t]/, 'no NUL, no tab');
              assert.equal(got?.text, a.plain);
            });
          }
        }
      });
    }
  });

  test('docs/editors.md: Kate 22.12 with the documented LSP Client settings, under Xvfb', { timeout: 3 * 60_000 }, async (t) => {
    const { tools } = ready();
    const k: KateReport = await runKate({ tools, workspace: ws('kate'), artifacts: path.join(artifactsDir, 'kate') });
    const yaml = k.config.servers.yaml;
    const s = k.sessions[0];
    const sent = (method: string): LspMessage[] => s.sent.filter(m => m.method === method);
    const params = <P>(m: LspMessage | undefined): P => m?.params as P;
    const lastPublish = (uri: string): Array<{ code?: string; severity?: number }> =>
      params<{ diagnostics: Array<{ code?: string; severity?: number }> }>(
        s.received.filter(m => m.method === 'textDocument/publishDiagnostics' && params<{ uri: string }>(m).uri === uri).pop())?.diagnostics ?? [];
    const lastText = (uri: string): string | undefined => params<{ contentChanges: Array<{ text: string }> } | undefined>(sent('textDocument/didChange')
      .filter(m => params<{ textDocument: { uri: string } }>(m).textDocument.uri === uri).pop())?.contentChanges.at(-1)?.text;
    await t.test(`Kate asked to start the server ("${k.permission}") and was answered Yes`, () => assert.match(k.permission, /LSP server start requested/));
    await t.test('one server process, started with the documented command line', () => {
      assert.equal(k.sessions.length, 1, `server processes: ${k.sessions.map(x => x.pid).join(', ')}`);
      assert.equal(yaml.command[0], 'imagebuilder-language-server');
      assert.deepEqual(s.args, yaml.command.slice(1));
    });
    await t.test('initialize: the documented initializationOptions, the checkout (.git) as root', () => {
      const init = params<{ initializationOptions: unknown; rootUri: string }>(sent('initialize')[0]);
      assert.deepEqual(init.initializationOptions, yaml.initializationOptions);
      assert.equal(init.rootUri, k.workspaceUri);
    });
    await t.test('workspace/didChangeConfiguration: the documented settings', () =>
      assert.deepEqual(sent('workspace/didChangeConfiguration').map(m => params<{ settings: unknown }>(m).settings), [yaml.settings]));
    await t.test('didOpen: languageId json and yaml', () => {
      const opened = Object.fromEntries(sent('textDocument/didOpen').map(m => params<{ textDocument: { uri: string; languageId: string } }>(m).textDocument)
        .map(d => [d.uri, d.languageId]));
      assert.deepEqual(opened, { [k.uris.json]: 'json', [k.uris.silent]: 'yaml', [k.uris.yaml]: 'yaml' });
    });
    for (const d of DIAGNOSTICS.filter(x => x.file === 'placementConflict' || x.file === 'componentError')) { // Kate opens one JSON and one YAML file
      const uri = d.file === 'placementConflict' ? k.uris.json : k.uris.yaml;
      await t.test(`diagnostics published for ${FILES[d.file]}: ${d.codes.join(', ')}`, () => {
        const codes = publishedCodes(s, uri)[0] ?? [];
        for (const code of d.codes) assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);
      });
    }
    await t.test('the documented settings apply: unknown-property is a warning', () => {
      const found = lastPublish(k.uris.yaml).filter(x => x.code === 'unknown-property');
      assert.ok(found.length > 0 && found.every(x => x.severity === 2), JSON.stringify(found));
    });
    await t.test(`nothing on ${FILES.ciWorkflow}`, () => assert.deepEqual(publishedCodes(s, k.uris.silent).flat(), []));
    const c = COMPLETIONS.find(x => x.name === 'tenancy')!;
    await t.test(`completion after "${c.key}": (typed in Kate, Ctrl+Space)`, () => {
      const request = sent('textDocument/completion').pop();
      assert.deepEqual(params<{ position: unknown }>(request).position, k.completion.position);
      assert.equal(lastText(k.uris.json), k.completion.text, 'the document as typed');
      const result = responseTo(s, request!)?.result as { items?: Array<{ label: string }> } | Array<{ label: string }>;
      const labels = (Array.isArray(result) ? result : result?.items ?? []).map(i => i.label);
      for (const e of c.expect) assert.ok(labels.includes(e), `${e} in ${labels.join(', ')}`);
    });
    await t.test(`hover (Symbol Info) on ${HOVER.key}`, () => {
      const request = sent('textDocument/hover').pop();
      assert.deepEqual(params<{ position: unknown }>(request).position, k.hover);
      assert.match(JSON.stringify(responseTo(s, request!)?.result ?? null), HOVER.expect);
    });
    await t.test(`Quick Fix on ${k.quickFix.code}: "${k.quickFix.title}" applied, the diagnostic gone`, () => {
      const request = sent('textDocument/codeAction').filter(m => params<{ context: { diagnostics: unknown[] } }>(m).context.diagnostics.length).pop();
      const asked = params<{ context: { diagnostics: Array<{ code: string; range: { start: { line: number } }; data?: unknown }> } }>(request).context.diagnostics;
      assert.deepEqual(asked.map(d => [d.code, d.range.start.line]), [[k.quickFix.code, k.quickFix.line]]);
      assert.equal(asked[0].data, undefined, 'Kate 22.12 does not send back the data of a diagnostic (the server recomputes its fixes)');
      const actions = responseTo(s, request!)?.result as Array<{ title: string }>;
      assert.deepEqual(actions.map(a => a.title), [k.quickFix.title]);
      assert.ok(lastText(k.uris.yaml)?.split('\n')[k.quickFix.line].includes(k.quickFix.replacement), 'the edit applied');
      assert.ok(!lastPublish(k.uris.yaml).some(d => d.code === k.quickFix.code), `no ${k.quickFix.code} left`);
    });
    await t.test(`Code Action menu (Alt+Return) on line ${k.codeAction.line + 1}, asked without diagnostics: the placement fixes`, () => {
      const request = sent('textDocument/codeAction').filter(m => params<{ range: { start: { line: number } } }>(m).range.start.line === k.codeAction.line).pop();
      assert.deepEqual(params<{ context: { diagnostics: unknown[] } }>(request).context.diagnostics, [], 'Kate sends none');
      const titles = (responseTo(s, request!)?.result as Array<{ title: string }>).map(a => a.title);
      for (const title of k.codeAction.titles) assert.ok(titles.includes(title), `${title} in ${titles.join(', ')}`);
    });
    await t.test('screenshots', () => { for (const f of k.screenshots) assert.ok(fs.statSync(f).size > 10_000, f); });
    t.diagnostic(`screenshots: ${k.screenshots.map(f => path.relative(repoRoot, f)).join(', ')}`);
  });

  test('a Kate that does not start fails the Kate check at once, naming its output', { timeout: 60_000 }, async () => {
    const { tools } = ready();
    const artifacts = path.join(artifactsDir, 'kate-not-starting');
    await assert.rejects(runKate({ tools: { ...tools, kate: '/bin/false' }, workspace: ws('kate-fails'), artifacts }),
      new RegExp(`Kate exited \\(1\\); see ${artifacts}/kate-output\\.log`));
    fs.rmSync(artifacts, { recursive: true, force: true });
  });

  test('the test-electron runner fails loudly when there is no editor', () => {
    const empty = freshDir('no-tools');
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(path.join(__dirname, 'lib', 'testElectron.js'))}).cli().then(c => process.exit(c))`], {
      encoding: 'utf8', timeout: 60_000,
      env: { PATH: process.env.PATH, HOME: empty, IB_E2E_CACHE: empty, CHROMIUM: path.join(empty, 'none'), IB_E2E_ARTIFACTS: empty },
    });
    fs.rmSync(empty, { recursive: true, force: true });
    assert.notEqual(r.status, 0, 'exit code is not 0');
    assert.match(`${r.stdout}${r.stderr}`, /No editor to run the extension tests in/);
  });
});
