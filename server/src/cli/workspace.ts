import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IMAGE_BUILDER_CONTENT, languageOf } from '../node/workspace/indexer';
import { LanguageService, WorkspaceIndex } from '../service/languageService';

/**
 * The workspace index over the files the CLI checks, as the server builds it over its workspace
 * folders: every file read once and summarised (no tree kept), so that each recipe is then checked
 * against the components of all the files given (`undefined-parameter`, `missing-parameter`, …).
 * Unreadable files are left out here; checking them reports them.
 */
export function buildCliWorkspace(service: LanguageService, files: readonly string[], kind: string | undefined): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (!IMAGE_BUILDER_CONTENT.test(text)) continue;
    const document = TextDocument.create(fileUri(file), languageOf(file), 1, text);
    index.set(service.summarize(service.analyze(document, { kindOverride: kind ?? null, path: path.resolve(file) })));
  }
  index.setComplete(true);
  return index;
}

export function fileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).toString();
}
