// A transparent logging wrapper for the server, and the reader of what it logged: an editor that starts
// `imagebuilder-language-server` from PATH gets this checkout's server, and every byte each way is kept,
// one set of files per server process (<pid>.argv, <pid>.in = editor → server, <pid>.out = server → editor).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../support/paths';

/** One LSP message as sent on the wire (requests, responses and notifications alike). */
export interface LspMessage {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

export interface LspSession {
  /** The wrapper's process id (the name of its log files). */
  pid: string;
  /** The arguments the editor passed to the command. */
  args: string[];
  /** Editor → server. */
  sent: LspMessage[];
  /** Server → editor. */
  received: LspMessage[];
}

/** A folder holding an `imagebuilder-language-server` that runs this checkout's server and logs to `logDir`. */
export function loggingServerOnPath(dir: string, logDir: string): string {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.mkdirSync(logDir, { recursive: true });
  const cmd = path.join(bin, 'imagebuilder-language-server');
  const server = path.join(repoRoot, 'bin', 'imagebuilder-language-server.js');
  fs.writeFileSync(cmd, [
    '#!/bin/sh',
    '# imagebuilder-language-server, logged: tee keeps each direction of the stdio traffic, unchanged.',
    `log="${logDir}/$$"`,
    'printf \'%s\\n\' "$@" > "$log.argv"',
    `tee "$log.in" | "${process.execPath}" "${server}" "$@" | tee "$log.out"`,
    '',
  ].join('\n'));
  fs.chmodSync(cmd, 0o755);
  return bin;
}

/** The complete `Content-Length` frames in `data` (a frame still being written is left out). */
export function parseFrames(data: Buffer): LspMessage[] {
  const messages: LspMessage[] = [];
  let at = 0;
  for (;;) {
    const headerEnd = data.indexOf('\r\n\r\n', at);
    if (headerEnd < 0) break;
    const length = /Content-Length: *(\d+)/i.exec(data.subarray(at, headerEnd).toString('ascii'));
    if (!length) throw new Error(`not an LSP header at byte ${at}: ${data.subarray(at, headerEnd).toString()}`);
    const start = headerEnd + 4;
    const end = start + Number(length[1]);
    if (end > data.length) break;
    messages.push(JSON.parse(data.subarray(start, end).toString('utf8')) as LspMessage);
    at = end;
  }
  return messages;
}

const read = (file: string): Buffer => (fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0));

/** Every server process the wrapper has seen so far, in the order they started. */
export function readSessions(logDir: string): LspSession[] {
  if (!fs.existsSync(logDir)) return [];
  return fs.readdirSync(logDir).filter(f => f.endsWith('.argv'))
    .map(f => f.slice(0, -'.argv'.length))
    .sort((a, b) => fs.statSync(path.join(logDir, `${a}.argv`)).mtimeMs - fs.statSync(path.join(logDir, `${b}.argv`)).mtimeMs)
    .map(pid => ({
      pid,
      args: read(path.join(logDir, `${pid}.argv`)).toString('utf8').split('\n').filter(Boolean),
      sent: parseFrames(read(path.join(logDir, `${pid}.in`))),
      received: parseFrames(read(path.join(logDir, `${pid}.out`))),
    }));
}

/** The `textDocument/publishDiagnostics` codes for `uri`, one list per notification, in order. */
export function publishedCodes(session: LspSession, uri: string): string[][] {
  return session.received
    .filter(m => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri)
    .map(m => (m.params as { diagnostics: Array<{ code?: string | number }> }).diagnostics.map(d => String(d.code)));
}

/** The response the server gave to the editor's request `request`. */
export function responseTo(session: LspSession, request: LspMessage): LspMessage | undefined {
  return session.received.find(m => m.id === request.id && m.method === undefined);
}
