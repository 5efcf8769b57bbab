/** Live examples on each element's page: the same list the gallery and the accessibility tests use. */
import { gallery } from '../examples.js';
import { h, richText } from './dom.js';

export function renderExamples(container: Element, tag: string): void {
  const group = gallery.find((each) => each.tag === tag);
  for (const example of group?.examples.filter((each) => !each.testOnly) ?? []) {
    const preview = h('div', { class: 'preview' });
    // The project's own example markup (fallback included, written from content), as the gallery renders it.
    preview.innerHTML = example.html;
    container.append(
      h(
        'article',
        { class: 'example', id: `example-${example.id}` },
        h('h3', {}, example.title),
        h('p', {}, richText(example.description)),
        preview,
        h('details', {}, h('summary', {}, 'Markup'), h('pre', {}, h('code', {}, example.html.trim()))),
      ),
    );
  }
}
