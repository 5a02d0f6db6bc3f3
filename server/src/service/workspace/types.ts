import { Range } from 'vscode-languageserver-types';
import { DeclaredParameter } from '../component/componentParameters';

/**
 * What the workspace index keeps of one file: summaries only, never a tree. Ranges are LSP ranges
 * (line/character), because a summary outlives the text it was made from (a closed file's text is
 * dropped after indexing). Every host (request files, component documents, templates, Terraform) gives
 * its facts in these shapes; see `summarize.ts`.
 */
export interface FileSummary {
  readonly uri: string;
  readonly components: readonly ComponentSummary[];
  readonly recipes: readonly RecipeSummary[];
  /** A Terraform file's component resources, by address: what the other .tf files of its folder (its module) may reference. */
  readonly moduleComponents?: readonly ModuleComponentSummary[];
  /** A Terraform file's recipe references to component resources by address (`aws_imagebuilder_component.x.arn`), declared in the file or not. */
  readonly moduleUses?: readonly ModuleUseSummary[];
}

/** How a component got its name (the name an ARN uses: the component resource's, not the document's). */
export type NameSource = 'request' | 'template' | 'terraform' | 'document' | 'file';

export interface PhaseSummary {
  readonly name: string;
  readonly range: Range;
  readonly steps: ReadonlyArray<{ readonly name: string; readonly range: Range }>;
}

/** A declared parameter, with where it is declared (for `workspace/symbol`). */
export interface ParameterSummary extends DeclaredParameter {
  readonly range?: Range;
}

export interface ComponentSummary {
  readonly name: string;
  readonly nameSource: NameSource;
  /** The semantic version, when the host gives one (a create-component request's `semanticVersion`). */
  readonly version?: string;
  readonly platform?: string;
  readonly description?: string;
  readonly parameters: readonly ParameterSummary[];
  /** True when the parameters cannot be known (a create-component request with an S3 `uri`). */
  readonly parametersUnknown?: boolean;
  /** The file holding this summary. */
  readonly uri: string;
  /** The whole component (request, resource or document). */
  readonly range: Range;
  /** Where its name is written, if it is written (not for a name taken from the file name). */
  readonly nameRange?: Range;
  /**
   * The file holding the component document, when it is another file than `uri` (Terraform's
   * `data = file("…")`): that file is then known by this summary's name, and its own summary gives the
   * parameters, phases and platform this one lacks.
   */
  readonly documentUri?: string;
  readonly phases: readonly PhaseSummary[];
}

/** A recipe's reference to a component, by ARN. */
export interface ComponentUseSummary {
  readonly arn: string;
  /** The ARN's range in the recipe's file. */
  readonly range: Range;
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly range: Range }>;
}

/**
 * A Terraform `aws_imagebuilder_component` resource as the other files of its module see it: by its
 * address, whatever its `name` (often computed: `"${var.env}-x"`), with the parameters of its `data`.
 */
export interface ModuleComponentSummary {
  /** `aws_imagebuilder_component.<label>`. */
  readonly address: string;
  /** Where the label is written (`"x"` without its quotes): go to definition lands there. */
  readonly labelRange: Range;
  /** Where its `name` is written as it is (quotes included): the `ComponentSummary` of the same `nameRange` is this resource. */
  readonly nameRange?: Range;
  /** With `count` or `for_each` a reference must be indexed: a plain `.arn` is no use of it. */
  readonly instanced?: boolean;
  /** The parameters its inline `data` declares whose names are written as they are, in this file's ranges. */
  readonly parameters: readonly ParameterSummary[];
  /** False when a declared name is not known (a `${…}` in a heredoc, a broken document): no `undefined-parameter` then. */
  readonly namesKnown: boolean;
  /** True when nothing of its `data` is known (a variable, a `uri`, not a component document). */
  readonly parametersUnknown?: boolean;
  /** `data = file("…")`/`templatefile("…")`: the file holding the document (its own summary gives the parameters). */
  readonly documentUri?: string;
  readonly templated?: boolean;
}

/** A recipe's `component_arn = aws_imagebuilder_component.x.arn` (or `.id`): the address and the reference's range. */
export interface ModuleUseSummary {
  readonly address: string;
  readonly range: Range;
}

export interface RecipeSummary {
  readonly name?: string;
  readonly kind: string;
  readonly range: Range;
  readonly uses: readonly ComponentUseSummary[];
}

/** A component as the workspace knows it: its summary, with the name and facts of the file it points at. */
export interface ResolvedComponent {
  readonly name: string;
  readonly nameSource: NameSource;
  /** Where the name comes from, for hover ("the `name` of create-component request hello.json"). */
  readonly summary: ComponentSummary;
  /** The component document's file and range (the summary's own, or the file it points at). */
  readonly documentUri: string;
  readonly documentRange: Range;
  readonly version?: string;
  readonly platform?: string;
  readonly description?: string;
  readonly parameters: readonly ParameterSummary[];
  /** False when the parameters are not known: no parameter check is made then. */
  readonly parametersKnown: boolean;
  readonly phases: readonly PhaseSummary[];
}

/** A component resource of a Terraform module (`WorkspaceView.moduleComponent`), with the facts of its document. */
export interface ModuleComponent {
  readonly address: string;
  /** The .tf file declaring it, and where its label is. */
  readonly uri: string;
  readonly labelRange: Range;
  /** Where its literal `name` is written, if it is: its `ResolvedComponent` is the one of `uri` with this `summary.nameRange`. */
  readonly nameRange?: Range;
  /** The file the parameters' ranges are in: the .tf file for an inline `data`, else the file `data` loads. */
  readonly documentUri: string;
  readonly parameters: readonly ParameterSummary[];
  /** False when the parameters are not known (no check then; definition of the resource still works). */
  readonly parametersKnown: boolean;
  /** False when some declared name may be any name (`${…}`): no `undefined-parameter`. */
  readonly namesKnown: boolean;
}

export interface WorkspaceLocation {
  readonly uri: string;
  readonly range: Range;
}

/**
 * What the language service may ask of the workspace (the host keeps it: `WorkspaceIndex` for the
 * server and the CLI). Read-only for the service; `generation` changes whenever any summary does, so
 * results derived from the workspace can be memoised by it.
 */
export interface WorkspaceView {
  readonly generation: number;
  /** Components whose name matches, compared as ARNs do (lower case). */
  componentsNamed(name: string): readonly ResolvedComponent[];
  /** The components whose document is in `uri` (a component file, or a request holding one). */
  componentsIn(uri: string): readonly ResolvedComponent[];
  /** The components whose summary is in `uri` (a template's or Terraform file's resources, with where their names are written). */
  componentsDeclaredIn(uri: string): readonly ResolvedComponent[];
  /** Every place a recipe names the component by ARN (name, and version where not `x`). */
  usesOf(component: ResolvedComponent): readonly WorkspaceLocation[];
  allComponents(): readonly ResolvedComponent[];
  /**
   * The component resource `address` (`aws_imagebuilder_component.x`) of the Terraform module of `uri`:
   * declared by another .tf file of the same folder (subfolders are other modules). Undefined when no
   * file or more than one declares it, or it has `count`/`for_each`.
   */
  moduleComponent(uri: string, address: string): ModuleComponent | undefined;
  /** The references to the component resource `address` that .tf file `uri` declares, in every file of its module (its own included). */
  moduleUsesOf(uri: string, address: string): readonly WorkspaceLocation[];
  /** Whether the first full index is done (before, a missing component may just not be read yet). */
  readonly complete: boolean;
}
