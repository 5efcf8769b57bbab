import { until } from './wait.js';

/**
 * The embed builder (demo/builder.html) opened in a frame and used as a person does: the builder tests and the
 * prerendered-code tests share these, so both meet the page the same way.
 */
let frame: HTMLIFrameElement | undefined;

/** The frame the builder is open in, if any. */
export const builderFrame = (): HTMLIFrameElement | undefined => frame;

/** Closes the builder's frame. */
export function closeBuilder(): void {
  frame?.remove();
  frame = undefined;
}

/** Opens the builder as a visitor would, and waits until it has written its first snippet. */
export async function openBuilder(width = 1000): Promise<Document> {
  closeBuilder();
  const opened = document.createElement('iframe');
  opened.style.cssText = `width: ${width}px; height: 800px; border: 0;`;
  const loaded = new Promise((resolve) => opened.addEventListener('load', resolve, { once: true }));
  opened.src = '/demo/builder.html';
  document.body.append(opened);
  frame = opened;
  await loaded;
  const doc = opened.contentDocument!;
  await until(
    () => doc.querySelector('#builder[data-ready]') !== null,
    'the builder writes its first snippet',
  );
  return doc;
}

/** Chooses an option the way a person does: the control changes and the form hears about it. */
export function choose(doc: Document, id: string, value: string | boolean): void {
  const control = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Picks the element to embed. */
export function chooseElement(doc: Document, tag: string): void {
  const radio = doc.querySelector<HTMLInputElement>(`input[name="element"][value="${tag}"]`)!;
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
}
