// The `imagebuilder.*` settings, read as one plain object of the shape the server expects
// (the same shape as a workspace/configuration answer for the section `imagebuilder`).
import * as vscode from 'vscode';

export const SECTION = 'imagebuilder';

export interface ImageBuilderSettings {
  fileKinds: Record<string, string>;
  /** Absent when unset: the server's own table applies. */
  fileNameConventions?: Record<string, string>;
  component: { platform: 'auto' | 'Linux' | 'Windows' | 'macOS' };
  diagnostics: { severity: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'> };
  maxFileSize: number;
  maxItemsComputed: number;
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export function readSettings(scope?: vscode.ConfigurationScope): ImageBuilderSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    fileKinds: { ...c.get<Record<string, string>>('fileKinds', {}) },
    fileNameConventions: c.get<Record<string, string>>('fileNameConventions'),
    component: { platform: c.get('component.platform', 'auto') },
    diagnostics: { severity: { ...c.get<ImageBuilderSettings['diagnostics']['severity']>('diagnostics.severity', {}) } },
    maxFileSize: c.get<number>('maxFileSize', 5_000_000),
    maxItemsComputed: c.get<number>('maxItemsComputed', 5_000),
    trace: { server: c.get('trace.server', 'off') },
  };
}
