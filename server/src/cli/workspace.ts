import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IMAGE_BUILDER_CONTENT, languageOf } from '../node/workspace/indexer';
import { LanguageService, WorkspaceIndex } from '../service/languageService';

/**
 * The workspace index over the files the CLI checks, as the server builds it over its workspace
 * folders: every file read once and summarised (no tree kept), so that each recipe is then checked
 * against the components of all the files given (`undefined-parameter`, `missing-parameter`, …). A given
 * `.tf` file's module is its folder: the other `.tf` files there are read too (not checked), so a recipe
 * finds a component resource another file of the module declares. Unreadable files are left out here;
 * checking them reports them.
 */
export function buildCliWorkspace(service: LanguageService, files: readonly string[], kind: string | undefined): WorkspaceIndex {
  const index = new WorkspaceIndex();
  const add = (file: string, override: string | undefined) => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return;
    }
    if (!IMAGE_BUILDER_CONTENT.test(text)) return;
    const document = TextDocument.create(fileUri(file), languageOf(file), 1, text);
    index.set(service.summarize(service.analyze(document, { kindOverride: override ?? null, path: path.resolve(file) })));
  };
  for (const file of files) add(file, kind);
  for (const file of moduleSiblings(files)) add(file, undefined);
  index.setComplete(true);
  return index;
}

/** The `.tf` files of the given `.tf` files' folders that are not given themselves, in a stable order. */
function moduleSiblings(files: readonly string[]): string[] {
  const given = new Set(files.map((f) => path.resolve(f)));
  const folders = new Set([...given].filter((f) => f.endsWith('.tf')).map((f) => path.dirname(f)));
  const siblings: string[] = [];
  for (const folder of folders) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    const names = entries.filter((e) => e.isFile() && e.name.endsWith('.tf')).map((e) => e.name).sort();
    for (const name of names) if (!given.has(path.join(folder, name))) siblings.push(path.join(folder, name));
  }
  return siblings;
}

export function fileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).toString();
}
