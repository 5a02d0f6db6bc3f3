import { Analysis } from '../analysis';
import { getProperty } from '../ast/navigate';
import { removeProperty } from '../edits/propertyEdits';
import { Problem } from './problem';

/**
 * `$schema` at the top of a request file: the AWS CLI rejects it (`Unknown parameter in input: "$schema"`
 * from `--cli-input-json` / `--cli-input-yaml`), so the file that looks clean would fail. Reported with a fix
 * that removes it; the kind is told by the content, a file name or the `fileKinds` setting instead. Saved
 * responses and component documents are not sent to the CLI: there an unknown `$schema` stays `schema-ignored`.
 */
export function schemaKeyProblems(analysis: Analysis): Problem[] {
  const { parsed, detection } = analysis;
  const root = parsed.root;
  if (root?.type !== 'object') return [];
  const property = getProperty(root, '$schema');
  if (!property) return [];
  if (detection.kind?.direction !== 'request') {
    const s = detection.ignoredSchema;
    return s ? [{ offset: s.offset, length: s.length, code: 'schema-ignored', message: `'${s.value}' is not a bundled Image Builder schema; it is ignored (schemas are never fetched). The kind was detected from the content.` }] : [];
  }
  const command = `aws imagebuilder ${detection.kind.id} --cli-input-${parsed.language}`;
  const kindId = detection.kind.id;
  const convention = Object.entries(analysis.settings.fileNameConventions).find(([, kind]) => kind === kindId)?.[0];
  const naming = convention ? `name a new file by a convention (${convention}) or use` : 'use';
  return [{
    offset: property.keyNode.offset,
    length: property.keyNode.length,
    code: 'schema-key-rejected',
    message: `The AWS CLI rejects '$schema' (${command}: Unknown parameter in input: "$schema"): remove it. The kind is known without it, from the content; to set it, ${naming} the imagebuilder.fileKinds setting.`,
    fixes: [{ title: "Remove '$schema'", preferred: true, edits: [removeProperty(parsed.text, root, property)] }],
  }];
}
