/** Counts the library's console warnings while a test runs; call `restore()` when done. */
export function watchWarnings() {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  return {
    lines,
    count: () => lines.filter((line) => line.includes('[awareness-widgets]')).length,
    restore: () => {
      console.warn = original;
    },
  };
}
