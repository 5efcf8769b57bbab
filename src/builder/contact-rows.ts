/**
 * The builder's rows for a partner's own contacts: one per contact the builder accepts (`MAX_LOCAL_CONTACTS`),
 * made from the page's `<template id="contact-row">`, each field with its own id and label; and each row's
 * message next to its address field.
 */
import { MAX_LOCAL_CONTACTS } from './iframe-url.js';

const byId = <T extends HTMLElement = HTMLInputElement>(doc: Document, id: string) =>
  doc.getElementById(id) as T;

/** The ids of one row's fields, for row `index` (from 0): `contact1-name`, `contact1-address` ... */
export const contactIds = (index: number) => ({
  name: `contact${index + 1}-name`,
  address: `contact${index + 1}-address`,
  detail: `contact${index + 1}-detail`,
  message: `contact${index + 1}-message`,
});

/** Writes the rows into `#contact-rows`, and their number into the hint above them. */
export function addContactRows(doc: Document): void {
  const template = byId<HTMLTemplateElement>(doc, 'contact-row');
  const rows = Array.from({ length: MAX_LOCAL_CONTACTS }, (_, index) => {
    const row = template.content.cloneNode(true) as DocumentFragment;
    const ids = contactIds(index);
    row.querySelector('[data-number]')!.textContent = String(index + 1);
    for (const field of ['name', 'address', 'detail', 'message'] as const) {
      row.querySelector(`[data-field="${field}"]`)!.id = ids[field];
      row.querySelector(`label[data-for="${field}"]`)?.setAttribute('for', ids[field]);
    }
    row.querySelector(`#${ids.address}`)!.setAttribute('aria-describedby', ids.message);
    return row;
  });
  byId(doc, 'contact-rows').replaceChildren(...rows);
  byId(doc, 'contact-count').textContent = String(MAX_LOCAL_CONTACTS);
}

/** Each contact row's message next to its address field, and the field marked invalid while it has one. */
export function showContactMessages(doc: Document, messages: readonly string[]): void {
  for (let index = 0; index < MAX_LOCAL_CONTACTS; index += 1) {
    const ids = contactIds(index);
    const message = messages[index] ?? '';
    const output = byId(doc, ids.message);
    if (output.textContent !== message) output.textContent = message;
    const address = byId(doc, ids.address);
    if (message) address.setAttribute('aria-invalid', 'true');
    else address.removeAttribute('aria-invalid');
  }
}
