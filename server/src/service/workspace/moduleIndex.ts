import { mayBeStandIn } from '../parse/hcl/templateMask';
import { FileSummary, ModuleComponent, ModuleComponentSummary, ParameterSummary, ResolvedComponent, WorkspaceLocation } from './types';

interface Declaration {
  readonly uri: string;
  readonly summary: ModuleComponentSummary;
}

interface Entry {
  readonly declarations: Declaration[];
  /** With whether the referring file declares the address itself (its reference is then to its own). */
  readonly references: Array<WorkspaceLocation & { readonly own: boolean }>;
}

/**
 * The Terraform modules of the workspace: a module is the .tf files of one folder (not its subfolders,
 * which are other modules), and a recipe's `aws_imagebuilder_component.x.arn` that its own file does not
 * declare names the `x` another file of the folder declares. Built in one pass over the summaries in
 * force (`WorkspaceIndex.files()`: open documents' win over the disk's); `componentsIn` resolves the
 * file a `data = file("…")` loads.
 */
export class ModuleResolution {
  /** Per folder, per address: the files declaring it, and the references of each file. */
  private readonly modules = new Map<string, Map<string, Entry>>();

  constructor(files: Iterable<FileSummary>, private readonly componentsIn: (uri: string) => readonly ResolvedComponent[]) {
    for (const file of files) {
      if (!file.moduleComponents?.length && !file.moduleUses?.length) continue;
      const folder = moduleFolder(file.uri);
      if (!folder) continue;
      const module = this.modules.get(folder) ?? new Map<string, Entry>();
      this.modules.set(folder, module);
      const at = (address: string): Entry => {
        const entry = module.get(address) ?? { declarations: [], references: [] };
        module.set(address, entry);
        return entry;
      };
      const declared = new Set<string>();
      for (const summary of file.moduleComponents ?? []) {
        declared.add(summary.address);
        at(summary.address).declarations.push({ uri: file.uri, summary });
      }
      for (const use of file.moduleUses ?? []) at(use.address).references.push({ uri: file.uri, range: use.range, own: declared.has(use.address) });
    }
  }

  /** The one declaration of `address` in the module of `uri` by a file other than `uri` (which would have found its own). */
  component(uri: string, address: string): ModuleComponent | undefined {
    const found = this.declarationFor(uri, address);
    return found && !found.summary.instanced ? this.resolved(found) : undefined;
  }

  /** The references that resolve to the declaration of `address` in `uri`: its own, and those of files of its module that do not declare it. */
  usesOf(uri: string, address: string): WorkspaceLocation[] {
    const { declarations, references } = this.entry(uri, address);
    const declaring = new Set(declarations.map((d) => d.uri));
    if (!declaring.has(uri) || declarations.find((d) => d.uri === uri)?.summary.instanced) return [];
    const others = declaring.size - 1;
    return references
      .filter((r) => (r.uri === uri ? r.own : !r.own && others === 0))
      .map(({ uri: at, range }) => ({ uri: at, range }));
  }

  private declarationFor(uri: string, address: string): Declaration | undefined {
    const found = this.entry(uri, address).declarations.filter((d) => d.uri !== uri);
    return found.length === 1 ? found[0] : undefined; // declared twice: terraform's error, not a guess of ours
  }

  private entry(uri: string, address: string): Entry {
    const folder = moduleFolder(uri);
    return (folder ? this.modules.get(folder)?.get(address) : undefined) ?? { declarations: [], references: [] };
  }

  private resolved({ uri, summary }: Declaration): ModuleComponent {
    const base = { address: summary.address, uri, labelRange: summary.labelRange, ...(summary.nameRange ? { nameRange: summary.nameRange } : {}) };
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
