import { Analysis } from '../analysis';
import { nodeAtPath } from '../ast/navigate';
import { isQuoted, JsonPath } from '../ast/types';
import { blockEditText, escapeForHost } from '../embedded/hostText';
import { alignString } from '../embedded/offsetMap';
import { EmbeddedRegion } from '../embedded/regions';
import { COMPONENT_DOCUMENT } from '../kinds/kinds';

/** Where request and response kinds hold a component document, and where its platform is said. */
const COMPONENT_DATA: ReadonlyArray<{ kind: string; data: JsonPath; platform: JsonPath; platformFrom: string; strict: boolean }> = [
  { kind: 'create-component', data: ['data'], platform: ['platform'], platformFrom: "the request's platform", strict: false },
  // An import-component `data` may be a shell script (`format: SHELL`): a component only with `phases` or `schemaVersion`.
  { kind: 'import-component', data: ['data'], platform: ['platform'], platformFrom: "the request's platform", strict: true },
  { kind: 'get-component.response', data: ['component', 'data'], platform: ['component', 'platform'], platformFrom: "the component's platform", strict: true },
];

/** The component documents held in a request's (or a saved response's) `data` string. */
export function requestRegions(analysis: Analysis): EmbeddedRegion[] {
  const kind = analysis.detection.kind?.id;
  const root = analysis.parsed.root;
  const regions: EmbeddedRegion[] = [];
  for (const place of COMPONENT_DATA) {
    if (place.kind !== kind) continue;
    const data = nodeAtPath(root, place.data);
    if (data?.type !== 'string' || data.tag) continue;
    const platform = nodeAtPath(root, place.platform);
    const name = place.data.join('.');
    regions.push({
      kind: COMPONENT_DOCUMENT,
      map: alignString(analysis.parsed.text, data),
      languageId: 'yaml',
      name,
      label: `the component document of '${name}'`,
      embedding: platform?.type === 'string' ? { platform: platform.value, platformFrom: place.platformFrom } : undefined,
      escape: isQuoted(data.style) ? (text) => escapeForHost(text, data.style) : undefined,
      editText: blockEditText(analysis.parsed.text, data),
      accept: (inner) => looksLikeComponent(inner, place.strict),
    });
  }
  return regions;
}

/**
 * A create-component `data` is a component document whenever it is a mapping (or too deep to parse, as a
 * file would be reported); an import-component `data` (which may be a shell script) and a saved
 * response's only when it has `phases` or `schemaVersion`.
 */
function looksLikeComponent(inner: Analysis, strict: boolean): boolean {
  if (inner.parsed.tooDeepAt !== undefined) return !strict || /^(phases|schemaVersion)\s*:/m.test(inner.parsed.text);
  const root = inner.parsed.root;
  if (root?.type !== 'object') return false;
  return !strict || root.properties.some((p) => p.keyNode.value === 'phases' || p.keyNode.value === 'schemaVersion');
}
