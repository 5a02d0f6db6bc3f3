// Editor helpers for the in-editor tests: open files of the test workspace, read diagnostics, edit, revert.
import * as vscode from 'vscode';
import type { ImageBuilderApi } from '../extension';
import { FILES, FileId } from '../../../test/e2e/scenario';
import { waitFor } from './harness';

export const EXTENSION_ID = 'imagebuilder-language-tools.imagebuilder-language-tools';

export async function api(): Promise<ImageBuilderApi> {
  const ext = vscode.extensions.getExtension<ImageBuilderApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

export function uriOf(file: FileId): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, FILES[file]);
}

export async function open(file: FileId): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uriOf(file));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'imagebuilder');
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return String(typeof c === 'object' && c !== null ? c.value : c);
}

export async function diagnosticsWith(uri: vscode.Uri, code: string, ms?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`a ${code} diagnostic on ${uri.path}`, () => {
    const found = ours(uri).filter(d => codeOf(d) === code);
    return found.length ? found : undefined;
  }, ms);
}

export function summary(uri: vscode.Uri): Array<{ code: string; line: number; severity: string; source: string; message: string }> {
  return vscode.languages.getDiagnostics(uri).map(d => ({
    code: codeOf(d), line: d.range.start.line, severity: vscode.DiagnosticSeverity[d.severity], source: d.source ?? '', message: d.message,
  }));
}

/** Replaces the whole text of the active editor's document (unsaved, like typing). */
export async function replaceText(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const ok = await editor.edit(b => b.replace(all, text));
  if (!ok) throw new Error('edit was not applied');
}

/** Throws away unsaved changes of `uri` (File: Revert on its editor). */
export async function revert(uri: vscode.Uri): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`${uri.path} reverted`, () => !doc.isDirty);
}

export function labelOf(item: vscode.CompletionItem): string {
  const l = typeof item.label === 'string' ? item.label : item.label.label;
  return l.replace(/^["']|["']$/g, '');
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}
