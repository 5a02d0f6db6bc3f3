import { CancellationToken, Connection, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

/**
 * Runs a request handler: cancellation honoured before and after, and any error logged and turned into
 * the empty answer, so an editor never sees an error popup from a bug or a strange document. A
 * `ResponseError` thrown on purpose (a rename that cannot be done, a request after shutdown) is the answer.
 */
export function runSafe<T>(connection: Connection, name: string, token: CancellationToken | undefined, empty: T, work: () => T): T | ResponseError<void> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = work();
    if (token?.isCancellationRequested) return cancelled();
    return result;
  } catch (error) {
    if (error instanceof ResponseError) return error as ResponseError<void>;
    connection.console.error(`${name} failed: ${describe(error)}`);
    return empty;
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}
