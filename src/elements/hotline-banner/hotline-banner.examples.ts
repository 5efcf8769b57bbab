/**
 * Examples of `<aw-hotline-banner>`, for the gallery, the docs and the tests. The fallback inside each one (the
 * numbers as plain links, readable when the script does not run) is generated from the hotline data, so it can
 * never disagree with what the element shows.
 */
import {
  contactText,
  emergencyText,
  hotlineById,
  type Hotline,
  type HotlineAudience,
} from '../../content/hotlines.js';
import { helpFor } from '../../content/region-help.js';
import type { RegionCode } from '../../content/regions.js';
import { builtInLocales } from '../../content/locales/all.js';
import type { LocaleCode } from '../../content/locales/index.js';
import { escapeHtml as escape, type Example } from '../../core/examples.js';

interface FallbackOptions {
  /** A covered region, or null for the answer a region without built-in lines gets. */
  region?: RegionCode | null;
  audience?: HotlineAudience;
  lang?: LocaleCode;
  /** Explicit ids, as in the `hotline` attribute. */
  ids?: readonly string[];
  /**
   * The banner's `position`. A banner fixed to the top or bottom keeps the room its fallback took at the page's edge,
   * so its fallback is only the title and each line's links, not the opening and what each line is for.
   */
  position?: string;
}

/**
 * The plain-HTML list of contacts for hotline ids, in order: each line with its links, then the emergency numbers
 * as sentences, then, for a region without built-in lines, the words to call the local emergency number. The
 * banner's and the explainer's fallbacks share it, so both say what their element says.
 */
export function contactsFallbackHtml(
  ids: readonly string[],
  options: {
    audience?: HotlineAudience;
    lang?: LocaleCode;
    localEmergency?: boolean;
    purposes?: boolean;
  } = {},
): string[] {
  const { audience = 'public', lang = 'en', purposes = true } = options;
  const words = (builtInLocales[lang] ?? builtInLocales.en).hotlines;
  const entries = ids.map((id) => hotlineById(id)).filter((each): each is Hotline => !!each);
  const link = (href: string, text: string) => `<a href="${escape(href)}">${escape(text)}</a>`;
  // Emergency numbers close the fallback as a sentence: a link inside running text needs no 24px target, while a
  // lone link in a list item of plain, unstyled HTML is only one line of text tall.
  const items = entries
    .filter((hotline) => !hotline.emergency)
    .map((hotline) => {
      const links = hotline.channels.map((channel) => {
        const { action, number } = contactText(channel, words, audience);
        return link(channel.href, `${action} ${number}`);
      });
      // What the line is for and what happens when someone gets in touch, as the element says it to this reader.
      const entry = words.entries[hotline.id];
      const purpose = purposes && (audience === 'youth' ? entry.youthPurpose : entry.purpose);
      return `    <li>${escape(entry.name)}: ${purpose ? `${escape(purpose)} ` : ''}${links.join(', ')}</li>`;
    });
  const emergencies = entries
    .filter((hotline) => hotline.emergency)
    .map((hotline) => {
      const { action, number } = emergencyText(hotline, words, audience);
      return `  <p>${escape(action)} ${link(hotline.channels[0].href, number)}.</p>`;
    });
  if (options.localEmergency) {
    emergencies.push(
      `  <p>${escape(audience === 'youth' ? words.youthLocalEmergency : words.localEmergency)}</p>`,
    );
  }
  return ['  <ul>', ...items, '  </ul>', ...emergencies];
}

/**
 * The plain-HTML fallback for a banner, as the element words it for this reader: its title and opening, then each
 * hotline with what it is for and its links, in the banner's order; a young reader also learns what the phone keeps.
 */
export function hotlineFallbackHtml(options: FallbackOptions = {}): string {
  const { region = 'US', audience = 'public', lang = 'en' } = options;
  const words = (builtInLocales[lang] ?? builtInLocales.en).hotlines;
  const help = helpFor(region);
  const ids = options.ids ?? help.banner[audience];
  const youth = audience === 'youth';
  const localEmergency = !options.ids && help.localEmergency;
  const title = `  <p><strong>${escape(youth ? words.youthTitle : words.title)}</strong></p>`;
  if (options.position === 'top' || options.position === 'bottom') {
    return [title, ...contactsFallbackHtml(ids, { audience, lang, localEmergency, purposes: false })].join(
      '\n',
    );
  }
  return [
    title,
    `  <p>${escape(youth ? words.youthIntro : words.intro)}</p>`,
    ...contactsFallbackHtml(ids, { audience, lang, localEmergency }),
    ...(youth ? [`  <p>${escape(words.youthTraces)}</p>`] : []),
  ].join('\n');
}

/**
 * A school's own contacts as a partner writes them: plain links, readable without the script. 555-0100 is in the
 * range set aside for fiction, so no real line is rung from the gallery.
 */
export const LOCAL_CONTACTS_EXAMPLE = [
  '  <a slot="local-contact" href="tel:+15555550100" data-detail="Monday to Friday, 8am to 4pm">Lincoln Park school counsellor</a>',
  '  <a slot="local-contact" href="https://example.org/safeguarding">Our safeguarding lead</a>',
].join('\n');

function banner(attributes: string, fallback: FallbackOptions = {}): string {
  const open = attributes ? `<aw-hotline-banner ${attributes}>` : '<aw-hotline-banner>';
  return `${open}\n${hotlineFallbackHtml(fallback)}\n</aw-hotline-banner>`;
}

/** What the banner is for, in one line (the embed builder shows it under the element choice). */
export const hotlineBannerSummary =
  'Every way to get help in one country: call, text, report online, and the emergency number.';

export const hotlineBannerExamples: readonly Example[] = [
  {
    id: 'us',
    title: 'United States (default)',
    description:
      'The National Human Trafficking Hotline (call and text), NCMEC, the CyberTipline and 911 for emergencies.',
    html: banner(''),
  },
  {
    id: 'us-youth',
    title: 'Speaking to a young person',
    description: 'Warm, plain words for the young person who may need help, leading with call and text.',
    html: banner('audience="youth"', { audience: 'youth' }),
  },
  {
    id: 'canada',
    title: 'Canada',
    description: 'The Canadian Human Trafficking Hotline, Cybertip.ca and 911.',
    html: banner('region="CA"', { region: 'CA' }),
  },
  {
    id: 'canada-youth',
    title: 'Canada, speaking to a young person',
    description: 'The Canadian set in words for a young person.',
    html: banner('region="CA" audience="youth"', { region: 'CA', audience: 'youth' }),
  },
  {
    id: 'united-kingdom',
    title: 'United Kingdom',
    description: 'The Modern Slavery & Exploitation Helpline, the NSPCC Helpline, Childline and 999.',
    html: banner('region="GB"', { region: 'GB' }),
  },
  {
    id: 'united-kingdom-youth',
    title: 'United Kingdom, speaking to a young person',
    description: 'Childline first, because it is there for children and young people.',
    html: banner('region="GB" audience="youth"', { region: 'GB', audience: 'youth' }),
  },
  {
    id: 'uncovered-region',
    title: 'A country without built-in lines',
    description:
      'region="JP": no foreign number, only "call your local emergency number" and a directory of child helplines.',
    html: banner('region="JP"', { region: null }),
  },
  {
    id: 'local-contacts',
    title: "With the site's own local help",
    description:
      'Two slot="local-contact" links, shown first under a label saying the site added them. 555-0100 is a number reserved for examples.',
    html: `<aw-hotline-banner region="US">\n${LOCAL_CONTACTS_EXAMPLE}\n${hotlineFallbackHtml()}\n</aw-hotline-banner>`,
  },
  {
    id: 'chosen-hotlines',
    title: 'Chosen hotlines, in your order',
    description: 'Name built-in ids in `hotline`; they are shown in that order.',
    html: banner('hotline="ncmec,cybertipline,us-emergency"', {
      ids: ['ncmec', 'cybertipline', 'us-emergency'],
    }),
  },
  {
    id: 'spanish',
    title: 'In Spanish',
    description: 'Every word and every hotline description in Spanish.',
    html: banner('lang="es"', { lang: 'es' }),
  },
  {
    id: 'spanish-youth',
    title: 'In Spanish, speaking to a young person',
    description: 'Spanish for a young reader.',
    html: banner('lang="es" audience="youth"', { lang: 'es', audience: 'youth' }),
  },
  {
    id: 'french-canada',
    title: 'In French, in Canada',
    description: 'lang="fr-CA" with the French locale file: the Canadian lines under their French names.',
    html: banner('region="CA" lang="fr-CA"', { region: 'CA', lang: 'fr' }),
  },
  {
    id: 'mexico',
    title: 'Mexico',
    description:
      'region="MX": Spanish unless the page says otherwise, 911 and the directory of child helplines.',
    html: banner('region="MX"', { region: 'MX', lang: 'es' }),
  },
  {
    id: 'dismissible',
    title: 'Dismissible',
    description: 'A close button. Nothing is stored: the banner shows again on the next page.',
    html: banner('dismissible'),
  },
  {
    id: 'dismissible-remembered',
    title: 'Dismissible, remembered for 7 days',
    description:
      'With `remember`, the dismissal is kept on this device (with an expiry), the only use of storage.',
    html: banner('id="site-help" dismissible remember="7"'),
  },
  {
    id: 'with-quick-exit',
    title: 'With a quick exit',
    description: 'Adds a quick exit button (and Shift pressed three times) to the banner.',
    html: banner('quick-exit'),
  },
  {
    id: 'youth-with-quick-exit',
    title: 'For a young person, with a quick exit to your own safe page',
    description: 'The value of `quick-exit` is where the exit goes.',
    html: banner('audience="youth" quick-exit="https://www.wikipedia.org/"', { audience: 'youth' }),
  },
  {
    id: 'top',
    title: 'Fixed to the top of the window',
    description:
      'Stays in view, leaves room for the page and keeps focused elements clear of it; compact on small screens.',
    html: banner('position="top" dismissible', { position: 'top' }),
  },
  {
    id: 'bottom',
    title: 'Fixed to the bottom of the window',
    description: 'The same, at the bottom of the window.',
    html: banner('position="bottom" dismissible quick-exit', { position: 'bottom' }),
  },
  {
    id: 'unknown-hotline',
    title: 'Unknown hotline id',
    description: 'An id the library does not know falls back to the region set, with one warning.',
    html: banner('hotline="not-a-hotline"'),
    testOnly: true,
  },
  {
    id: 'unknown-region',
    title: 'Unknown region',
    description:
      'A region without built-in hotlines shows no foreign number: the local emergency advice and a directory of child helplines, with one warning.',
    html: banner('region="ZZ"'),
    testOnly: true,
  },
];
