// Human wording for a document-kind answer. Plain data: no `vscode` import, so unit tests load it.
import type { DocumentKindResult, KindSource } from './protocol';

const SOURCE_TEXT: Record<KindSource, string> = {
  content: 'detected from the content',
  schema: 'from the $schema reference',
  comment: 'from a comment in the file',
  setting: 'from the imagebuilder.fileKinds setting',
  'file-name': 'from the file name (a new file; imagebuilder.fileNameConventions)',
  override: 'chosen by you',
  none: 'not detected',
};

export interface KindDescription {
  /** Short text for the language status item. */
  text: string;
  /** Longer detail: platform and where the decision came from. */
  detail: string;
}

export function describeKind(r: DocumentKindResult | undefined): KindDescription {
  if (!r || r.kind == null) {
    return { text: 'Not an Image Builder file', detail: r ? SOURCE_TEXT[r.source] ?? '' : '' };
  }
  const title = r.title ?? r.kind;
  const text = r.platform ? `${title} · ${r.platform}` : title;
  return { text, detail: SOURCE_TEXT[r.source] ?? r.source };
}

/** One line for `imagebuilder.showDocumentKind`. */
export function kindMessage(fileName: string, r: DocumentKindResult): string {
  if (r.kind == null) return `${fileName} is not recognized as an Image Builder file.`;
  const d = describeKind(r);
  return `${fileName}: ${d.text} [${r.kind}], ${d.detail}.`;
}
