import { TextDocument } from 'vscode-languageserver-textdocument';
import { HclLoader } from '../../server/src/node/loadHcl';
import { loadBundledSchemas } from '../../server/src/node/loadSchemas';
import { Analysis, getLanguageService, LanguageService } from '../../server/src/service/languageService';
import { HclParser } from '../../server/src/service/parse/hcl/syntax';

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

export const CURSOR = '|';

/** A `.tf` document from text with an optional `|` cursor marker. */
export function tfFixture(service: LanguageService, text: string, name = 'main.tf'): { document: TextDocument; analysis: Analysis; offset: number } {
  const offset = text.indexOf(CURSOR);
  const clean = offset >= 0 ? text.slice(0, offset) + text.slice(offset + 1) : text;
  const document = TextDocument.create(`file:///work/${name}`, 'terraform', 1, clean);
  return { document, analysis: service.analyze(document), offset };
}

/** The diagnostics of a `.tf` text as `line:code` (1-based lines). */
export function tfCodes(service: LanguageService, text: string): string[] {
  const { analysis } = tfFixture(service, text);
  return service.doValidation(analysis).map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
}

/** An `aws_imagebuilder_infrastructure_configuration` with its required arguments and `body` (lines 1–3 fixed). */
export const tfInfra = (body: string): string => `resource "aws_imagebuilder_infrastructure_configuration" "x" {\n  name = "n"\n  instance_profile_name = "p"\n${body}}\n`;
