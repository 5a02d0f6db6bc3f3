import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Range } from 'vscode-languageserver-types';
import { LanguageService } from '../../server/src/service/languageService';
import { terraformService } from '../support/terraform';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

const FILES = path.join(__dirname, '..', '..', '..', 'test', 'terraform', 'files');

function inside(document: TextDocument, range: Range, what: string): void {
  const end = document.positionAt(document.getText().length);
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.character >= 0 && (p.line < end.line || (p.line === end.line && p.character <= end.character)), `${what} outside the document`);
  }
}

test('every prefix of every .tf test file is answered: diagnostics, completion and hover at the cut, ranges inside', () => {
  let count = 0;
  for (const name of fs.readdirSync(FILES).filter((f) => f.endsWith('.tf')).sort()) {
    const text = fs.readFileSync(path.join(FILES, name), 'utf8');
    for (let cut = 0; cut <= text.length; cut++) {
      const document = TextDocument.create(`file:///p/${name}`, 'terraform', 1, text.slice(0, cut));
      try {
        const analysis = service.analyze(document);
        for (const d of service.doValidation(analysis)) inside(document, d.range, 'diagnostic');
        const position = document.positionAt(cut);
        for (const item of service.doComplete(analysis, position).items) {
          const edit = item.textEdit as { range: Range } | undefined;
          if (edit) inside(document, edit.range, 'completion edit');
        }
        const hover = service.doHover(analysis, position);
        if (hover?.range) inside(document, hover.range, 'hover');
      } catch (error) {
        throw new Error(`${name} cut at ${cut}: ${(error as Error).stack}`);
      }
      count++;
    }
  }
  assert.ok(count > 1000);
});
