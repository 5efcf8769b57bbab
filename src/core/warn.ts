/**
 * Console warnings for bad input. Each distinct message is printed once per element (or once per page for
 * page-level problems), so a typo in an attribute gives one clear line, not a warning on every render.
 */
const PREFIX = '[awareness-widgets]';
const pageWarnings = new Set<string>();
const elementWarnings = new WeakMap<object, Set<string>>();

export function warnOnce(message: string, owner?: object): void {
  let seen = pageWarnings;
  if (owner) {
    seen = elementWarnings.get(owner) ?? new Set<string>();
    elementWarnings.set(owner, seen);
  }
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`${PREFIX} ${message}`);
}

/** The one phrasing for a bad attribute value: `name="value" is not valid; using fallback.` */
export const badValue = (name: string, value: string | null | undefined, using: unknown): string =>
  `${name}=${quote(value)} is not valid; using ${using}.`;

/** Quotes partner input for a warning, cut short so a huge attribute does not flood the console. */
export function quote(value: string | null | undefined): string {
  if (value == null) return 'nothing';
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(shown);
}
