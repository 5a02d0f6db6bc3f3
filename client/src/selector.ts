// Which documents the extension hands to the server. Plain data: no `vscode` import, so unit tests load it.
// The server decides per document whether it is an Image Builder file; unrelated YAML/JSON gets nothing,
// so the extension never forces a language mode on YAML files. `terraform` is the language id HashiCorp's
// extension gives .tf files: we run beside it, and only files with an aws_imagebuilder_* resource get anything.

export const LANGUAGES = ['yaml', 'json', 'jsonc', 'terraform'] as const;
export const BASE_SCHEMES = ['file', 'untitled'] as const;

export interface LanguageSchemeFilter {
  language: string;
  scheme: string;
}

/**
 * Filters for yaml, json, jsonc and terraform on `file` and `untitled`, plus the schemes of any virtual workspace
 * folders (e.g. `vscode-vfs`): the server validates the text it is sent and reads nothing from disk.
 */
export function documentSelector(workspaceSchemes: readonly string[] = []): LanguageSchemeFilter[] {
  const schemes = [...new Set<string>([...BASE_SCHEMES, ...workspaceSchemes])];
  return schemes.flatMap(scheme => LANGUAGES.map(language => ({ language, scheme })));
}

/** True when a document with this language id and URI scheme is one the server may see. */
export function isCandidate(languageId: string, scheme: string, workspaceSchemes: readonly string[] = []): boolean {
  return documentSelector(workspaceSchemes).some(f => f.language === languageId && f.scheme === scheme);
}
