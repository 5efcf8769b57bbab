/**
 * The embed builder page (demo/builder.html), bundled as `dist/builder.js`: a form of options, a live preview
 * rendered by the built drop-in file, and the code to paste. Everything it offers and writes comes from src/ at
 * build time; at run time it reads only what the build writes after bundling (integrity hashes, version,
 * manifest), with URLs relative to this script, so it works from any static host after `npm run build`.
 */
import { contrastReport } from './contrast.js';
import { addContactRows, showContactMessages } from './contact-rows.js';
import { describeControls, fillChoices, readChoices, showFields } from './form.js';
import { optionsFrom, spokenLanguage } from './options.js';
import { keepQuickExitInPreview, loadLocaleFiles, showPreview } from './preview.js';
import { prerenderedSnippet, renderPrerendered } from './prerendered.js';
import { readBuildOutput, type BuildOutput } from './published.js';
import {
  elementMarkup,
  frameable,
  iframeSnippet,
  notInFrame,
  scriptSnippet,
  scriptTags,
  type Published,
} from './snippets.js';
import type { BuilderOptions } from './options.js';

/** dist/, where this script was loaded from (a classic script knows its own element while it first runs). */
const dist = new URL(
  '.',
  (document.currentScript as HTMLScriptElement | null)?.src ?? new URL('../dist/', location.href),
);

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function render(form: HTMLFormElement, build: BuildOutput): void {
  const copyStatus = byId('copy-status');
  copyStatus.textContent = '';
  const choices = readChoices(form);
  const options = optionsFrom(choices);
  showFields(form, options.tag, build.documented);
  showContactMessages(document, options.contactMessages);

  const report = byId('contrast-report');
  const contrast = choices.brand ? contrastReport(choices.brand) : { text: '', warning: false };
  report.textContent = contrast.text;
  report.classList.toggle('warning', contrast.warning);

  // The preview is the pasted markup itself, upgraded by the drop-in file the page loaded.
  showPreview(byId('preview'), elementMarkup(options));

  const missing: string[] = [];
  if (!build.version) missing.push('the version (../package.json)');
  if (!build.integrity) missing.push('the integrity hash (../dist/awareness-widgets.js.sri)');
  const lang = spokenLanguage(options);
  if (lang !== 'en' && !build.localeIntegrity.get(lang)) {
    missing.push(`the integrity hash (../dist/locales/${lang}.js.sri)`);
  }
  const problem = byId('snippet-problem');
  problem.hidden = missing.length === 0;
  problem.textContent = missing.length
    ? `Could not read ${missing.join(' or ')}. Run npm run build and serve the whole project folder.`
    : '';
  const published = {
    version: build.version ?? '',
    integrity: build.integrity ?? '',
    localeIntegrity: build.localeIntegrity,
    embedUrl: build.embedUrl,
  };
  byId('snippet-script').textContent = missing.length ? '' : scriptSnippet(options, published);
  byId('snippet-iframe').textContent = missing.length ? '' : iframeSnippet(options, published);

  const dropped = notInFrame(options);
  const note = byId('iframe-note');
  note.textContent = !frameable(options)
    ? 'A quick exit cannot work inside a frame: it could leave only the frame, not your page. Use the script tag.'
    : dropped.length
      ? `Not available in a frame, so left out: ${dropped.join(', ')}.`
      : '';
  note.hidden = !note.textContent;
  document.querySelector<HTMLElement>('button[data-copy="snippet-iframe"]')!.hidden = !frameable(options);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
    button.disabled = missing.length > 0;
  }
  showPrerendered(options, published, missing.length > 0);
  form.dataset.ready = 'true';
}

/** What the prerendered tab shows now: the inputs it was made from, and whether it is still being made. */
const prerendered = { key: '', generation: 0, pending: false };

/**
 * The prerendered code, made from fresh elements after the form changed (it takes a moment: the elements render,
 * in the chosen language's words). While it is being made, the code block is marked busy and cannot be copied.
 */
function showPrerendered(options: BuilderOptions, published: Published, missing: boolean): void {
  const code = byId('snippet-prerendered');
  const block = code.closest('pre')!;
  const button = document.querySelector<HTMLButtonElement>('button[data-copy="snippet-prerendered"]')!;
  const note = byId('prerendered-note');
  byId('prerendered-version').textContent = published.version;
  const key = missing ? '' : `${scriptTags(options, published, true)}\n${elementMarkup(options)}`;
  if (key === prerendered.key) {
    button.disabled = missing || prerendered.pending;
    return;
  }
  prerendered.key = key;
  const generation = ++prerendered.generation;
  const show = (text: string, problem = '') => {
    prerendered.pending = false;
    code.textContent = text;
    block.removeAttribute('aria-busy');
    button.disabled = !text;
    note.textContent = problem;
    note.hidden = !problem;
    const size = Math.round(new Blob([text]).size / 1024);
    byId('prerendered-size').textContent = text
      ? `It is about ${size} KB, more than the script-tag code, because it carries the element's styles.`
      : '';
  };
  if (!key) {
    show('');
    return;
  }
  prerendered.pending = true;
  block.setAttribute('aria-busy', 'true');
  button.disabled = true;
  void renderPrerendered(options).then(
    (markup) => {
      if (generation !== prerendered.generation) return;
      if (markup) show(prerenderedSnippet(options, published, markup));
      else
        show(
          '',
          'The language file did not load, so the prerendered code could not be made. Reload the page.',
        );
    },
    (error: unknown) => {
      if (generation !== prerendered.generation) return;
      console.warn('[builder] the prerendered code could not be made:', error);
      show('', 'The prerendered code could not be made. Reload the page, or use the script-tag code.');
    },
  );
}

/** Tabs (WAI-ARIA Authoring Practices): arrow keys move between tabs, Home and End jump, selection follows focus. */
function setupTabs(): void {
  const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
  const select = (tab: HTMLElement) => {
    for (const each of tabs) {
      const selected = each === tab;
      each.setAttribute('aria-selected', String(selected));
      each.tabIndex = selected ? 0 : -1;
      byId(each.getAttribute('aria-controls') ?? '').hidden = !selected;
    }
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(tab);
      const next = {
        ArrowRight: tabs[(index + 1) % tabs.length],
        ArrowLeft: tabs[(index - 1 + tabs.length) % tabs.length],
        Home: tabs[0],
        End: tabs[tabs.length - 1],
      }[event.key];
      if (!next) return;
      event.preventDefault();
      select(next);
      next.focus();
    });
  }
}

/** Copies a snippet, or selects it when the clipboard is closed (an insecure page, or a refusal). */
async function copy(button: HTMLButtonElement): Promise<void> {
  const source = byId(button.dataset.copy ?? '');
  const status = byId('copy-status');
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    status.textContent = 'Copied. Paste it into your page.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    status.textContent = 'The code is selected. Press Ctrl+C (or Cmd+C) to copy it.';
  }
}

async function start(): Promise<void> {
  const form = byId<HTMLFormElement>('builder');
  // The preview speaks every language, as a page does that adds each locale file.
  loadLocaleFiles(dist);
  addContactRows(document);
  fillChoices(document);
  const build = await readBuildOutput(dist);
  describeControls(form, build.documented);
  setupTabs();
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
    button.addEventListener('click', () => void copy(button));
  }
  const update = () => render(form, build);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  keepQuickExitInPreview(byId('preview'), (text) => (byId('copy-status').textContent = text));
  update();
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', () => void start(), { once: true });
else void start();
