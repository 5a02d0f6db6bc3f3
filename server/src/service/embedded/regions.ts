import { Analysis, Embedding } from '../analysis';
import { ValueNode } from '../ast/types';
import { PassedParameter } from '../component/componentParameters';
import { OffsetRange } from '../kindSupport';
import { OffsetMap } from './offsetMap';

/**
 * A document inside another, found by its host (`KindSupport.regions`): a create-component request's
 * `data`, a get-component response's `component.data`, a template's `Data`, later a Terraform heredoc.
 * The facade analyses each region like a file of kind `kind` (its own parse, kind support and general
 * problems) and maps every result back through `map`.
 *
 * Invariants: `map.toHost` is non-decreasing and every entry is an offset of the host text; regions of
 * one host version do not overlap; a region carries all it needs (platform included) in `embedding`:
 * nothing is passed through an analysis's `memo`.
 */
export interface EmbeddedRegion {
  /** The kind id the inner text is analysed as (`component-document`). */
  readonly kind: string;
  /** The inner text (`map.value`) and where each of its characters is in the host. */
  readonly map: OffsetMap;
  /** The inner document's language. */
  readonly languageId: 'yaml' | 'json';
  /** A name for the URI fragment of the inner document (`data`, `component.data`). */
  readonly name: string;
  /** How messages name the region: "the component document of 'data'". */
  readonly label: string;
  /** What the host declares about the inner document (its platform). */
  readonly embedding?: Embedding;
  /**
   * How text written into the region (fixes, completions, renames) must be escaped in the host, e.g.
   * a JSON string's `\n`; absent when the region holds text verbatim (a YAML block scalar, a heredoc).
   * With it, snippets are sent as plain text (their `\t` and `$1` could not be escaped).
   */
  readonly escape?: (text: string) => string;
  /**
   * How the text of fixes and renames is written where `escape` is not needed but more than the text is:
   * a YAML block scalar's indentation after each new line (completions need none: the editor indents
   * them, as in a file), a `!Sub` text's `${!` for a literal `${`.
   */
  readonly editText?: (text: string) => string;
  /**
   * How a completion snippet's text must be escaped in the host, when it can be (a Terraform heredoc: only
   * `${`/`%{` are special): with it, snippets stay snippets; without it, `escape` makes them plain text.
   */
  readonly snippetEscape?: (snippet: string) => string;
  /**
   * Host ranges the inner document holds only as opaque stand-ins (a heredoc's `${…}`/`%{…}`): requests
   * strictly inside one are the host's, not the region's.
   */
  readonly opaque?: ReadonlyArray<{ readonly offset: number; readonly length: number }>;
  /**
   * The inner document as a tree the host made, not as text (an HCL object given to `yamlencode`): its nodes
   * are at host offsets and `map` is the identity over the host text. Such a region is validated only: its
   * problems come without fixes (they would be written as YAML), and completion, hover, navigation, symbols
   * and folding stay the host's.
   */
  readonly tree?: ValueNode;
  /** Whether the inner document is one at all (an import-component `data` may be a shell script). */
  readonly accept?: (inner: Analysis) => boolean;
}

/**
 * A host's recipe entry naming one of the host's own component regions: a template's `ComponentArn: !Ref X`,
 * Terraform's `component_arn = aws_imagebuilder_component.x.arn`. The host finds these
 * (`KindSupport.componentUses`); `localComponents.ts` checks the passed names against the region's document.
 */
export interface LocalComponentUse {
  /** The `name` of the region holding the component's document. */
  readonly region: string;
  /** How messages name the component: "component resource 'X'". */
  readonly component: string;
  /** The component's name in the reference (`X` of `!Ref X`): a `missing-parameter` is reported here, and definition goes to `declaration`. */
  readonly name: OffsetRange;
  /** Where the host names the component resource (a template's logical id). */
  readonly declaration: OffsetRange;
  /**
   * Where the component resource writes its name as it is (a template's `Name` value, a Terraform `name`
   * argument; quotes included, as the workspace summary's `nameRange`): find references from it lists the
   * uses too, and the workspace knows the component by it. Absent for a computed name.
   */
  readonly resourceName?: OffsetRange;
  /** The recipe's entry (a `Components` item, a `component` block): a parameter name typed inside it is completed from the region's document. */
  readonly entry: OffsetRange;
  /** The literal names the entry passes, with their places in the host. */
  readonly parameters: readonly PassedParameter[];
  /** False when the entry may pass names not in `parameters` (an intrinsic, an interpolation, a dynamic block). */
  readonly passedKnown: boolean;
}
