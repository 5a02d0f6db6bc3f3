import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Position } from 'vscode-languageserver-types';
import { checkRanges, service } from './harness';

/**
 * Positions as a client may send them: past the end, negative, fractional, NaN, strings, absent.
 * Every answer's ranges must still be integer positions inside the document (NaN ranges were
 * returned for fractional and string positions before the facade sanitised them).
 */

const DOCUMENTS: ReadonlyArray<[string, 'yaml' | 'json']> = [
  ['{\n  "name": "x",\n  "instanceProfileName": "p",\n  "instanceTypes": ["m5.large"]\n}', 'json'],
  ['name: x\ninstanceProfileName: p\ninstanceTypes:\n  - m5.large\n', 'yaml'],
  ['name: hello\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps: []\n', 'yaml'],
];

const POSITIONS: unknown[] = [
  { line: 0, character: 0 }, { line: 1, character: 3 }, { line: 1000, character: 0 }, { line: 1, character: 1e300 }, { line: -1, character: -5 },
  { line: 0.5, character: 1.5 }, { line: 'x', character: 'y' }, { line: 1, character: '3' }, { line: 1, character: NaN },
  { line: Infinity, character: -Infinity }, {}, undefined,
];

describe('malformed positions', () => {
  test('every feature answers with ranges inside the document', () => {
    const ls = service();
    for (const [text, languageId] of DOCUMENTS) {
      const document = TextDocument.create(`file:///positions.${languageId}`, languageId, 1, text);
      const analysis = ls.analyze(document);
      for (const raw of POSITIONS) {
        const position = raw as Position;
        checkRanges(document, [
          ls.doComplete(analysis, position),
          ls.doHover(analysis, position),
          ls.findDefinition(analysis, position),
          ls.findReferences(analysis, position, true),
          ls.prepareRename(analysis, position),
          ls.doRename(analysis, position, 'x'),
        ]);
      }
    }
  });
});
