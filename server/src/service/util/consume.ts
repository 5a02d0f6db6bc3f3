/**
 * Consumed versions. A new document version may take over the previous one's tree and symbol table
 * instead of copying them (the incremental re-parse shifts the nodes after an edit in place), so the
 * previous version's values no longer describe its text. Rather than trust every holder to drop them,
 * the taking-over code revokes them: every property becomes a getter that throws, so a read of a
 * consumed version fails at once (in tests and in the server, where the safe runner reports it)
 * instead of answering from a shifted tree. Live versions pay nothing: only revocation costs, once.
 */
export class ConsumedVersionError extends Error {
  constructor(what: string, key: string) {
    super(`${what}.${key} read after a newer version took it over`);
    this.name = 'ConsumedVersionError';
  }
}

const consumed = new WeakSet<object>();

/** Whether `value` was consumed: a host that keeps the latest version while a newer one is made asks before it reads. */
export function isConsumed(value: object): boolean {
  return consumed.has(value);
}

/** Revokes `value` (an object of a version that a newer one has taken over): any later read of a property throws. */
export function consume(value: object, what: string): void {
  consumed.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const name = String(key);
    Object.defineProperty(value, key, {
      get() {
        throw new ConsumedVersionError(what, name);
      },
      enumerable: true,
      configurable: false,
    });
  }
  Object.preventExtensions(value);
}

