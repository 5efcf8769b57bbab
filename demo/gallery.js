// Builds the gallery from the examples each element declares (src/elements/*/*.examples.ts, compiled to dist/esm).
// The examples are the project's own static markup, so writing them into the page as HTML is safe.
import { gallery } from '../dist/esm/examples.js';
import './locale-files.js';

const main = document.getElementById('gallery');
const nav = document.getElementById('gallery-nav');
const navList = document.createElement('ul');
nav.append(navList);

for (const group of gallery) {
  const section = document.createElement('section');
  section.className = 'group';
  section.id = group.tag;
  const heading = document.createElement('h2');
  heading.textContent = `${group.title} <${group.tag}>`;
  section.append(heading);
  navList.insertAdjacentHTML('beforeend', `<li><a href="#${group.tag}">${group.title}</a></li>`);

  for (const example of group.examples.filter((each) => !each.testOnly)) {
    const article = document.createElement('article');
    article.className = 'example';
    article.id = `${group.tag}-${example.id}`;
    const title = document.createElement('h3');
    title.textContent = example.title;
    const description = document.createElement('p');
    description.textContent = example.description;
    const preview = document.createElement('div');
    preview.className = 'preview';
    preview.innerHTML = example.html;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Markup to paste';
    const code = document.createElement('pre');
    code.textContent = example.html.trim();
    details.append(summary, code);
    article.append(title, description, preview, details);
    section.append(article);
  }
  main.append(section);
}

// The switcher sets `lang` on the gallery (each widget finds its nearest container's lang) and `theme` on every
// widget, the same two ways a site would.
const switcher = document.getElementById('switcher');
const originalThemes = new Map();
switcher.addEventListener('change', () => {
  const form = new FormData(switcher);
  const lang = form.get('lang');
  for (const region of [main, document.getElementById('brand-it')]) {
    if (lang) region.setAttribute('lang', lang);
    else region.removeAttribute('lang');
  }
  const theme = form.get('theme');
  for (const element of document.querySelectorAll('#gallery *, #brand-it *')) {
    if (!element.localName.startsWith('aw-')) continue;
    if (!originalThemes.has(element)) originalThemes.set(element, element.getAttribute('theme'));
    const value = theme || originalThemes.get(element);
    if (value) element.setAttribute('theme', value);
    else element.removeAttribute('theme');
  }
});
