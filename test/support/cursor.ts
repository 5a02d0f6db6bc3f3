/**
 * The cursor marker in test documents: U+0001, a control character that can occur in neither YAML (not
 * in its printable set, even quoted) nor JSON (unescaped controls are not allowed anywhere), so it never
 * collides with a document's own text (`|` was YAML's block scalar, as in `data: |`). Write it as
 * `${CURSOR}` or `\u0001`. Its own file so the real-editor scenarios (test/e2e/) use it without loading
 * the service.
 */
export const CURSOR = '\u0001';
