import { Analysis, memoize } from '../../analysis';
import { ALL_PLATFORMS, ActionFact, Platform } from '../facts';
import { componentSymbols } from './symbols';
import { StepSymbol } from './types';

export type PlatformSource = 'host' | 'comment' | 'setting' | 'inferred';

export interface PlatformInfo {
  /** The platform the document is for, when known or inferred. */
  readonly platform: Platform | undefined;
  readonly source: PlatformSource | undefined;
  /** Where the platform comes from, in words, for messages ("the request's platform"). */
  readonly sourceText?: string;
  /** Steps whose action runs only on Windows, and steps whose action never runs on Windows. */
  readonly windowsOnly: readonly StepSymbol[];
  readonly unixOnly: readonly StepSymbol[];
}

const COMMENT = /^#\s*imagebuilder-platform\s*:\s*([A-Za-z]+)/i;

/**
 * The platform of the document: the platform its host declares (`analysis.embedding`, e.g. the `platform`
 * of the enclosing create-component request), else a
 * `# imagebuilder-platform: …` comment among the leading comment lines, else the
 * `imagebuilder.component.platform` setting, else inferred from the actions (memoised per version).
 */
export function componentPlatform(analysis: Analysis): PlatformInfo {
  return memoize(analysis, 'component.platform', () => {
    const windowsOnly: StepSymbol[] = [];
    const unixOnly: StepSymbol[] = [];
    for (const step of componentSymbols(analysis).steps) {
      if (!step.action) continue;
      if (isWindowsOnly(step.action)) windowsOnly.push(step);
      else if (!step.action.platforms.includes('Windows')) unixOnly.push(step);
    }
    const declared = declaredPlatform(analysis);
    if (declared) return { ...declared, windowsOnly, unixOnly };
    const inferred = windowsOnly.length > 0 && unixOnly.length === 0 ? 'Windows' : unixOnly.length > 0 && windowsOnly.length === 0 ? 'Linux' : undefined;
    return { platform: inferred, source: inferred ? 'inferred' : undefined, windowsOnly, unixOnly };
  });
}

function declaredPlatform(analysis: Analysis): { platform: Platform; source: PlatformSource; sourceText: string } | undefined {
  const fromHost = toPlatform(analysis.embedding?.platform);
  if (fromHost) return { platform: fromHost, source: 'host', sourceText: analysis.embedding?.platformFrom ?? "the enclosing document's platform" };
  const fromComment = commentPlatform(analysis.parsed.text);
  if (fromComment) return { platform: fromComment, source: 'comment', sourceText: 'the imagebuilder-platform comment' };
  const setting = analysis.settings.component.platform;
  if (setting !== 'auto') return { platform: setting, source: 'setting', sourceText: 'the imagebuilder.component.platform setting' };
  return undefined;
}

/** The platform named in the leading comment lines (at most the first 20 lines). */
export function commentPlatform(text: string): Platform | undefined {
  const lines = text.slice(0, 4096).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 20);
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed === '---') continue;
    if (!trimmed.startsWith('#')) return undefined;
    const match = COMMENT.exec(trimmed);
    if (match) return toPlatform(match[1]);
  }
  return undefined;
}

/** Where the platform is written in the leading `# imagebuilder-platform:` comment (the same lines as above). */
export function commentPlatformRange(text: string): { offset: number; length: number } | undefined {
  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  for (let n = 0; n < 20 && offset < Math.min(text.length, 4096); n++) {
    const end = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
    const line = text.slice(offset, end).replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed !== '' && trimmed !== '---') {
      if (!trimmed.startsWith('#')) return undefined;
      const match = COMMENT.exec(trimmed);
      if (match) return { offset: offset + line.indexOf(trimmed) + match[0].length - match[1].length, length: match[1].length };
    }
    offset = end + 1;
  }
  return undefined;
}

export function toPlatform(value: unknown): Platform | undefined {
  if (typeof value !== 'string') return undefined;
  return ALL_PLATFORMS.find((p) => p.toLowerCase() === value.toLowerCase());
}

export function isWindowsOnly(action: ActionFact): boolean {
  return action.platforms.length === 1 && action.platforms[0] === 'Windows';
}
