import { HclLoader } from '../../server/src/node/loadHcl';
import { loadBundledSchemas } from '../../server/src/node/loadSchemas';
import { getLanguageService, LanguageService } from '../../server/src/service/languageService';
import { HclParser } from '../../server/src/service/parse/hcl/syntax';
import { open } from './harness';

let loaded: Promise<HclParser> | undefined;

/** The HCL parser, loaded once per test process (WASM, as the server loads it). */
export function hclParser(): Promise<HclParser> {
  loaded ??= new HclLoader().load();
  return loaded;
}

let shared: LanguageService | undefined;

/** The language service with the HCL parser (call `await hclParser()` first, e.g. in `before`). */
export async function terraformService(): Promise<LanguageService> {
  const parser = await hclParser();
  shared ??= getLanguageService({ schemas: loadBundledSchemas(), hcl: () => parser });
  return shared;
}

/** A `.tf` document opened by the harness (`open`, with its single `CURSOR` marker) with `service`. */
export function tfFixture(service: LanguageService, text: string, name = 'main.tf'): ReturnType<typeof open> {
  return open(text, { name, service });
}

/** The diagnostics of a `.tf` text as `line:code` (1-based lines). */
export function tfCodes(service: LanguageService, text: string): string[] {
  const { analysis } = tfFixture(service, text);
  return service.doValidation(analysis).map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
}

/** An `aws_imagebuilder_infrastructure_configuration` with its required arguments and `body` (lines 1–3 fixed). */
export const tfInfra = (body: string): string => `resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  name = "n"\n  instance_profile_name = "p"\n${body}}\n`;
