import { ComponentArn, parseComponentArn } from './componentArn';

/**
 * A part of an ARN as a host writes it: literal text (with the offset of its first character in the
 * file, when each character is written as it is), or an opaque part the host computes (`${AWS::Region}`,
 * `!Ref AWS::AccountId`, Terraform's `${var.region}`).
 */
export type ArnPiece = { readonly text: string; readonly at?: number } | { readonly opaque: true };

/** What stands for an opaque part in the ARN text kept in summaries: a wildcard, for the partition, region or account only. */
export const OPAQUE = '*';

export interface PiecedArn {
  /** The ARN with each opaque part written as `*`. */
  readonly text: string;
  readonly arn: ComponentArn;
  /** The file offset of the component's name, when it is written as it is in one piece. */
  readonly nameAt?: number;
}

/**
 * The component ARN the pieces make, when they make one whose name, version and build are all literal:
 * an opaque part is a wildcard for the partition, region or account; anywhere else the component is not
 * known, and nothing is returned (the caller stays silent).
 */
export function arnFromPieces(pieces: readonly ArnPiece[]): PiecedArn | undefined {
  let text = '';
  const starts: Array<{ start: number; at?: number; length: number }> = [];
  for (const piece of pieces) {
    if ('opaque' in piece) {
      text += OPAQUE;
      continue;
    }
    starts.push({ start: text.length, at: piece.at, length: piece.text.length });
    text += piece.text;
  }
  const arn = parseComponentArn(text);
  if (!arn || [arn.name, arn.version, arn.build].some((part) => part?.includes(OPAQUE))) return undefined;
  const holder = starts.find((s) => s.start <= arn.nameOffset && arn.nameOffset + arn.name.length <= s.start + s.length);
  const nameAt = holder?.at !== undefined ? holder.at + arn.nameOffset - holder.start : undefined;
  return { text, arn, nameAt };
}
