/** The front-end paths to render again for the public paths a webhook names, each once, in order. */
export function pathsToRevalidate(paths: string[]): string[] {
  return [...new Set(paths)];
}
