import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analysis, memoize } from '../../analysis';
import { getValue } from '../../ast/navigate';
import { StringNode } from '../../ast/types';
import { COMPONENT_DOCUMENT } from '../../kinds/kinds';
import { REQUEST_PLATFORM_KEY } from '../model/platform';
import { OffsetMap, alignString } from './offsetMap';

/** The component document held in the `data` string of a create-component or import-component request. */
export interface EmbeddedDocument {
  /** The analysis of the decoded YAML, as if it were a file of its own. */
  readonly analysis: Analysis;
  readonly host: StringNode;
  readonly map: OffsetMap;
}

const HOST_KINDS = new Set(['create-component', 'import-component']);

/** The embedded component of a request (memoised per version), or undefined when there is none. */
export function embeddedDocument(host: Analysis): EmbeddedDocument | undefined {
  return memoize(host, 'component.embedded', () => build(host));
}

function build(host: Analysis): EmbeddedDocument | undefined {
  const kind = host.detection.kind?.id;
  const root = host.parsed.root;
  if (!kind || !HOST_KINDS.has(kind) || root?.type !== 'object') return undefined;
  const data = getValue(root, 'data');
  if (data?.type !== 'string' || data.tag) return undefined;
  const map = alignString(host.parsed.text, data);
  const document = TextDocument.create(`${host.document.uri}#data`, 'yaml', host.document.version, map.value);
  const analysis = analyze(document, { settings: host.settings, kindOverride: COMPONENT_DOCUMENT, path: '' });
  if (!looksLikeComponent(analysis, kind)) return undefined;
  const platform = getValue(root, 'platform');
  if (platform?.type === 'string') analysis.memo.set(REQUEST_PLATFORM_KEY, platform.value);
  return { analysis, host: data, map };
}

/**
 * A create-component `data` is a component document whenever it is a mapping; an import-component
 * `data` (which may be a shell script, `format: SHELL`) only when it has `phases` or `schemaVersion`.
 */
function looksLikeComponent(analysis: Analysis, kind: string): boolean {
  const root = analysis.parsed.root;
  if (root?.type !== 'object') return false;
  if (kind === 'create-component') return true;
  return root.properties.some((p) => p.keyNode.value === 'phases' || p.keyNode.value === 'schemaVersion');
}

/** Whether the document offset `offset` is inside the embedded text. */
export function containsOffset(embedded: EmbeddedDocument, offset: number): boolean {
  const { toHost, value } = embedded.map;
  return offset >= toHost[0] && offset <= toHost[value.length];
}
