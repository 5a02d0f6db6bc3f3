import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FileSummary, LanguageService, Settings, WorkspaceIndex } from '../../service/languageService';
import { insideRoots, isIndexable, walkWorkspace, WalkOptions } from './fileWalker';

/** What the indexer needs from its host (the server): settings, a log, progress, change notices. */
export interface IndexerHost {
  readonly service: LanguageService;
  readonly index: WorkspaceIndex;
  settings(): Settings;
  log(message: string): void;
  /** After the index changed (a build finished, a batch of file events): cross-file results may be stale. */
  changed(): void;
  /** Resolves when the HCL parser is loaded (a `.tf` file is summarised after it); rejects if it cannot be. */
  hclReady?(): Promise<unknown>;
  /** Reports the first build's progress, if the client can show it. */
  progress?(): Promise<ProgressReporter>;
  /**
   * Summarises a file elsewhere (the server: a big one on its worker thread, so no request waits for it),
   * or undefined to have it summarised here. Resolves with undefined when a newer request for the same file
   * overtook it; a rejection is logged and indexes the file as empty.
   */
  summarizeElsewhere?(file: FileToSummarize): Promise<FileSummary | undefined> | undefined;
}

export interface FileToSummarize {
  readonly uri: string;
  readonly path: string;
  readonly languageId: string;
  readonly text: string;
  readonly settings: Settings;
  /** An open document's version (the worker may hold its analysis already) and the kind the user chose for it. */
  readonly version?: number;
  readonly kindOverride?: string | null;
}

export interface ProgressReporter {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
}

export type FileEventType = 'created' | 'changed' | 'deleted';

/** Files read at once during a build (their parse is done one at a time, between them the event loop runs). */
const READ_AHEAD = 8;

/**
 * Builds and keeps the workspace index from the file system: the folders walked without blocking
 * (`fileWalker.ts`), each file read, parsed and summarised, its tree dropped at once. Parsing is done
 * one file per event-loop turn, so requests are answered in between; a file the host summarises
 * elsewhere (`summarizeElsewhere`: the server's big files, on its worker) is awaited while the next ones
 * are parsed, and the build completes when it is. File events (the watcher) and
 * open documents update single entries; an update is applied only if no newer one for the same file
 * started meanwhile, so a slow read never overwrites a newer summary.
 */
export class WorkspaceIndexer {
  private roots: string[] = [];
  private build = 0;
  private readonly updates = new Map<string, number>();
  private idle: Promise<void> = Promise.resolve();

  constructor(private readonly host: IndexerHost) {}

  /** Resolves when the current build and the events queued so far are done (for tests and the bench). */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  /** (Re)builds the index over these folder paths. A build started later cancels this one. */
  index(folders: readonly string[]): Promise<void> {
    const build = ++this.build;
    const run = this.runBuild(build, folders).catch((error: unknown) => this.host.log(`workspace index: build failed: ${String(error)}`));
    this.idle = this.idle.then(() => run);
    return run;
  }

  private async runBuild(build: number, folders: readonly string[]): Promise<void> {
    const { index, log } = this.host;
    const cancelled = () => build !== this.build;
    // Each folder as given (the client's URIs use it) and as its real path (links resolve to it).
    const roots: string[] = [];
    for (const folder of folders) {
      try {
        const real = await fs.promises.realpath(folder);
        for (const root of [path.resolve(folder), real]) if (!roots.includes(root)) roots.push(root);
      } catch (error) {
        log(`workspace index: workspace folder ${folder} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    }
    this.roots = roots;
    index.setComplete(false);
    const reporter = folders.length > 0 ? await this.host.progress?.().catch(() => undefined) : undefined;
    reporter?.begin('Indexing Image Builder files', 0, 'finding files…');
    const started = Date.now();
    const files: string[] = [];
    for await (const file of walkWorkspace(this.walkOptions(cancelled))) files.push(file);
    if (cancelled()) return reporter?.done();
    const found = new Set(files.map((f) => fileUri(f)));
    for (const uri of [...index.uris()]) if (!found.has(uri)) index.delete(uri);
    let lastReport = 0;
    // Files summarised elsewhere: the build goes on with the next ones, and completes when they are done.
    const elsewhere: Promise<void>[] = [];
    for (let i = 0; i < files.length && !cancelled(); i += READ_AHEAD) {
      const batch = files.slice(i, i + READ_AHEAD);
      const read = await Promise.all(batch.map((file) => this.read(file)));
      for (let j = 0; j < batch.length && !cancelled(); j++) {
        await turn();
        const applied = this.apply(batch[j], read[j]);
        if (applied) elsewhere.push(applied);
      }
      if (Date.now() - lastReport > 200) {
        lastReport = Date.now();
        reporter?.report(Math.floor(((i + batch.length) / files.length) * 100), `${i + batch.length} of ${files.length} files`);
      }
    }
    if (elsewhere.length > 0 && !cancelled()) {
      reporter?.report(99, `${elsewhere.length} big ${elsewhere.length === 1 ? 'file' : 'files'} left`);
      await Promise.all(elsewhere);
    }
    reporter?.done();
    if (cancelled()) return;
    index.setComplete(true);
    log(`workspace index: ${files.length} files in ${Date.now() - started} ms, ${index.allComponents().length} components`);
    this.host.changed();
  }

  /** Watched-file events: each file read again or dropped; a changed `.gitignore` rebuilds the index. */
  async fileEvents(events: ReadonlyArray<{ uri: string; type: FileEventType }>): Promise<void> {
    const { index } = this.host;
    const before = index.generation;
    if (events.some((e) => e.uri.endsWith('/.gitignore'))) {
      await this.index(this.roots);
      return;
    }
    const work = (async () => {
      for (const event of events) {
        const file = filePath(event.uri);
        if (!file) continue;
        if (event.type === 'deleted') {
          this.updates.set(event.uri, (this.updates.get(event.uri) ?? 0) + 1);
          if (!index.delete(event.uri)) index.deleteUnder(event.uri.endsWith('/') ? event.uri : `${event.uri}/`);
          continue;
        }
        await this.refresh(file);
      }
    })();
    this.idle = this.idle.then(() => work);
    await work;
    if (index.generation !== before) this.host.changed();
  }

  /** Reads one file again (after an event, or when its open document is closed). */
  async refresh(file: string): Promise<void> {
    const uri = fileUri(file);
    if (!(await isIndexable(file, this.walkOptions(() => false)))) {
      this.updates.set(uri, (this.updates.get(uri) ?? 0) + 1);
      this.host.index.delete(uri);
      return;
    }
    await this.apply(file, await this.read(file));
  }

  /** An open document: its summary wins over the file's until it is closed. */
  documentChanged(summary: FileSummary): void {
    this.host.index.setOpen(summary);
  }

  /** A closed document: the file on disk counts again (read afresh: it may have been saved or deleted). */
  async documentClosed(uri: string): Promise<void> {
    const { index } = this.host;
    const before = index.generation;
    index.closeOpen(uri);
    const file = filePath(uri);
    if (file && insideRoots(file, this.roots)) await this.refresh(file);
    if (index.generation !== before) this.host.changed();
  }

  private walkOptions(cancelled: () => boolean): WalkOptions {
    return { roots: this.roots, maxFileSize: this.host.settings().maxFileSize, log: this.host.log, cancelled };
  }

  /** Starts an update of `file`: its text, or undefined when it is gone, unreadable, too big or binary. */
  private async read(file: string): Promise<{ token: number; text: string | undefined }> {
    const uri = fileUri(file);
    const token = (this.updates.get(uri) ?? 0) + 1;
    this.updates.set(uri, token);
    try {
      const real = await fs.promises.realpath(file);
      if (!insideRoots(real, this.roots)) return { token, text: undefined };
      const stat = await fs.promises.stat(real);
      if (!stat.isFile() || stat.size > this.host.settings().maxFileSize) return { token, text: undefined };
      const buffer = await fs.promises.readFile(real);
      if (buffer.subarray(0, 8192).includes(0)) {
        this.host.log(`workspace index: ${file} looks binary (a NUL byte); not indexed`);
        return { token, text: undefined };
      }
      const text = buffer.toString('utf8');
      if (TERRAFORM_FILE.test(file) && IMAGE_BUILDER_CONTENT.test(text)) await this.host.hclReady?.().catch(() => undefined);
      return { token, text };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') this.host.log(`workspace index: cannot read ${file} (${code ?? String(error)}); not indexed`);
      return { token, text: undefined };
    }
  }

  /**
   * Summarises what `read` gave, unless a newer update of the same file started since (checked again when
   * it was summarised elsewhere: the promise then returned resolves when it is applied or dropped).
   */
  private apply(file: string, read: { token: number; text: string | undefined }): Promise<void> | undefined {
    const uri = fileUri(file);
    const current = () => this.updates.get(uri) === read.token;
    if (!current()) return undefined;
    const { index } = this.host;
    if (read.text === undefined) {
      index.delete(uri);
      return undefined;
    }
    const text = read.text;
    if (!IMAGE_BUILDER_CONTENT.test(text)) {
      index.set(empty(uri));
      return undefined;
    }
    const elsewhere = this.host.summarizeElsewhere?.({ uri, path: file, languageId: languageOf(file), text, settings: this.host.settings() });
    if (!elsewhere) {
      index.set(this.summarize(uri, file, text));
      return undefined;
    }
    return elsewhere.then(
      (summary) => {
        if (summary && current()) index.set(summary);
      },
      (error: unknown) => {
        this.host.log(`workspace index: ${file} could not be summarised: ${String(error)}`);
        if (current()) index.set(empty(uri));
      },
    );
  }

  private summarize(uri: string, file: string, text: string): FileSummary {
    try {
      const document = TextDocument.create(uri, languageOf(file), 0, text);
      const { service } = this.host;
      return service.summarize(service.analyze(document, { settings: this.host.settings(), path: file }));
    } catch (error) {
      this.host.log(`workspace index: ${file} could not be summarised: ${String(error)}`);
      return empty(uri);
    }
  }
}

function empty(uri: string): FileSummary {
  return { uri, components: [], recipes: [] };
}

/**
 * Only files that can hold a component or a recipe are parsed (a big CI, Kubernetes or other Terraform
 * file is not): a component document (`phases`, `schemaVersion`), a request (`componentArn`,
 * `semanticVersion`), a template (`AWS::ImageBuilder::`, `ComponentArn`) or Terraform (`aws_imagebuilder_`).
 */
export const IMAGE_BUILDER_CONTENT = /phases|schemaVersion|componentArn|semanticVersion|AWS::ImageBuilder::|aws_imagebuilder_/i;
const TERRAFORM_FILE = /\.tf$/i;

/** The language a file is analysed as, from its extension. */
export function languageOf(file: string): string {
  return TERRAFORM_FILE.test(file) ? 'terraform' : /\.json$/i.test(file) ? 'json' : 'yaml';
}

/** One event-loop turn: requests that arrived are answered before the next file is parsed. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

