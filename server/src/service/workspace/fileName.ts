/** A URI's last path segment, decoded (kept as written when it is not valid percent-encoding). */
export function fileName(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The file name without its extension, from a URI. */
export function fileStem(uri: string): string {
  const name = fileName(uri);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
