import { isManaged, nameKey, parseComponentArn, versionMatches } from './componentArn';
import { ModuleResolution } from './moduleIndex';
import { ComponentSummary, FileSummary, ModuleComponent, ResolvedComponent, WorkspaceLocation, WorkspaceView } from './types';

interface Resolved {
  readonly byName: Map<string, ResolvedComponent[]>;
  readonly byDocument: Map<string, ResolvedComponent[]>;
  readonly bySummary: Map<string, ResolvedComponent[]>;
  readonly all: ResolvedComponent[];
  /** Local (not AWS-managed) uses by name key, with the version the ARN asks for. */
  readonly uses: Map<string, Array<WorkspaceLocation & { version?: string }>>;
  /** Terraform modules: component resources by folder and address. */
  readonly modules: ModuleResolution;
}

/**
 * The workspace's summaries, one per file, and what follows from them: which component has which
 * name, and which recipes use it. Pure and in memory: the host (the server's indexer, the CLI) reads
 * files, summarises them with the service and puts the summaries here; open documents are given with
 * `setOpen` and win over the file on disk until `closeOpen`. What follows is computed again, in one
 * pass over the summaries, at the first question after a change.
 */
export class WorkspaceIndex implements WorkspaceView {
  private readonly disk = new Map<string, FileSummary>();
  private readonly open = new Map<string, FileSummary>();
  private resolved: Resolved | undefined;
  private changes = 0;
  private done = false;

  get generation(): number {
    return this.changes;
  }

  get complete(): boolean {
    return this.done;
  }

  /** Marks the first full index as done (or not, when it starts again). */
  setComplete(complete: boolean): void {
    if (this.done === complete) return;
    this.done = complete;
    this.changed();
  }

  get size(): number {
    return this.disk.size;
  }

  /** The summary of a file as read from disk; an empty summary is kept too (the file was read). */
  set(summary: FileSummary): void {
    const before = this.disk.get(summary.uri);
    this.disk.set(summary.uri, summary);
    if (!this.open.has(summary.uri) && !(before && sameSummary(before, summary))) this.changed();
  }

  delete(uri: string): boolean {
    const had = this.disk.delete(uri);
    if (had && !this.open.has(uri)) this.changed();
    return had;
  }

  /** Every file under `prefix` (a folder URI ending in `/`) dropped, e.g. when a folder is deleted. */
  deleteUnder(prefix: string): number {
    let n = 0;
    for (const uri of [...this.disk.keys()]) if (uri.startsWith(prefix) && this.delete(uri)) n++;
    return n;
  }

  has(uri: string): boolean {
    return this.disk.has(uri);
  }

  uris(): IterableIterator<string> {
    return this.disk.keys();
  }

  /** An open document's summary: it wins over the file's until `closeOpen`. */
  setOpen(summary: FileSummary): void {
    const before = this.open.get(summary.uri);
    this.open.set(summary.uri, summary);
    if (!(before && sameSummary(before, summary))) this.changed();
  }

  closeOpen(uri: string): void {
    if (this.open.delete(uri)) this.changed();
  }

  /** The summaries in force: each file's open document's, else its file's. */
  *files(): IterableIterator<FileSummary> {
    for (const [uri, summary] of this.disk) if (!this.open.has(uri)) yield summary;
    yield* this.open.values();
  }

  componentsNamed(name: string): readonly ResolvedComponent[] {
    return this.resolve().byName.get(nameKey(name)) ?? [];
  }

  componentsIn(uri: string): readonly ResolvedComponent[] {
    return this.resolve().byDocument.get(uri) ?? [];
  }

  componentsDeclaredIn(uri: string): readonly ResolvedComponent[] {
    return this.resolve().bySummary.get(uri) ?? [];
  }

  allComponents(): readonly ResolvedComponent[] {
    return this.resolve().all;
  }

  usesOf(component: ResolvedComponent): readonly WorkspaceLocation[] {
    const uses = this.resolve().uses.get(nameKey(component.name)) ?? [];
    return uses.filter((u) => versionMatches(u.version, component.version)).map(({ uri, range }) => ({ uri, range }));
  }

  moduleComponent(uri: string, address: string): ModuleComponent | undefined {
    return this.resolve().modules.component(uri, address);
  }

  moduleUsesOf(uri: string, address: string): readonly WorkspaceLocation[] {
    return this.resolve().modules.usesOf(uri, address);
  }

  private changed(): void {
    this.changes++;
    this.resolved = undefined;
  }

  private resolve(): Resolved {
    if (this.resolved) return this.resolved;
    const documents = new Map<string, ComponentSummary>();
    const pointing = new Set<string>();
    for (const file of this.files()) {
      for (const component of file.components) {
        if (component.documentUri) pointing.add(component.documentUri);
        else if (component.nameSource === 'document' || component.nameSource === 'file') documents.set(component.uri, component);
      }
    }
    const byName = new Map<string, ResolvedComponent[]>();
    const byDocument = new Map<string, ResolvedComponent[]>();
    const bySummary = new Map<string, ResolvedComponent[]>();
    const all: ResolvedComponent[] = [];
    const uses = new Map<string, Array<WorkspaceLocation & { version?: string }>>();
    const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const file of this.files()) {
      for (const summary of file.components) {
        // A component file that a template or Terraform resource points at is known by that resource's name.
        if (!summary.documentUri && pointing.has(summary.uri) && (summary.nameSource === 'document' || summary.nameSource === 'file')) continue;
        const component = resolveOne(summary, summary.documentUri ? documents.get(summary.documentUri) : undefined);
        all.push(component);
        add(byName, nameKey(component.name), component);
        add(byDocument, component.documentUri, component);
        add(bySummary, summary.uri, component);
      }
      for (const recipe of file.recipes) {
        for (const use of recipe.uses) {
          const arn = parseComponentArn(use.arn);
          if (arn && !isManaged(arn)) add(uses, nameKey(arn.name), { uri: file.uri, range: use.range, version: arn.version });
        }
      }
    }
    const modules = new ModuleResolution(this.files(), (uri) => byDocument.get(uri) ?? []);
    this.resolved = { byName, byDocument, bySummary, all, uses, modules };
    return this.resolved;
  }
}

/** A summary with the facts of the component document it points at, where it lacks them itself. */
function resolveOne(summary: ComponentSummary, document: ComponentSummary | undefined): ResolvedComponent {
  const facts = summary.parametersUnknown && document ? document : summary;
  return {
    name: summary.name,
    nameSource: summary.nameSource,
    summary,
    documentUri: summary.documentUri ?? summary.uri,
    documentRange: document?.range ?? summary.range,
    version: summary.version,
    platform: summary.platform ?? document?.platform,
    description: summary.description ?? document?.description,
    parameters: facts.parameters,
    parametersKnown: !facts.parametersUnknown,
    phases: summary.phases.length > 0 ? summary.phases : document?.phases ?? [],
  };
}

/**
 * True when two summaries hold the same facts. A walk that stops at the first difference (typing in a
 * big component's description differs near the top), allocating nothing: the stringified summary of a
 * 23,000-step component is megabytes, made twice per edit.
 */
function sameSummary(a: FileSummary, b: FileSummary): boolean {
  return sameData(a, b);
}

/** Structural equality of plain data (what JSON keeps: a property holding `undefined` is as one absent). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (!sameData(x[key], y[key])) return false;
  for (const key in y) if (!(key in x) && y[key] !== undefined) return false;
  return true;
}
