import { componentSupport } from './component/componentSupport';
import { withRegions } from './embedded/embeddedSupport';
import { templateSupport } from './cloudformation/templateSupport';
import { getKind, KindInfo, COMPONENT_FAMILY, REQUEST_FAMILY, TEMPLATE_FAMILY, TERRAFORM_FAMILY } from './kinds/kinds';
import { KindSupport } from './kindSupport';
import { requestHost } from './request/requestHost';
import { SchemaCatalog } from './schema/catalog';
import { schemaSupport } from './schemaSupport';
import { terraformSupport } from './terraform/terraformSupport';

/** What a family's support may use: the bundled schemas (all of `schemas/`, subfolders included). */
export interface SupportContext {
  readonly catalog: SchemaCatalog;
}

export type SupportFactory = (context: SupportContext) => KindSupport;

/**
 * Every family of kinds and its support: the only place a new host plugs in (with its kinds in
 * `kinds/kinds.ts`, whose `family` names the entry here). A support with `regions` gets its embedded
 * documents served by their kinds' supports (`embedded/embeddedSupport.ts`).
 */
export const FAMILY_SUPPORTS: ReadonlyArray<readonly [family: string, factory: SupportFactory]> = [
  [COMPONENT_FAMILY, () => componentSupport()],
  [REQUEST_FAMILY, ({ catalog }) => schemaSupport(catalog, requestHost(catalog))],
  // Registered as whole supports of their own (not yet on `schemaSupport`'s roots, spellings and regions).
  [TEMPLATE_FAMILY, ({ catalog }) => templateSupport(catalog)],
  [TERRAFORM_FAMILY, () => terraformSupport()],
];

/** The supports of one language service, by family. */
export class SupportRegistry {
  private readonly plain = new Map<string, KindSupport>();
  private readonly served = new Map<string, KindSupport>();

  constructor(context: SupportContext, entries: ReadonlyArray<readonly [string, SupportFactory]> = FAMILY_SUPPORTS) {
    for (const [family, factory] of entries) this.plain.set(family, factory(context));
    const inner = (kindId: string) => {
      const kind = getKind(kindId);
      return kind ? this.plain.get(kind.family) : undefined;
    };
    for (const [family, support] of this.plain) this.served.set(family, support.regions ? withRegions(support, inner) : support);
  }

  /** The support for documents of `kind` (with its embedded regions served). */
  forKind(kind: KindInfo): KindSupport | undefined {
    return this.served.get(kind.family);
  }
}
