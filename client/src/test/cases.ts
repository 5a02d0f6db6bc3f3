// The checks run inside the editor's extension host, on the files named in test/e2e/scenario.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ACCEPT, acceptText, blankValue, COMPLETIONS, DIAGNOSTICS, FILES, HOVER, keyPosition, KINDS, QUICK_FIX, SILENT } from '../../../test/e2e/scenario';
import type { CaseFn } from './harness';
import { waitFor } from './harness';
import { api, codeOf, diagnosticsWith, hoverText, labelOf, open, ours, replaceText, revert, summary, uriOf } from './editor';

type Cases = Array<[string, CaseFn]>;

const activation: Cases = [
  ['the extension activates and its server runs', async (d) => {
    const a = await api();
    await waitFor('the language client to run', () => a.client?.isRunning());
    d.commands = (await vscode.commands.getCommands(true)).filter(c => c.startsWith('imagebuilder.'));
    for (const c of ['imagebuilder.restartServer', 'imagebuilder.showDocumentKind', 'imagebuilder.chooseDocumentKind']) {
      assert.ok((d.commands as string[]).includes(c), `command ${c} registered`);
    }
    // VS Code's client can pull diagnostics, so the server offers them that way (and does not push).
    d.diagnosticProvider = a.client?.initializeResult?.capabilities.diagnosticProvider;
    assert.deepEqual(d.diagnosticProvider, { identifier: 'imagebuilder', interFileDependencies: false, workspaceDiagnostics: false });
  }],
];

const diagnostics: Cases = [
  ...DIAGNOSTICS.map(({ file, codes }): [string, CaseFn] => [`diagnostics ${codes.join(', ')} in ${file}`, async (d) => {
    const editor = await open(file);
    for (const code of codes) {
      const found = await diagnosticsWith(editor.document.uri, code);
      assert.ok(found.every(x => x.severity === vscode.DiagnosticSeverity.Error), `${code} is an error`);
    }
    d.diagnostics = summary(editor.document.uri);
  }]),
  ...SILENT.map((file): [string, CaseFn] => [`no diagnostic on an unrelated file (${file})`, async (d) => {
    const a = await api();
    const silent = await open(file);
    // Open a broken Image Builder file after it: once its diagnostics arrive, the server has been through the first.
    const witness = await open(DIAGNOSTICS[0].file);
    await diagnosticsWith(witness.document.uri, DIAGNOSTICS[0].codes[0]);
    const kind = await a.documentKind(silent.document.uri);
    d.kind = kind;
    d.diagnostics = summary(silent.document.uri);
    assert.equal(kind.kind, null, 'not detected as an Image Builder file');
    assert.deepEqual(vscode.languages.getDiagnostics(silent.document.uri), [], 'no diagnostic at all');
  }]),
];

const duplicates: Cases = [
  ['a JSON syntax error shows once (from VS Code\'s JSON support), not twice', async (d) => {
    const file = COMPLETIONS[0].file;
    const editor = await open(file);
    const uri = editor.document.uri;
    try {
      const before = JSON.stringify(ours(uri));
      await replaceText(editor, blankValue(editor.document.getText(), COMPLETIONS[0].key).text);
      await waitFor('VS Code\'s JSON syntax error and our new diagnostics', () =>
        vscode.languages.getDiagnostics(uri).some(x => x.source === 'json') && JSON.stringify(ours(uri)) !== before);
      d.diagnostics = summary(uri);
      assert.deepEqual(ours(uri).filter(x => codeOf(x) === 'syntax'), [], 'no imagebuilder syntax diagnostic beside json\'s');
    } finally {
      await revert(uri);
    }
  }],
];

const completion: Cases = COMPLETIONS.map(({ name, file, key, expect }): [string, CaseFn] => [`completion after ${key}: (${name})`, async (d) => {
  const editor = await open(file);
  const uri = editor.document.uri;
  try {
    const { text, cursor } = blankValue(editor.document.getText(), key);
    await replaceText(editor, text);
    const list = await waitFor(`completions for ${key}`, async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider',
        uri, new vscode.Position(cursor.line, cursor.character));
      return l.items.length ? l : undefined;
    }, 15_000);
    const labels = list.items.map(labelOf);
    d.labels = labels;
    for (const e of expect) assert.ok(labels.includes(e), `${e} offered (got ${labels.join(', ')})`);
    // VS Code's client takes the range from the list's itemDefaults: each item still edits at the cursor.
    const at = new vscode.Position(cursor.line, cursor.character);
    for (const item of list.items.filter((i) => expect.includes(labelOf(i)))) {
      const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
      assert.ok(range?.contains(at), `${labelOf(item)}: replaces a range at the cursor (${JSON.stringify(range)})`);
      const inserted = typeof item.insertText === 'string' ? item.insertText : item.insertText?.value;
      assert.ok(inserted?.includes(labelOf(item)), `${labelOf(item)}: inserts ${inserted}`);
    }
  } finally {
    await revert(uri);
  }
}]);

/** Completions accepted as the suggest widget does (the item's snippet or text over its range): the buffer is checked. */
const accepted: Cases = ACCEPT.map((c): [string, CaseFn] => [`accepting '${c.label}': ${c.name}`, async (d) => {
  const editor = await open(c.file);
  const uri = editor.document.uri;
  try {
    const { text, cursor } = acceptText(c);
    await replaceText(editor, text);
    const at = new vscode.Position(cursor.line, cursor.character);
    const item = await waitFor(`the completion '${c.label}'`, async () => {
      const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, at);
      return l.items.find((i) => labelOf(i) === c.label);
    }, 15_000);
    const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing ?? new vscode.Range(at, at);
    const insert = item.insertText ?? labelOf(item);
    const ok = insert instanceof vscode.SnippetString
      ? await editor.insertSnippet(insert, range)
      : await editor.edit((b) => b.replace(range, insert));
    assert.ok(ok, 'the edit applied');
    d.after = editor.document.getText();
    assert.equal(d.after, c.snippet ?? c.plain);
  } finally {
    await vscode.commands.executeCommand('leaveSnippet');
    await revert(uri);
  }
}]);

const hoverAndKinds: Cases = [
  [`hover on ${HOVER.key}`, async (d) => {
    const editor = await open(HOVER.file);
    const p = keyPosition(editor.document.getText(), HOVER.key);
    const hovers = await waitFor(`a hover on ${HOVER.key}`, async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider',
        editor.document.uri, new vscode.Position(p.line, p.character + 1));
      return h.length ? h : undefined;
    }, 15_000);
    d.hover = hoverText(hovers);
    assert.match(d.hover as string, HOVER.expect);
  }],
  ...KINDS.map(({ file, kind, text }): [string, CaseFn] => [`language status shows the kind of ${file}`, async (d) => {
    const a = await api();
    const editor = await open(file);
    const want = editor.document.uri.toString();
    const shown = await waitFor(`the language status for ${file}`, () => {
      const s = a.languageStatus();
      return s.uri === want && text.test(s.text) ? s : undefined;
    }, 15_000);
    d.status = shown;
    const answer = await a.documentKind(editor.document.uri);
    d.documentKind = answer;
    assert.equal(answer.kind, kind);
    if (answer.platform) assert.ok(shown.text.endsWith(` · ${answer.platform}`), `platform ${answer.platform} shown`);
  }]),
  ['show detected kind command', async (d) => {
    const uri = uriOf(KINDS[0].file);
    await open(KINDS[0].file);
    const r = await vscode.commands.executeCommand<{ kind: string | null; source: string }>('imagebuilder.showDocumentKind', uri);
    d.result = r;
    assert.equal(r?.kind, KINDS[0].kind);
  }],
  ['imagebuilder.fileKinds: a glob setting gives a file its kind', async (d) => {
    const a = await api();
    const id = SILENT[SILENT.length - 1];
    const uri = uriOf(id);
    await open(id);
    const config = vscode.workspace.getConfiguration('imagebuilder');
    await config.update('fileKinds', { [`**/${FILES[id].split('/').pop()}`]: 'component-document' }, vscode.ConfigurationTarget.Workspace);
    try {
      d.withSetting = await waitFor('the kind from the setting', async () => {
        const k = await a.documentKind(uri);
        return k.kind === 'component-document' && k.source === 'setting' ? k : undefined;
      });
    } finally {
      await config.update('fileKinds', undefined, vscode.ConfigurationTarget.Workspace);
    }
    d.after = await waitFor('detection again', async () => {
      const k = await a.documentKind(uri);
      return k.kind === null ? k : undefined;
    });
  }],
  ['imagebuilder.component.platform: the setting changes the platform shown and checked', async (d) => {
    const a = await api();
    const file = KINDS.find(k => k.kind === 'component-document')!.file;
    const editor = await open(file);
    const uri = editor.document.uri;
    const config = vscode.workspace.getConfiguration('imagebuilder');
    await config.update('component.platform', 'Windows', vscode.ConfigurationTarget.Workspace);
    try {
      d.status = await waitFor('the status to show Windows', async () => {
        await a.documentKind(uri);
        const s = a.languageStatus();
        return s.uri === uri.toString() && s.text.endsWith(' · Windows') ? s : undefined;
      });
      d.diagnostics = await diagnosticsWith(uri, 'action-platform');
    } finally {
      await config.update('component.platform', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('no action-platform diagnostic once the setting is gone', () => !ours(uri).some(x => codeOf(x) === 'action-platform'));
  }],
  ['choose a kind by command, then back to detection', async (d) => {
    const a = await api();
    const uri = uriOf(SILENT[0]);
    await open(SILENT[0]);
    await vscode.commands.executeCommand('imagebuilder.chooseDocumentKind', uri, 'component-document');
    d.forced = await waitFor('the chosen kind', async () => {
      const k = await a.documentKind(uri);
      return k.kind === 'component-document' ? k : undefined;
    });
    // Checked again as a component document: the server asks the editor to pull its diagnostics anew.
    d.forcedDiagnostics = await waitFor('diagnostics of the workflow as a component document', () =>
      ours(uri).some(x => codeOf(x) === 'missing-property') ? summary(uri) : undefined);
    await vscode.commands.executeCommand('imagebuilder.chooseDocumentKind', uri, null);
    d.reset = await waitFor('detection again', async () => {
      const k = await a.documentKind(uri);
      return k.kind === null ? k : undefined;
    });
    await waitFor('no diagnostic after reset', () => ours(uri).length === 0);
  }],
];

const fixes: Cases = [
  ['settings: a severity override reaches the server', async (d) => {
    const editor = await open(QUICK_FIX.file);
    const uri = editor.document.uri;
    const config = vscode.workspace.getConfiguration('imagebuilder');
    await config.update('diagnostics.severity', { [QUICK_FIX.code]: 'warning' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(`${QUICK_FIX.code} as a warning`, () =>
        ours(uri).some(x => codeOf(x) === QUICK_FIX.code && x.severity === vscode.DiagnosticSeverity.Warning));
    } finally {
      await config.update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(`${QUICK_FIX.code} as an error again`, () =>
      ours(uri).some(x => codeOf(x) === QUICK_FIX.code && x.severity === vscode.DiagnosticSeverity.Error));
    d.diagnostics = summary(uri);
  }],
  [`the quick fix for ${QUICK_FIX.code} applies and the error goes`, async (d) => {
    const editor = await open(QUICK_FIX.file);
    const uri = editor.document.uri;
    try {
      const [diag] = await diagnosticsWith(uri, QUICK_FIX.code);
      const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
        'vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      d.actions = actions.map(x => ({ title: x.title, kind: 'kind' in x ? x.kind?.value : undefined,
        codes: 'diagnostics' in x ? (x.diagnostics ?? []).map(codeOf) : undefined }));
      // The editor's command API drops `diagnostics` from the actions it returns: pick the fix by its title.
      const quickFixes = actions.filter((x): x is vscode.CodeAction =>
        'kind' in x && !!x.kind && vscode.CodeActionKind.QuickFix.contains(x.kind) && (!!x.edit || !!x.command));
      const fix = quickFixes.find(x => x.title === QUICK_FIX.title);
      assert.ok(fix, `the quick fix "${QUICK_FIX.title}" (got ${JSON.stringify(d.actions)})`);
      d.applied = fix.title;
      if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      await waitFor(`${QUICK_FIX.code} to go`, () => !ours(uri).some(x => codeOf(x) === QUICK_FIX.code));
      d.after = summary(uri);
    } finally {
      await revert(uri);
    }
  }],
  ['restart server command', async (d) => {
    const a = await api();
    const before = a.client;
    await vscode.commands.executeCommand('imagebuilder.restartServer');
    await waitFor('the client to run again', () => a.client?.isRunning());
    const editor = await open(DIAGNOSTICS[0].file);
    d.kind = await waitFor('a kind answer after restart', () => a.documentKind(editor.document.uri));
    assert.equal(a.client, before, 'the same client restarted');
  }],
];

const workspace: Cases = [
  ['workspace: the recipe is checked against the component file, and go to definition from its ARN opens that file', async (d) => {
    const editor = await open('workspaceRecipe');
    const uri = editor.document.uri;
    // The index is built in the background: the cross-file diagnostic shows it has the component.
    d.diagnostics = (await diagnosticsWith(uri, 'undefined-parameter', 30_000)).map(x => x.message);
    const text = editor.document.getText();
    const position = editor.document.positionAt(text.indexOf('component/greeter') + 'component/'.length + 2);
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const opened = await waitFor('the component file to open', () => {
      const active = vscode.window.activeTextEditor?.document.uri;
      return active && active.toString() === uriOf('workspaceComponent').toString() ? active : undefined;
    }, 15_000);
    d.opened = opened.toString();
    d.line = vscode.window.activeTextEditor?.selection.active.line;
    assert.equal(d.line, 0, 'the cursor is on the component\'s name');
  }],
];

export const CASES: Cases = [...activation, ...diagnostics, ...duplicates, ...completion, ...accepted, ...hoverAndKinds, ...fixes, ...workspace];
