/**
 * The print kit page (demo/print.html): a form of choices, and a preview that is the sheet itself, at paper size,
 * laid out by the same CSS that prints it. The choices live in the page's URL too, so a sheet can be bookmarked or
 * shared and the PDF checks (scripts/print-check.mjs) open exactly the sheet they test.
 */
import { render } from 'lit';
import { allFacts } from '../content/facts.js';
import { HOTLINE_AUDIENCES } from '../content/hotlines.js';
import { DEFAULT_REGION, REGION_CODES, type RegionCode } from '../content/regions.js';
import { SUPPORTED_LOCALES, type LocaleCode } from '../content/locales/index.js';
import {
  classifyLocalContact,
  localContactHref,
  plainContactText,
  type AcceptedLocalContact,
} from '../core/local-contact.js';
import { builtInLocales } from '../content/locales/all.js';
import { languageName, regionName } from '../core/intl.js';
import { warnOnce } from '../core/warn.js';
import {
  PAGE_MARGIN_MM,
  PAPER_SIZES,
  PAPERS,
  PRINT_KINDS,
  type Paper,
  type PrintKind,
  type PrintLocalContact,
  type PrintOptions,
} from './print-options.js';
import { renderSheet } from './print-sheet.js';

const form = document.getElementById('print-form') as HTMLFormElement;
const sheet = document.getElementById('sheet') as HTMLElement;
const pageRule = document.getElementById('page-rule') as HTMLStyleElement;
const contactStatus = document.getElementById('local-contact-status') as HTMLElement;
const fitStatus = document.getElementById('fit-status') as HTMLElement;

const control = <T extends HTMLElement = HTMLInputElement>(name: string) =>
  form.elements.namedItem(name) as unknown as T;

function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

/** Fills the choices that come from content: regions, languages and figures, never typed here. */
function fillChoices(): void {
  const option = (value: string, label: string) => new Option(label, value);
  control<HTMLSelectElement>('region').append(...REGION_CODES.map((code) => option(code, regionName(code))));
  control<HTMLSelectElement>('language').append(
    ...SUPPORTED_LOCALES.map((code) => option(code, languageName(code, code))),
  );
  control<HTMLSelectElement>('second-language').append(
    ...SUPPORTED_LOCALES.map((code) => option(code, languageName(code, code))),
  );
  const english = builtInLocales['en'].facts;
  control<HTMLSelectElement>('fact').append(
    ...allFacts().map((fact) => {
      const year = fact.citation.dataYear === 'undated' ? 'undated' : fact.citation.dataYear;
      return option(fact.id, `${english[fact.id].figure} (${year})`);
    }),
  );
}

/** The partner's contact from the form, judged by the shared `local-contact` rules. */
function readLocalContact(): PrintLocalContact | null {
  const name = plainContactText(control('contact-name').value);
  const rawAddress = plainContactText(control('contact-address').value);
  const detail = plainContactText(control('contact-detail').value);
  if (!name && !rawAddress) {
    contactStatus.textContent = '';
    return null;
  }
  let link: AcceptedLocalContact | null = null;
  if (rawAddress) {
    const judged = classifyLocalContact(localContactHref(rawAddress), document.baseURI);
    if (judged.accepted) link = judged;
    else warnOnce(judged.reason);
  }
  contactStatus.textContent = link
    ? ''
    : rawAddress
      ? 'This address is not a phone number, text number, email address or web page: it prints as plain text and no code points to it.'
      : 'Add a phone number, text number, email address or web page for this contact.';
  return { name: name || rawAddress, detail, link, rawAddress };
}

function readOptions(): PrintOptions {
  const value = (name: string) => control(name).value;
  const first = oneOf<LocaleCode>(value('language'), SUPPORTED_LOCALES, 'en');
  const second = value('second-language');
  const languages =
    second && second !== first && (SUPPORTED_LOCALES as readonly string[]).includes(second)
      ? [first, second as LocaleCode]
      : [first];
  const fact = value('fact');
  return {
    kind: oneOf<PrintKind>(value('kind'), PRINT_KINDS, 'poster'),
    region: oneOf<RegionCode>(value('region'), REGION_CODES, DEFAULT_REGION),
    languages,
    audience: oneOf(value('audience'), HOTLINE_AUDIENCES, 'public'),
    paper: oneOf<Paper>(value('paper'), PAPERS, 'letter'),
    fact: allFacts().some((each) => each.id === fact) ? fact : null,
    localContact: readLocalContact(),
  };
}

const FIELDS = [
  'kind',
  'region',
  'language',
  'second-language',
  'audience',
  'paper',
  'fact',
  'contact-name',
  'contact-address',
  'contact-detail',
];

/** Choices from the URL (`?kind=flyer&paper=a4&language=en&second-language=es`), as the form's starting state. */
function readUrl(): void {
  const params = new URLSearchParams(location.search);
  for (const name of FIELDS) {
    const given = params.get(name);
    if (given == null) continue;
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList) {
      for (const radio of field) if (radio instanceof HTMLInputElement) radio.checked = radio.value === given;
    } else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
      field.value = given;
    }
  }
}

function writeUrl(): void {
  const params = new URLSearchParams();
  for (const name of FIELDS) {
    const value = control(name).value;
    if (value) params.set(name, value);
  }
  history.replaceState(null, '', `?${params}`);
}

/** The content area of the page, in millimetres: what the sheet's box is in the preview and on paper. */
function applyPaper(options: PrintOptions): void {
  const paper = PAPER_SIZES[options.paper];
  pageRule.textContent = `@page { size: ${paper.css} portrait; margin: ${PAGE_MARGIN_MM}mm; }`;
  sheet.style.setProperty('--sheet-width', `${paper.width - 2 * PAGE_MARGIN_MM}mm`);
  sheet.style.setProperty('--sheet-height', `${paper.height - 2 * PAGE_MARGIN_MM}mm`);
  sheet.style.setProperty('--margin', `${PAGE_MARGIN_MM}mm`);
}

/** True when something on the sheet reaches outside it (then it would not print whole on one page). */
function sheetOverflows(): boolean {
  // The content box: on screen the sheet's padding draws the page margin, which on paper is @page's margin and
  // holds nothing, so content reaching into the padding would spill onto a second page.
  const outer = sheet.getBoundingClientRect();
  const style = getComputedStyle(sheet);
  const box = {
    top: outer.top + parseFloat(style.paddingTop),
    right: outer.right - parseFloat(style.paddingRight),
    bottom: outer.bottom - parseFloat(style.paddingBottom),
    left: outer.left + parseFloat(style.paddingLeft),
  };
  const slack = 0.5;
  return [...sheet.querySelectorAll('*')].some((element) => {
    const rect = element.getBoundingClientRect();
    if (!rect.width && !rect.height) return false;
    if (element.closest('.crop-marks')) return false;
    return (
      rect.bottom > box.bottom + slack ||
      rect.right > box.right + slack ||
      rect.left < box.left - slack ||
      rect.top < box.top - slack
    );
  });
}

/**
 * Lays the sheet out, stepping the secondary type (names, purposes, notes; never the numbers) down until it fits
 * on one page. A sheet that still does not fit says so beside the preview instead of printing cut off.
 */
function fit(): void {
  const levels = ['0', '1', '2', '3'];
  for (const level of levels) {
    sheet.dataset.dense = level;
    if (!sheetOverflows()) {
      fitStatus.textContent = '';
      return;
    }
  }
  fitStatus.textContent =
    'This sheet is too full for one page: leave out the figure or the local contact, or choose one language.';
}

function update(): void {
  const options = readOptions();
  sheet.className = `sheet ${options.kind} paper-${options.paper} audience-${options.audience}`;
  sheet.dataset.languages = options.languages.join(' ');
  applyPaper(options);
  render(renderSheet(options), sheet);
  fit();
  writeUrl();
}

fillChoices();
readUrl();
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.print();
});
update();
// Ready (for a reader's print and for the PDF check) once the fonts are in and the sheet is fitted with them.
void document.fonts.ready.then(() => {
  fit();
  form.dataset.ready = '';
});
