import { render, type TemplateResult } from 'lit';

/**
 * Puts markup on the page and waits for every element in it to render, without waiting for an animation frame:
 * with several test files open at once, all but one page are hidden, and hidden pages get no frames.
 * Call `unmountAll()` after each test.
 */
const hosts: HTMLElement[] = [];

export async function mount(markup: string | TemplateResult): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  if (typeof markup === 'string') host.innerHTML = markup;
  else render(markup, host);
  const pending = [...host.querySelectorAll('*')]
    .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete)
    .filter(Boolean);
  await Promise.all(pending);
  return host;
}

export function unmountAll(): void {
  for (const host of hosts.splice(0)) host.remove();
}
