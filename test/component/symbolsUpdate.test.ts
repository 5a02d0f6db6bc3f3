import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentSymbols } from '../../server/src/service/component/model/symbols';
import { ConsumedVersionError } from '../../server/src/service/util/consume';
import { describeSymbols } from '../support/symbolTable';
import { service } from '../support/harness';

/**
 * The symbol table after an edit inside one step is the previous version's, updated (only that step is
 * built again; the others' symbols are kept); after an edit of a top-level entry the table does not read
 * (`name`, `description`), the previous version's as it is; after any other edit it is built afresh. Either way the
 * previous table is consumed. Either way it equals the table of the new text
 * analysed from scratch. The random-edit property (test/robustness/edits.test.ts) checks the same on
 * the examples and corpus.
 */

const DOCUMENT = `name: symbols
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: First
        action: ExecuteBash
        inputs:
          commands:
            - echo one
      - name: Fetch
        action: S3Download
        loop:
          name: files
          forEach:
            - a
            - b
        inputs:
          - source: s3://bucket/{{ loop.value }}
            destination: /tmp/{{ loop.value }}
          - source: s3://bucket/other
            destination: /tmp/other
      - name: Third
        action: ExecuteBash
        inputs:
          commands:
            - echo {{ build.First.outputs.stdout }}
      - name: Last
        action: Reboot
  - name: validate
    steps:
      - name: Check
        action: ExecuteBash
        inputs:
          commands:
            - echo check
`;

interface Case {
  readonly name: string;
  /** The text to replace (its first occurrence) and what replaces it. */
  readonly find: string;
  readonly replace: string;
  /** Whether the previous table is updated (true) or a new one built (false). */
  readonly updated: boolean;
  readonly check?: (symbols: ReturnType<typeof componentSymbols>) => void;
}

const CASES: Case[] = [
  {
    name: "a step's action", find: 'action: Reboot', replace: 'action: RebootX', updated: true,
    check: (s) => assert.equal(s.phasesByName.get('build')?.stepsByName.get('Last')?.actionName, 'RebootX'),
  },
  {
    name: 'a step renamed to an earlier name: the first keeps it', find: 'name: Third', replace: 'name: First', updated: true,
    check: (s) => assert.equal(s.phasesByName.get('build')?.stepsByName.get('First')?.index, 0),
  },
  {
    name: 'the first of a name renamed: the name goes to the next step with it', find: 'name: First', replace: 'name: Fetch', updated: true,
    check: (s) => {
      const build = s.phasesByName.get('build')!;
      assert.equal(build.stepsByName.get('Fetch')?.index, 0);
      assert.equal(build.stepsByName.get('First'), undefined);
    },
  },
  {
    name: "a loop's name", find: 'name: files', replace: 'name: objects', updated: true,
    check: (s) => assert.deepEqual([...s.phasesByName.get('build')!.loopsByName.keys()], ['objects']),
  },
  {
    name: 'an item of a list of inputs (a node inside a step)', find: 'destination: /tmp/other', replace: 'destination: /tmp/else', updated: true,
  },
  {
    name: "the document's name (a top-level entry the table does not read): the table is the same", find: 'name: symbols', replace: 'name: symbols renamed', updated: true,
  },
  {
    name: 'a top-level key renamed to one the table reads', find: 'schemaVersion: 1.0', replace: 'constants: 1.0', updated: false,
  },
  {
    name: "a phase's name", find: 'name: validate', replace: 'name: test', updated: false,
    check: (s) => assert.deepEqual([...s.phasesByName.keys()], ['build', 'test']),
  },
];

describe('component symbols after an edit', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const ls = service();
      const uri = 'file:///test/symbols.yml';
      const before = ls.analyze(TextDocument.create(uri, 'yaml', 1, DOCUMENT));
      const previous = componentSymbols(before);
      const previousSteps = new Set(previous.steps);
      assert.ok(DOCUMENT.includes(c.find));
      const text = DOCUMENT.replace(c.find, c.replace);
      const after = ls.analyze(TextDocument.create(uri, 'yaml', 2, text), { previous: before });
      assert.ok(after.parsed.replaced, 'the edit was parsed incrementally');
      const symbols = componentSymbols(after);
      assert.equal(symbols.steps.some((s) => previousSteps.has(s)), c.updated, c.updated ? 'the previous table was updated' : 'a new table was built');
      assert.throws(() => previous.steps, ConsumedVersionError, 'the previous table is consumed');
      const fresh = componentSymbols(ls.analyze(TextDocument.create(uri, 'yaml', 2, text)));
      assert.deepEqual(describeSymbols(symbols), describeSymbols(fresh));
      c.check?.(symbols);
      assert.deepEqual(ls.doValidation(after), ls.doValidation(ls.analyze(TextDocument.create(uri, 'yaml', 2, text))));
    });
  }
});
