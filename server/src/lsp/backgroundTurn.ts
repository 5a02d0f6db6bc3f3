/**
 * How many event-loop turns a request takes through vscode-jsonrpc, each a `setImmediate` of its own: the
 * reader's lock (the message is decoded), the connection's message queue (the handler runs), and the
 * writer's lock (the answer is written).
 */
export const CONNECTION_TURNS = 3;

/** A way to stop a callback `inBackground` queued. */
export type CancelTurn = () => void;

/**
 * Runs `callback` after `CONNECTION_TURNS` turns of the event loop, for the next slice of background work
 * (a big document's build, a sliced request). A message read while the previous slice ran is decoded,
 * handled and answered in those turns, each queued after the one of this chain that was queued before it:
 * so it waits for the rest of one slice, not for one slice per turn of its own (three, with one `setImmediate`).
 */
export function inBackground(callback: () => void): CancelTurn {
  let left = CONNECTION_TURNS;
  const hop = () => {
    if (--left > 0) handle = setImmediate(hop);
    else callback();
  };
  let handle = setImmediate(hop);
  return () => clearImmediate(handle);
}
