import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { InsertTextFormat, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { CURSOR, open as openFile, service } from '../support/harness';
import { block, componentResource, steps } from './dataCases';
import { yamlTemplateToJson } from './toJson';

// Everything a component file gets, inside a template's Data, at template positions; the harness's
// `CURSOR` (U+0001) marks the cursor.
function open(text: string, name: string) {
  const opened = openFile(text, { name });
  return { ...opened, position: opened.document.positionAt(opened.offset) };
}

/** The template in YAML and as JSON (the cursor kept where it was: it is put in as a word the JSON keeps). */
function both(yaml: string): Array<{ name: string; text: string }> {
  const json = yamlTemplateToJson(yaml.replace(CURSOR, 'CURSORMARK')).replace('CURSORMARK', CURSOR);
  return [{ name: 't.yaml', text: yaml }, { name: 't.json', text: json }];
}

const TWO_STEPS = [
  'schemaVersion: 1.0',
  'phases:',
  '  - name: build',
  '    steps:',
  '      - name: First',
  '        action: ExecuteBash',
  '        inputs:',
  '          commands: [echo one]',
  '      - name: Second',
  '        action: ExecuteBash',
  '        inputs:',
  '          commands: ["{{ build.First.outputs.stdout }}"]',
];

for (const form of ['|', '!Sub |']) {
  describe(`Data: ${form}`, () => {
    const data = (lines: readonly string[]) => componentResource(`${form}\n${block(lines)}`);

    test('completion of action names after `action: `', () => {
      for (const { name, text } of both(data(steps(`Exec${CURSOR}`, ['commands: [x]'])))) {
        const { document, analysis, position } = open(text, name);
        const items = service().doComplete(analysis, position).items;
        const bash = items.find((i) => i.label === 'ExecuteBash');
        assert.ok(bash, `${name}: ${items.map((i) => i.label).join(', ')}`);
        const edit = bash.textEdit as TextEdit;
        assert.equal(document.getText(edit.range), 'Exec', name);
        const applied = TextDocument.applyEdits(document, [{ range: edit.range, newText: edit.newText }]);
        assert.deepEqual(service().doValidation(service().analyze(TextDocument.create(document.uri, document.languageId, 2, applied))), [], `${name}: ${applied}`);
      }
    });

    test('a snippet stays a snippet in a YAML block, plain escaped text in a JSON string', () => {
      const [yaml, json] = both(data([...steps('ExecuteBash', ['commands: [x]']).slice(0, 6), `        ${CURSOR}`]));
      const item = (t: { name: string; text: string }) => {
        const { analysis, position } = open(t.text, t.name);
        return service().doComplete(analysis, position).items.find((i) => i.label === 'loop')!;
      };
      assert.equal(item(yaml).insertTextFormat, InsertTextFormat.Snippet);
      assert.equal(item(json).insertTextFormat, InsertTextFormat.PlainText);
      assert.ok((item(json).textEdit as TextEdit).newText.includes('\\n'), 'new lines written as \\n in the JSON string');
    });

    test('hover on an input', () => {
      for (const { name, text } of both(data(steps('ExecuteBash', [`comm${CURSOR}ands: [x]`])))) {
        const { analysis, position } = open(text, name);
        const hover = service().doHover(analysis, position);
        assert.equal((hover?.contents as MarkupContent | undefined)?.value.split('\n')[0], '**commands** · `list of strings` · required — an input of ExecuteBash', name);
      }
    });

    test('definition, references and rename of a step name', () => {
      for (const { name, text } of both(data(TWO_STEPS.map((l) => l.replace('build.First', `build.Fi${CURSOR}rst`))))) {
        const { document, analysis, position } = open(text, name);
        const [definition] = service().findDefinition(analysis, position);
        assert.equal(document.getText(definition.range), 'First', name);
        assert.equal(document.offsetAt(definition.range.start), document.getText().indexOf('First'), `${name}: the step's name`);
        const references = service().findReferences(analysis, position, true);
        assert.deepEqual(references.map((r) => document.getText(r.range)), ['First', 'First'], name);
        const renamed = service().doRename(analysis, position, 'Start');
        assert.ok(renamed && !('error' in renamed), name);
        const after = TextDocument.applyEdits(document, renamed.changes![document.uri] as TextEdit[]);
        assert.equal(after.split('Start').length - 1, 2, name);
        assert.ok(after.includes('build.Start.outputs'), name);
        assert.deepEqual(service().doValidation(service().analyze(TextDocument.create(document.uri, document.languageId, 2, after))), [], name);
      }
    });

    test('outline and folding', () => {
      for (const { name, text } of both(data(TWO_STEPS))) {
        const { document, analysis } = open(text, name);
        const symbols = service().findDocumentSymbols(analysis);
        const build = symbols.find((s) => s.name === 'build');
        assert.ok(build, `${name}: ${symbols.map((s) => s.name).join(', ')}`);
        assert.deepEqual(build.children?.map((s) => document.getText(s.selectionRange)), ['First', 'Second'], name);
        if (name.endsWith('.yaml')) {
          const folds = service().getFoldingRanges(analysis).map((r) => `${r.startLine + 1}-${r.endLine + 1}`);
          const line = (word: string) => document.positionAt(text.indexOf(word)).line + 1;
          assert.ok(folds.includes(`${line('- name: build')}-${line('{{ build')}`), `${name}: ${folds.join(' ')}`);
        }
      }
    });

    test('a fix is written back with the block indentation (YAML) or the JSON escapes', () => {
      const lines = steps('ExecuteBash', ['commands: [x]']).map((l) => (l === '      - name: Hello' ? '      - action: ExecuteBash' : l)).filter((l, i, all) => !(l === '        action: ExecuteBash' && all[i - 1] === '      - action: ExecuteBash'));
      for (const { name, text } of both(data(lines))) {
        const { document, analysis } = open(text, name);
        const [missing] = service().doValidation(analysis);
        assert.equal(missing?.code, 'missing-property', name);
        const [action] = service().getCodeActions(analysis, missing.range, [missing]);
        const fixed = TextDocument.applyEdits(document, action.edit!.changes![document.uri] as TextEdit[]);
        const again = service().doValidation(service().analyze(TextDocument.create(document.uri, document.languageId, 2, fixed)));
        assert.deepEqual(again.map((d) => d.code), [], `${name}:\n${fixed}`);
      }
    });
  });
}

describe('Data: !Sub text written back', () => {
  test("a fix copying a literal `${X}` (written `${!X}`) writes `${!X}` again, not a substitution", () => {
    const yaml = componentResource(`!Sub |\n${block(steps('ExecuteBash', ['commands:', '  - echo {{ env:HOME }}/${!USER}'], ['timeoutSeconds: 60']).map((l) => l.replace('  - echo {{', '  - {{')))}`);
    for (const { name, text } of both(yaml)) {
      const { document, analysis } = open(text, name);
      const [problem] = service().doValidation(analysis);
      assert.equal(problem?.code, 'unquoted-expression', name);
      const [action] = service().getCodeActions(analysis, problem.range, [problem]);
      const edit = (action.edit!.changes![document.uri] as TextEdit[])[0];
      assert.ok(edit.newText.includes('${!USER}'), `${name}: ${edit.newText}`);
      const fixed = TextDocument.applyEdits(document, [edit]);
      assert.deepEqual(service().doValidation(service().analyze(TextDocument.create(document.uri, document.languageId, 2, fixed))), [], name);
    }
  });
});

describe('Data: !Sub text, inside a ${…} substitution', () => {
  // The substitution is CloudFormation's: the component sees only its stand-in, so completion, hover and
  // definition there are the template's (which has nothing to offer inside a Data string), never the component's.
  type Slot = 'action' | 'timeout' | 'key' | 'command';
  const at = (slot: Slot, word: string) => componentResource(`!Sub |\n${block(steps(slot === 'action' ? word : 'ExecuteBash', ['commands:', `  - echo ${slot === 'command' ? word : 'hi'}`], [
    `timeoutSeconds: ${slot === 'timeout' ? word : '60'}`, ...(slot === 'key' ? [`${word}: 1`] : [])]))}`);
  const cases: Array<[Slot, string, string | undefined]> = [
    ['action', `Execute\${Sh${CURSOR}ell}`, 'ExecuteBash'],
    ['timeout', `\${Time${CURSOR}out}`, '7200'],
    ['key', `\${Ke${CURSOR}y}`, 'onFailure'],
    ['command', `\${Greet${CURSOR}ing}`, undefined],
  ];
  for (const [slot, word, componentWould] of cases) {
    test(`${slot}: nothing from the component`, () => {
      for (const { name, text } of both(at(slot, word))) {
        const { analysis, position } = open(text, name);
        assert.ok(text.includes(`\${${word.split('${')[1].split(CURSOR)[0]}${CURSOR}`), `${name}: the cursor is inside the substitution`);
        assert.deepEqual(service().doComplete(analysis, position).items.map((i) => i.label), [], name);
        assert.equal(service().doHover(analysis, position), null, name);
        assert.deepEqual(service().findDefinition(analysis, position), [], name);
      }
      if (componentWould === undefined) return;
      // The same place with the substitution's text written plainly: the component's answer.
      for (const { name, text } of both(at(slot, word.replace(/\$\{([^}]*)\}/, '$1')))) {
        const { analysis, position } = open(text, name);
        const labels = service().doComplete(analysis, position).items.map((i) => i.label);
        assert.ok(labels.includes(componentWould), `${name}: plain text completes: ${labels.join(', ')}`);
      }
    });
  }
});

describe('a block-scalar Data never gets invalid-type (the whole Data is a string)', () => {
  const bodies = ['|\n        1.0\n', '|-\n        - a\n        - b\n', '>\n        true\n', '|\n\n', '|\n        schemaVersion: 1.0\n        phases: []\n', '!Sub |\n        ${Document}\n'];
  for (const body of bodies) {
    test(JSON.stringify(body), () => {
      for (const { name, text } of both(componentResource(body))) {
        const { analysis } = open(text, name);
        const codes = service().doValidation(analysis).map((d) => d.code);
        assert.ok(!codes.includes('invalid-type'), `${name}: ${codes.join(', ')}`);
      }
    });
  }
});

describe('a Data longer than CloudFormation allows', () => {
  test('gets out-of-range on the Data (16,000 characters), and its component is still analysed', () => {
    const many = Array.from({ length: 200 }, (_, i) => [`      - name: Step${i}`, `        action: ${i === 199 ? 'ExecuteBsh' : 'ExecuteBash'}`, '        inputs:', `          commands: [echo ${i}]`]).flat();
    const yaml = componentResource(`|\n${block(['schemaVersion: 1.0', 'phases:', '  - name: build', '    steps:', ...many])}`);
    for (const { name, text } of both(yaml)) {
      const { analysis } = open(text, name);
      const got = service().doValidation(analysis).map((d) => `${String(d.code)} ${d.message}`);
      assert.deepEqual(got.map((l) => l.replace(/\(found \d+\)/, '(found N)')), [
        'out-of-range Too long: at most 16000 characters (found N).',
        "unknown-action 'ExecuteBsh' is not an AWSTOE action module. Did you mean 'ExecuteBash'?",
      ], name);
    }
  });
});

describe('the language status of a template names the platforms of its components', () => {
  /** A template of one component resource a platform, each the component of `componentResource`. */
  const components = (platforms: readonly string[]) => {
    const resource = (p: string, i: number) => componentResource(`|\n${block(steps('Reboot', []).slice(0, 6))}`, `Platform: ${p}`).replace('  Comp:', `  Comp${i}:`);
    const [first, ...rest] = platforms.map(resource);
    return first + rest.map((r) => r.slice(r.indexOf('  Comp'))).join('');
  };
  const cases: Array<[string[], string | undefined]> = [
    [['Linux'], 'Linux'],
    [['Linux', 'Linux'], 'Linux'],
    [['Windows', 'Linux', 'Windows', 'macOS'], 'Windows, Linux, macOS'],
  ];
  for (const [platforms, expected] of cases) {
    test(platforms.join(' + '), () => {
      for (const { name, text } of both(components(platforms))) {
        const { analysis } = open(text, name);
        assert.equal(service().describeKind(analysis).kind, 'cloudformation-template', name);
        assert.equal(service().describeKind(analysis).platform, expected, name);
      }
    });
  }
});
