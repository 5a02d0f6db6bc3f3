import { CancellationToken, Connection, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

/**
 * Runs a request handler: cancellation honoured before and after, and any error logged and turned into
 * the empty answer, so an editor never sees an error popup from a bug or a strange document. A
 * `ResponseError` thrown on purpose (a rename that cannot be done, a request after shutdown) is the answer.
 * Work that returns a promise (a request waiting for a big document's analysis) is answered when it settles,
 * by the same rules.
 */
export function runSafe<T>(connection: Connection, name: string, token: CancellationToken | undefined, empty: T, work: () => T): T | ResponseError<void>;
export function runSafe<T>(connection: Connection, name: string, token: CancellationToken | undefined, empty: T, work: () => T | Promise<T>): T | ResponseError<void> | Promise<T | ResponseError<void>>;
export function runSafe<T>(connection: Connection, name: string, token: CancellationToken | undefined, empty: T, work: () => T | Promise<T>): T | ResponseError<void> | Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return cancelled();
  const failed = (error: unknown): T | ResponseError<void> => {
    if (error instanceof ResponseError) return error as ResponseError<void>;
    connection.console.error(`${name} failed: ${describe(error)}`);
    return empty;
  };
  const answer = (result: T): T | ResponseError<void> => (token?.isCancellationRequested ? cancelled() : result);
  try {
    const result = work();
    return result instanceof Promise ? result.then(answer, failed) : answer(result);
  } catch (error) {
    return failed(error);
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}
