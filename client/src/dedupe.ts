// Keeps the server's diagnostics from doubling those of the other YAML/JSON tools in the editor.
// Plain data: no `vscode` import, so unit tests load it.

export const SYNTAX_CODE = 'syntax';
export const RED_HAT_YAML = 'redhat.vscode-yaml';

export interface OtherValidators {
  /** VS Code's own JSON support validates (setting `json.validate.enable`, on by default). */
  jsonValidates: boolean;
  /** The Red Hat YAML extension is installed and validates (setting `yaml.validate`, on by default). */
  yamlValidates: boolean;
}

/**
 * Syntax errors of JSON files are already reported by VS Code's JSON support, and of YAML files by the Red Hat
 * YAML extension when it is there: our `syntax` diagnostics are then left out so each error shows once.
 */
export function dropsSyntaxErrors(languageId: string | undefined, others: OtherValidators): boolean {
  if (languageId === 'json' || languageId === 'jsonc') return others.jsonValidates;
  if (languageId === 'yaml') return others.yamlValidates;
  return false;
}

export function withoutDuplicates<D extends { code?: string | number | { value: string | number } }>(
  diagnostics: readonly D[], drop: boolean): D[] {
  if (!drop) return [...diagnostics];
  return diagnostics.filter(d => {
    const code = typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
    return code !== SYNTAX_CODE;
  });
}
