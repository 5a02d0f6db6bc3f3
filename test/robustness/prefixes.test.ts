import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { announceSeed, fcParams, FUZZ } from './fuzzConfig';
import { checkRanges, checkSubject, exercise, service } from './harness';
import { InputFile, inputFiles } from './inputs';
import { SLOW } from '../support/tiers';

/**
 * Every half-typed state: the file truncated at an offset, with the cursor at the cut (where the user
 * is typing), analysed as detected and as a forced kind. `npm test` samples offsets per file;
 * `npm run fuzz` also walks every offset of every file.
 */

announceSeed('prefixes');
const files = inputFiles();
const kinds = service().listKinds().map((k) => k.kind);

function kindOf(file: InputFile): string | null {
  return (exercise({ text: file.text, languageId: file.languageId, offsets: [] })[3] as { kind: string | null }).kind;
}

describe('every prefix of the examples and corpus', SLOW, () => {
  test('input files are present', (t) => {
    if (files.length === 0) t.skip('no examples/ and no ../shared/corpus');
  });

  for (const file of files) {
    test(`${file.name} (sampled prefixes)`, () => {
      const fileKind = kindOf(file);
      const override = fc.constantFrom<string | null>(null, fileKind ?? kinds[file.name.length % kinds.length], ...kinds);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: file.text.length }), override, fc.integer({ min: 0, max: 200 }), (cut, kind, back) => {
          const text = file.text.slice(0, cut);
          checkSubject({ text, languageId: file.languageId, options: { kindOverride: kind }, offsets: [cut, Math.max(0, cut - back)] });
        }),
        fcParams(12, 400),
      );
    });
  }

  if (FUZZ.fuzzing) {
    test('every offset of every file (fuzz mode)', () => {
      let count = 0;
      for (const file of files) {
        const kind = kindOf(file);
        for (let cut = 0; cut <= file.text.length; cut++) {
          const text = file.text.slice(0, cut);
          try {
            const results = exercise({ text, languageId: file.languageId, options: { kindOverride: kind } });
            checkRanges(TextDocument.create('file:///p', file.languageId, 1, text), results);
          } catch (error) {
            throw new Error(`${file.name} cut at ${cut}: ${(error as Error).stack}`);
          }
          count++;
        }
      }
      process.stdout.write(`# every-prefix run: ${count} prefixes of ${files.length} files\n`);
    });
  }
});
