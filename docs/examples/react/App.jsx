// React 19 renders custom elements natively: attributes and properties pass through, and a prop named
// `on` + the event name (`onaw-contact`) listens for that DOM event. No wrapper component is needed.
import { useState } from 'react';
import 'awareness-widgets/hotline-banner.js';
import 'awareness-widgets/fact-card.js';
// English is built in; each other language is one import (a locale pack), and only those imported are bundled.
import 'awareness-widgets/locales/es.js';

export function App({ onContact }) {
  const [lang, setLang] = useState('en');
  return (
    <main>
      <button type="button" onClick={() => setLang(lang === 'en' ? 'es' : 'en')}>
        {lang === 'en' ? 'Español' : 'English'}
      </button>
      <aw-hotline-banner region="CA" lang={lang} onaw-contact={(event) => onContact?.(event.detail)}>
        {/* Fallback: readable before the script runs, or if it never does. */}
        <p>
          Canadian Human Trafficking Hotline: <a href="tel:+18339001010">1-833-900-1010</a>
        </p>
      </aw-hotline-banner>
      <aw-fact-card fact="reports-2021" variant="compact" lang={lang}></aw-fact-card>
    </main>
  );
}
