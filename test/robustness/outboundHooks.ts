import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

// Default imports on purpose: they are the module objects themselves (a namespace import is a copy,
// and replacing a function on a copy would catch nothing).

/**
 * Replaces every way a Node program opens a socket, resolves a name, or starts a process with a
 * recorder that refuses (throws), and records every file read; `restore()` puts the originals back.
 */
export interface Hooks {
  /** Attempts at sockets, name lookups and processes: `module.function`. */
  readonly outbound: string[];
  /** Paths passed to file-reading functions. */
  readonly reads: string[];
  restore(): void;
}

type AnyFunction = (...args: unknown[]) => unknown;

export function installHooks(): Hooks {
  const outbound: string[] = [];
  const reads: string[] = [];
  const undo: Array<() => void> = [];

  const replace = (target: object, name: string, label: string, wrap: (original: AnyFunction) => AnyFunction): void => {
    const record = target as Record<string, unknown>;
    const original = record[name];
    if (typeof original !== 'function') return;
    Object.defineProperty(target, name, { value: wrap(original as AnyFunction), configurable: true, writable: true });
    undo.push(() => Object.defineProperty(target, name, { value: original, configurable: true, writable: true }));
    void label;
  };
  const refuse = (target: object, names: readonly string[], module: string): void => {
    for (const name of names) {
      replace(target, name, `${module}.${name}`, () => function refused() {
        outbound.push(`${module}.${name}`);
        throw new Error(`${module}.${name} refused by the security test`);
      });
    }
  };

  refuse(net, ['connect', 'createConnection', 'createServer'], 'net');
  refuse(net.Socket.prototype, ['connect'], 'net.Socket');
  refuse(net.Server.prototype, ['listen'], 'net.Server');
  refuse(tls, ['connect', 'createServer'], 'tls');
  refuse(http, ['request', 'get', 'createServer'], 'http');
  refuse(https, ['request', 'get', 'createServer'], 'https');
  refuse(dgram, ['createSocket'], 'dgram');
  refuse(dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns');
  refuse(dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns.promises');
  refuse(childProcess.ChildProcess.prototype, ['spawn'], 'ChildProcess');
  refuse(childProcess, ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'child_process');
  refuse(globalThis, ['fetch', 'WebSocket', 'EventSource'], 'global');

  for (const name of ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream', 'readdirSync', 'readdir', 'statSync', 'existsSync', 'accessSync']) {
    replace(fs, name, `fs.${name}`, (original) => function reading(this: unknown, ...args: unknown[]) {
      reads.push(String(args[0]));
      return original.apply(this, args);
    });
  }
  replace(fs.promises, 'readFile', 'fs.promises.readFile', (original) => function reading(this: unknown, ...args: unknown[]) {
    reads.push(String(args[0]));
    return original.apply(this, args);
  });

  return {
    outbound,
    reads,
    restore() {
      for (const step of undo.reverse()) step();
    },
  };
}
