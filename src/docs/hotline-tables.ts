/**
 * One table of hotlines per covered region (src/content/regions.ts), then the directory a region without built-in
 * lines is given: every way to reach each line, what it is for, its hours and languages as the banner says them,
 * its sources and the date its numbers were verified.
 */
import { HOTLINE_IDS, type Hotline, type HotlineChannel } from '../content/hotlines.js';
import { reviewedHotlines, type HotlineRegion, type ReviewedHotline } from '../content/hotline-reviews.js';
import type { Messages } from '../content/locales/index.js';
import { REGION_CODES } from '../content/regions.js';
import { regionName as englishRegionName } from '../core/intl.js';
import { code, h, sourceChecked, sourceLink, table, type Child } from './dom.js';

/** Shown where a line's source gives no hours or languages, rather than a blank cell. */
const NOT_STATED = 'Not stated by the source.';

/** A region's name for the docs' headings (in English, like the rest of the page's own words). */
export function regionName(region: HotlineRegion): string {
  if (region === 'international') return 'Any other country';
  return englishRegionName(region);
}

function channelText(channel: HotlineChannel): Child[] {
  const shown = channel.vanity ? `${channel.vanity} (${channel.display})` : channel.display;
  const kind = { call: 'call', text: 'text', web: 'online', tty: 'TTY' }[channel.kind];
  const keywords = channel.keywords?.length ? ` (send ${channel.keywords.join(' or ')})` : '';
  return [`${kind}: `, h('a', { href: channel.href }, shown), keywords];
}

/** A line's hours in the reader's language, as the banner shows them. */
export function hoursText(hotline: Hotline, messages: Messages): string {
  return hotline.hours ? messages.hotlines.hours[hotline.hours] : NOT_STATED;
}

function row(hotline: ReviewedHotline, messages: Messages): Child[] {
  const words = messages.hotlines.entries[hotline.id];
  return [
    [h('strong', {}, words.name), h('br'), code(hotline.id)],
    hotline.channels.map((channel, index) => [index ? h('br') : '', channelText(channel)]),
    // An emergency number has no purpose text: show the line the elements show ("In an emergency, call 911").
    words.purpose ?? `${messages.hotlines.actions.emergency} ${hotline.channels[0].display}`,
    hoursText(hotline, messages),
    hotline.languages ? messages.hotlines.manyLanguages : NOT_STATED,
    hotline.sources.map((source, index) => [index ? h('br') : '', sourceLink(source), sourceChecked(source)]),
    hotline.recheck ? [hotline.verified, h('br'), `To re-check live: ${hotline.recheck}`] : hotline.verified,
  ];
}

export function renderHotlines(
  container: Element,
  messages: Messages,
  shown: readonly HotlineRegion[] = [...REGION_CODES, 'international'],
): void {
  for (const region of shown) {
    const name = regionName(region);
    const lines = HOTLINE_IDS.map((id) => reviewedHotlines[id]).filter(
      (hotline) => hotline.region === region,
    );
    container.append(
      h('h3', {}, name, region === 'international' ? '' : [' (', code(region), ')']),
      table(
        `Hotlines for ${name}`,
        ['hotline', 'how to reach it', 'for', 'hours', 'languages', 'source', 'verified'],
        lines.map((hotline) => row(hotline, messages)),
      ),
    );
  }
}
