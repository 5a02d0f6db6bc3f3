import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AstNode, endOf } from '../../server/src/service/ast/types';
import { forEachChild } from '../../server/src/service/parse/incrementalTree';
import { parseText } from '../../server/src/service/parse/parse';
import { checkSubject } from '../robustness/harness';

/** Broken YAML where `yaml` ends a collection before the end of its last pair (found by fuzzing). */
const MULTI_LINE_KEY = '- B:\n      X: y\n  - C\n  e: z\n';
const BROKEN_PARAMETERS = `schemaVersion: 1.0\nparameters:\n  - B:\n      type: string\n  - C:\n          X: y\n    - name: D\n      action: E\n    description: z\nphases: []\n`;

function outside(node: AstNode, parent?: AstNode): string[] {
  const here = parent && (node.offset < parent.offset || endOf(node) > endOf(parent))
    ? [`${node.type} ${node.offset}-${endOf(node)} outside ${parent.type} ${parent.offset}-${endOf(parent)}`]
    : [];
  const below: string[] = [];
  forEachChild(node, (child) => below.push(...outside(child, node)));
  return [...here, ...below];
}

test('on broken YAML every node lies within its parent', () => {
  for (const text of [MULTI_LINE_KEY, BROKEN_PARAMETERS]) {
    const parsed = parseText(text, 'yaml');
    assert.ok(parsed.syntaxErrors.length > 0, 'the text is broken');
    assert.ok(parsed.root);
    assert.deepEqual(outside(parsed.root), [], JSON.stringify(text));
  }
});

test('the outline of such a component document nests every symbol inside its parent', () => {
  checkSubject({ text: BROKEN_PARAMETERS, languageId: 'yaml', options: { kindOverride: 'component-document' }, offsets: [0, BROKEN_PARAMETERS.indexOf('X')] });
});
