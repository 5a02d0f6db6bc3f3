import { memoize, Analysis } from '../analysis';
import { getProperty } from '../ast/navigate';
import { ValueNode } from '../ast/types';
import { Problem } from '../validation/problem';
import { imagebuilderResources, ResourceBlock } from './blocks';

/** A component resource's `data = file("…")` or `templatefile("…", {…})`: the path and the file it names. */
export interface ComponentFileRef {
  readonly call: 'file' | 'templatefile';
  /** The path as written (after `${path.module}/`). */
  readonly path: string;
  /** The path argument's range (the string with its quotes). */
  readonly offset: number;
  readonly length: number;
  /** The file's URI, relative to the folder of the .tf file (Terraform's module folder). */
  readonly uri: string;
  /** The component resource whose `data` it is. */
  readonly resource: ResourceBlock;
}

/** `"component.yaml"`, `"${path.module}/component.yaml"`: a path we can know (no other `${…}`). */
const PATH = /^"(?:\$\{\s*path\.module\s*\}\/)?([^"$%\\]+)"$/;

/** The component files the file's `aws_imagebuilder_component` resources load (memoised per analysis). */
export function componentFileRefs(analysis: Analysis): readonly ComponentFileRef[] {
  return memoize(analysis, 'terraform.componentFiles', () => {
    const calls = analysis.parsed.hcl?.calls;
    const root = analysis.parsed.root?.type === 'object' ? analysis.parsed.root : undefined;
    if (!calls) return [];
    const refs: ComponentFileRef[] = [];
    for (const resource of imagebuilderResources(root)) {
      if (resource.type !== 'aws_imagebuilder_component' || !resource.body) continue;
      const data = getProperty(resource.body, 'data')?.valueNode;
      const call = data ? calls.get(data) : undefined;
      if (!call || (call.name !== 'file' && call.name !== 'templatefile')) continue;
      const ref = pathRef(call.name, call.args[0], analysis, resource);
      if (ref) refs.push(ref);
    }
    return refs;
  });
}

function pathRef(call: 'file' | 'templatefile', arg: ValueNode | undefined, analysis: Analysis, resource: ResourceBlock): ComponentFileRef | undefined {
  if (!arg) return undefined;
  const match = PATH.exec(analysis.parsed.text.slice(arg.offset, arg.offset + arg.length));
  if (!match) return undefined;
  try {
    const uri = new URL(match[1], analysis.document.uri).href;
    return { call, path: match[1], offset: arg.offset, length: arg.length, uri, resource };
  } catch {
    return undefined; // a document URI that is no base (untitled:): nothing to resolve against
  }
}

/** The ref whose path holds `offset` (go to definition opens the file). */
export function componentFileAt(analysis: Analysis, offset: number): ComponentFileRef | undefined {
  return componentFileRefs(analysis).find((r) => offset >= r.offset && offset <= r.offset + r.length);
}

/** `component-file-missing` for each path the host says has no file (a host that cannot tell says nothing). */
export function componentFileProblems(analysis: Analysis, problems: Problem[]): void {
  const files = analysis.files;
  if (!files) return;
  for (const ref of componentFileRefs(analysis)) {
    if (files.exists(ref.uri) !== false) continue;
    problems.push({
      offset: ref.offset, length: ref.length, code: 'component-file-missing',
      message: `No file '${ref.path}' (relative to this .tf file's folder): Terraform's ${ref.call}() fails, and the component document cannot be checked.`,
    });
  }
}
