// A private X display for a desktop editor (Xvfb, no window manager), the keyboard a person would use
// (xdotool, through the XTEST extension) and screenshots (xwd → netpbm → PNG).
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import type { Readable } from 'node:stream';
import { poll } from './log';
import type { Tools } from './tools';

export interface Display {
  /** e.g. ":3". */
  name: string;
  /** What a client of this display needs in its environment. */
  env: Record<string, string>;
  stop(): void;
}

/** Starts Xvfb on a display number it picks itself (-displayfd), so parallel runs never collide. */
export async function startXvfb(xvfb: string, size = '1280x800'): Promise<Display> {
  const child: ChildProcess = spawn(xvfb, ['-displayfd', '3', '-screen', '0', `${size}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', d => { stderr += d; });
  let number = '';
  (child.stdio[3] as Readable).on('data', d => { number += d; });
  const stop = (): void => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); };
  try {
    await poll('Xvfb to report its display number', () => {
      if (child.exitCode !== null) throw new Error(`Xvfb exited with ${child.exitCode}: ${stderr}`);
      return /^\d+\n/.test(number);
    }, 15_000, 50);
  } catch (e) {
    stop();
    throw e;
  }
  const name = `:${number.trim()}`;
  // No compositor runs, so translucent (ARGB) popups would come out black: ask Xlib for plain visuals.
  return { name, env: { DISPLAY: name, XLIB_SKIP_ARGB_VISUALS: '1' }, stop };
}

export interface Window {
  id: string;
  name: string;
}

/** xdotool on one display: find windows, place them, give one the keyboard focus, press keys, type text. */
export class Xdo {
  constructor(private readonly tools: Tools, private readonly display: Display) {}

  private run(args: string[]): string {
    return execFileSync(this.tools.xdotool, args, {
      env: { ...process.env, ...this.display.env }, encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** The mapped (visible) windows, with their titles. */
  windows(): Window[] {
    let ids: string[];
    try {
      ids = this.run(['search', '--onlyvisible', '--name', '']).split('\n').filter(Boolean);
    } catch {
      return []; // xdotool search exits 1 when nothing matches
    }
    return ids.map(id => {
      try {
        return { id, name: this.run(['getwindowname', id]).trim() };
      } catch {
        return { id, name: '' }; // gone in the meantime
      }
    });
  }

  /** Moves and resizes `window` (what a window manager would do; here there is none). */
  place(window: Window, x: number, y: number, width: number, height: number): void {
    this.run(['windowmove', '--sync', window.id, String(x), String(y)]);
    this.run(['windowsize', '--sync', window.id, String(width), String(height)]);
  }

  /** Gives `window` the keyboard focus (there is no window manager to do it). */
  focus(window: Window): void {
    this.run(['windowfocus', '--sync', window.id]);
  }

  /** Presses `keys` in order, in whatever has the focus (so popups such as Kate's command bar keep it). */
  keys(...keys: string[]): void {
    this.run(['key', '--clearmodifiers', ...keys]);
  }

  /** The same key `count` times. */
  repeat(key: string, count: number): void {
    if (count > 0) this.run(['key', '--clearmodifiers', '--repeat', String(count), key]);
  }

  type(text: string): void {
    this.run(['type', '--clearmodifiers', text]);
  }
}

/** The whole screen as raw xwd data (for comparing frames). */
export function grab(tools: Tools, display: Display): Buffer {
  return execFileSync(tools.xwd, ['-root', '-silent'], {
    env: { ...process.env, ...display.env }, maxBuffer: 64 << 20, timeout: 15_000, stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Pixels that differ between two frames of the same size (bytes differing, over 4 per pixel). */
function changed(a: Buffer, b: Buffer): number {
  if (a.length !== b.length) return Number.MAX_SAFE_INTEGER;
  let n = 0;
  for (let i = 0; i + 4 <= a.length; i += 4) if (a.readUInt32LE(i) !== b.readUInt32LE(i)) n++;
  return n;
}

/**
 * Waits until the screen has stopped changing (two frames 150 ms apart differ by no more than a blinking
 * text cursor), then saves it as a PNG.
 */
export async function screenshot(tools: Tools, display: Display, file: string): Promise<string> {
  let last: Buffer | undefined;
  const frame = await poll(`the screen to settle for ${file}`, () => {
    const next = grab(tools, display);
    const settled = last !== undefined && changed(last, next) <= 64;
    last = next;
    return settled ? next : undefined;
  }, 10_000, 150);
  return savePng(tools, frame, file);
}

/** Converts an xwd frame to a PNG file. */
export function savePng(tools: Tools, frame: Buffer, file: string): string {
  const pnm = execFileSync(tools.xwdtopnm, [], { input: frame, maxBuffer: 64 << 20, stdio: ['pipe', 'pipe', 'ignore'] });
  fs.writeFileSync(file, execFileSync(tools.pnmtopng, [], { input: pnm, maxBuffer: 64 << 20, stdio: ['pipe', 'pipe', 'ignore'] }));
  return file;
}
