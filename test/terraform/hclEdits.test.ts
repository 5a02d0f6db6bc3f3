import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unescapeQuoted } from '../../server/src/service/parse/hcl/strings';
import { escapeHclQuoted, escapeHclTemplate } from '../../server/src/service/terraform/hclEdits';

/** [text, as written in an HCL quoted string, as written in a heredoc] */
const CASES: Array<[string, string, string]> = [
  ['plain', 'plain', 'plain'],
  ['a "quote" and a \\ backslash', 'a \\"quote\\" and a \\\\ backslash', 'a "quote" and a \\ backslash'],
  ['two\nlines\tand\r', 'two\\nlines\\tand\\r', 'two\nlines\tand\r'],
  ['echo ${HOME}', 'echo $${HOME}', 'echo $${HOME}'],
  ['%{ if x }', '%%{ if x }', '%%{ if x }'],
  ['a literal $${ stays two signs', 'a literal $$${ stays two signs', 'a literal $$${ stays two signs'],
  ['$ and % alone, {braces}', '$ and % alone, {braces}', '$ and % alone, {braces}'],
  ['bell \u0007', 'bell \\u0007', 'bell \u0007'],
];

describe('HCL string escapes (text written back into Terraform)', () => {
  for (const [text, quoted, heredoc] of CASES) {
    test(JSON.stringify(text), () => {
      assert.equal(escapeHclQuoted(text), quoted);
      assert.equal(escapeHclTemplate(text), heredoc);
      assert.equal(unescapeQuoted(escapeHclQuoted(text)), text, 'the parser reads back the text');
    });
  }
});
