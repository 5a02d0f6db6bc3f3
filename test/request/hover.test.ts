import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverText } from '../support/harness';

test('hover on hostId: meaning, type, optional, limits and every operation that uses it', () => {
  const text = hoverText('{"name": "x", "instanceProfileName": "p", "placement": {"host\u0001Id": "h-1"}}', { name: 'infra.json' });
  assert.ok(text);
  const lines = text.split('\n');
  assert.equal(lines[0], '**hostId** · `string` · optional');
  assert.match(text, /Dedicated Host/);
  assert.match(text, /tenancy is host/);
  assert.equal(lines.at(-1), 'Used by: `create-infrastructure-configuration`, `get-image`, `get-infrastructure-configuration`, `list-infrastructure-configurations`, `update-infrastructure-configuration`');
});

test('hover on tenancy lists every value with its meaning', () => {
  const text = hoverText('name: x\ninstanceProfileName: p\nplacement:\n  ten\u0001ancy: host\n', { name: 'infra.yaml' }) ?? '';
  assert.match(text, /^\*\*tenancy\*\* · `default \| dedicated \| host` · optional/);
  for (const value of ['default', 'dedicated', 'host']) assert.match(text, new RegExp(`^- \`${value}\` — \\S`, 'm'));
});

test('hover on an enum value explains that value', () => {
  const text = hoverText('name: x\ninstanceProfileName: p\nplacement:\n  tenancy: ho\u0001st\n', { name: 'infra.yaml' }) ?? '';
  assert.match(text, /^\*\*host\*\* — a value of `tenancy`\n\n\S/);
  assert.match(text, /Other values: `default`, `dedicated`$/);
});

test('hover on clientToken says the SDK fills it in', () => {
  const text = hoverText('{"name": "x", "instanceProfileName": "p", "client\u0001Token": "t"}', { name: 'infra.json' }) ?? '';
  assert.match(text, /^\*\*clientToken\*\* · `string` · filled in by the SDK\/CLI when omitted/);
});

test('hover on a key of a saved response', () => {
  const text = hoverText('{"requestId": "r", "infrastructureConfiguration": {"arn": "a", "date\u0001Created": "2024-10-22"}}', { name: 'get.json' }) ?? '';
  assert.match(text, /^\*\*dateCreated\*\*/);
});

test('no hover outside Image Builder files or on punctuation', () => {
  assert.equal(hoverText('{"name": "x", "plat\u0001form": "Linux"}', { name: 'package.json' }), null);
  assert.equal(hoverText('{"name": "x", "instanceProfileName": "p"\u0001}', { name: 'infra.json' }), null);
});
