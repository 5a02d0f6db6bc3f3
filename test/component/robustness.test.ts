import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit } from 'vscode-languageserver-types';
import { repoRoot } from '../support/paths';
import { service } from '../support/harness';

const FILES = ['examples/component/windows-app.yaml', 'examples/component/broken-references.yaml', 'examples/requests/create-component.json'];

/** Every feature at `offset` of `text`; throws on a range outside the document or a completion range without the cursor. */
function exercise(text: string, languageId: string, offset: number): void {
  const ls = service();
  const document = TextDocument.create(`file:///x.${languageId === 'json' ? 'json' : 'yml'}`, languageId, 1, text);
  const analysis = ls.analyze(document, languageId === 'yaml' ? { kindOverride: 'component-document' } : {});
  const position = document.positionAt(offset);
  for (const d of ls.doValidation(analysis)) assert.ok(document.offsetAt(d.range.start) <= document.offsetAt(d.range.end));
  for (const item of ls.doComplete(analysis, position).items) {
    const range = (item.textEdit as TextEdit).range;
    assert.ok(document.offsetAt(range.start) <= offset && offset <= document.offsetAt(range.end), `${item.label} at ${offset}`);
  }
  ls.doHover(analysis, position);
  ls.findDefinition(analysis, position);
  ls.findReferences(analysis, position, true);
  ls.prepareRename(analysis, position);
  ls.doRename(analysis, position, 'Renamed');
  ls.findDocumentSymbols(analysis);
  ls.getFoldingRanges(analysis);
}

describe('component features on half-typed documents', () => {
  for (const file of FILES) {
    test(`${file}: every feature at every 7th offset, and on every 13th prefix`, () => {
      const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
      const languageId = file.endsWith('.json') ? 'json' : 'yaml';
      for (let offset = 0; offset <= text.length; offset += 7) exercise(text, languageId, offset);
      for (let end = 0; end <= text.length; end += 13) exercise(text.slice(0, end), languageId, end);
    });
  }
});
