// The host globals the service uses, and only those: pure computation, present in Node, browsers and web
// workers alike. The service's project has no Node or DOM types (server/src/service/tsconfig.json), so a
// file, socket, timer or process call does not compile here; add a global only if it does no I/O.

/** WHATWG URL, for reading and resolving `file:` URIs (no fetching). */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly pathname: string;
}

/** The HTML structured clone, for copying schemas. */
declare function structuredClone<T>(value: T): T;

/** V8's stack trace depth (yamlToAst.ts turns it off while composing; elsewhere a harmless property). */
interface ErrorConstructor {
  stackTraceLimit: number;
}
