import { mayBeStandIn } from '../parse/hcl/templateMask';
import { FileSummary, ModuleComponent, ModuleComponentSummary, ParameterSummary, ResolvedComponent, WorkspaceLocation } from './types';

interface Declaration {
  readonly uri: string;
  readonly summary: ModuleComponentSummary;
}

/**
 * The Terraform modules of the workspace: a module is the .tf files of one folder (not its subfolders,
 * which are other modules), and a recipe's `aws_imagebuilder_component.x.arn` that its own file does not
 * declare names the `x` another file of the folder declares. Built in one pass over the summaries in
 * force (`WorkspaceIndex.files()`: open documents' win over the disk's); `componentsIn` resolves the
 * file a `data = file("…")` loads.
 */
export class ModuleResolution {
  /** Per folder and address, the files declaring it. */
  private readonly declarations = new Map<string, Declaration[]>();
  /** Per folder and address, the references of each file (with whether the file declares it itself). */
  private readonly references = new Map<string, Array<WorkspaceLocation & { own: boolean }>>();

  constructor(files: Iterable<FileSummary>, private readonly componentsIn: (uri: string) => readonly ResolvedComponent[]) {
    for (const file of files) {
      const folder = moduleFolder(file.uri);
      if (!folder) continue;
      const declared = new Set<string>();
      for (const summary of file.moduleComponents ?? []) {
        declared.add(summary.address);
        push(this.declarations, key(folder, summary.address), { uri: file.uri, summary });
      }
      for (const use of file.moduleUses ?? []) push(this.references, key(folder, use.address), { uri: file.uri, range: use.range, own: declared.has(use.address) });
    }
  }

  /** The one declaration of `address` in the module of `uri` by a file other than `uri` (which would have found its own). */
  component(uri: string, address: string): ModuleComponent | undefined {
    const found = this.declarationFor(uri, address);
    return found && !found.summary.instanced ? this.resolved(found) : undefined;
  }

  /** The references that resolve to the declaration of `address` in `uri`: its own, and those of files of its module that do not declare it. */
  usesOf(uri: string, address: string): WorkspaceLocation[] {
    const folder = moduleFolder(uri);
    const declarations = folder ? this.declarations.get(key(folder, address)) ?? [] : [];
    const declaring = new Set(declarations.map((d) => d.uri));
    if (!folder || !declaring.has(uri) || declarations.find((d) => d.uri === uri)?.summary.instanced) return [];
    const others = declaring.size - 1;
    return (this.references.get(key(folder, address)) ?? [])
      .filter((r) => (r.uri === uri ? r.own : !r.own && others === 0))
      .map(({ uri: at, range }) => ({ uri: at, range }));
  }

  private declarationFor(uri: string, address: string): Declaration | undefined {
    const folder = moduleFolder(uri);
    const found = folder ? (this.declarations.get(key(folder, address)) ?? []).filter((d) => d.uri !== uri) : [];
    return found.length === 1 ? found[0] : undefined; // declared twice: terraform's error, not a guess of ours
  }

  private resolved({ uri, summary }: Declaration): ModuleComponent {
    const base = { address: summary.address, uri, labelRange: summary.labelRange };
    if (!summary.documentUri) return { ...base, documentUri: uri, parameters: summary.parameters, parametersKnown: !summary.parametersUnknown, namesKnown: summary.namesKnown };
    return { ...base, documentUri: summary.documentUri, ...loadedParameters(this.componentsIn(summary.documentUri)[0], summary.templated === true) };
  }
}

/**
 * The parameters of a component document a `data = file("…")` or `templatefile("…")` loads, as the
 * workspace knows the file: in a `templatefile` document a name the template mask made of a `${…}`
 * (`__x_`) may be any name, so it is left out and the names are not all known.
 */
export function loadedParameters(document: ResolvedComponent | undefined, templated: boolean): { parameters: readonly ParameterSummary[]; parametersKnown: boolean; namesKnown: boolean } {
  if (!document?.parametersKnown) return { parameters: [], parametersKnown: false, namesKnown: false };
  const parameters = document.parameters.filter((p) => !templated || !mayBeStandIn(p.name));
  return { parameters, parametersKnown: true, namesKnown: parameters.length === document.parameters.length };
}

/** The folder of a .tf file's URI (up to its last `/`); undefined for any other file. */
function moduleFolder(uri: string): string | undefined {
  const path = uri.replace(/[?#].*$/, '');
  const slash = path.lastIndexOf('/');
  return path.endsWith('.tf') && slash >= 0 ? path.slice(0, slash + 1) : undefined;
}

function key(folder: string, address: string): string {
  return `${folder}\n${address}`;
}

function push<T>(map: Map<string, T[]>, at: string, value: T): void {
  const list = map.get(at);
  if (list) list.push(value);
  else map.set(at, [value]);
}
