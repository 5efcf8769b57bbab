/**
 * The typings a host gets: tag names map to element classes and `aw-*` events carry typed details. The type
 * assertions below fail `tsc --noEmit` (part of `npm test`) when a map is missing or wrong; the tests check that
 * the runtime events match what the types promise.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './helpers/all-locales.js';
import {
  FactCardElement,
  HotlineBannerElement,
  IndicatorExplainerElement,
  QuickExitElement,
  type AwarenessEventMap,
  type ContactDetail,
  type DismissDetail,
  type ExitDetail,
  type FactChangeDetail,
  type ToggleDetail,
} from '../src/index.js';
import { REGION_ALIASES, REGION_CODES, type RegionCode } from '../src/content/regions.js';
import type {
  FactCardAttributes,
  HotlineBannerAttributes,
  IndicatorExplainerAttributes,
  OnEventProps,
  RegionAlias,
} from '../src/types/attributes.js';
import type { AwarenessReactElements } from '../src/types/react.js';
import { emit } from '../src/core/events.js';

/** True only when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(_proof?: T): void {}

// Tag names: createElement and querySelector return the element class.
function typedCreate(): void {
  const card = document.createElement('aw-fact-card');
  assertType<Equal<typeof card, FactCardElement>>();
  const exit = document.querySelector('aw-quick-exit');
  assertType<Equal<typeof exit, QuickExitElement | null>>();
  void [card, exit];
}
assertType<Equal<HTMLElementTagNameMap['aw-hotline-banner'], HotlineBannerElement>>();
assertType<Equal<HTMLElementTagNameMap['aw-indicator-explainer'], IndicatorExplainerElement>>();
assertType<Equal<HTMLElementTagNameMap['aw-quick-exit'], QuickExitElement>>();

// Events: on an element, on document and on window, the listener gets a CustomEvent with the right detail.
assertType<Equal<HTMLElementEventMap['aw-contact'], CustomEvent<ContactDetail>>>();
assertType<Equal<HTMLElementEventMap['aw-dismiss'], CustomEvent<DismissDetail>>>();
assertType<Equal<HTMLElementEventMap['aw-exit'], CustomEvent<ExitDetail>>>();
assertType<Equal<HTMLElementEventMap['aw-toggle'], CustomEvent<ToggleDetail>>>();
assertType<Equal<HTMLElementEventMap['aw-fact-change'], CustomEvent<FactChangeDetail>>>();
assertType<Equal<DocumentEventMap['aw-contact'], AwarenessEventMap['aw-contact']>>();
assertType<Equal<WindowEventMap['aw-exit'], AwarenessEventMap['aw-exit']>>();
assertType<Equal<ContactDetail['channel'], 'call' | 'text' | 'web' | 'tty'>>();
assertType<Equal<ExitDetail['trigger'], 'button' | 'keyboard'>>();

// Framework typings: attributes take the content's values, and `onaw-*` handlers get the event's detail.
assertType<Equal<HotlineBannerAttributes['region'], RegionCode | RegionAlias | undefined>>();
assertType<Equal<IndicatorExplainerAttributes['region'], HotlineBannerAttributes['region']>>();
assertType<Equal<FactCardAttributes['variant'], 'full' | 'compact' | undefined>>();
assertType<
  Equal<
    OnEventProps<{ 'aw-contact': CustomEvent<ContactDetail> }>,
    { 'onaw-contact'?: (event: CustomEvent<ContactDetail>) => void }
  >
>();
assertType<
  Equal<
    Parameters<NonNullable<AwarenessReactElements['aw-quick-exit']['onaw-exit']>>[0],
    CustomEvent<ExitDetail>
  >
>();
// @ts-expect-error: a region the content does not list.
void ({ region: 'XX' } satisfies HotlineBannerAttributes);
// @ts-expect-error: the banner sends no aw-toggle.
void ({ 'onaw-toggle': () => {} } satisfies AwarenessReactElements['aw-hotline-banner']);

/** Compiles only while `addEventListener` infers the detail type from the event name. */
function typedListeners(banner: HotlineBannerElement): void {
  banner.addEventListener('aw-contact', (event) => {
    assertType<Equal<typeof event.detail.channel, ContactDetail['channel']>>();
    // @ts-expect-error: a detail that is typed has no made-up fields (with an untyped map this would be `any`).
    void event.detail.notAField;
  });
  document.addEventListener('aw-dismiss', (event) => {
    assertType<Equal<typeof event.detail.rememberDays, number | null>>();
    void event;
  });
  window.addEventListener('aw-exit', (event) => {
    assertType<Equal<typeof event.detail.href, string>>();
    void event;
  });
}

/** Compiles only while `emit` ties each event name to its own detail (core/events.ts). */
function typedEmit(target: EventTarget): void {
  emit(target, 'aw-toggle', { id: 'running-away', open: true, set: 'warning-signs' });
  // @ts-expect-error: aw-toggle's detail is not aw-dismiss's.
  emit(target, 'aw-toggle', { rememberDays: 1 });
  // @ts-expect-error: a name the library does not send.
  emit(target, 'aw-made-up', {});
  // @ts-expect-error: aw-contact from a built-in line names its hotline and channel.
  emit(target, 'aw-contact', { href: 'tel:911' });
}

describe('the typed emit', () => {
  it('sends the event a host hears on the document, from inside a shadow root, with its detail', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const heard: Event[] = [];
    const listen = (event: Event) => heard.push(event);
    document.addEventListener('aw-dismiss', listen);
    try {
      expect(emit(inner, 'aw-dismiss', { rememberDays: 30 })).to.equal(true);
    } finally {
      document.removeEventListener('aw-dismiss', listen);
    }
    expect(heard).to.have.length(1);
    expect((heard[0] as CustomEvent<DismissDetail>).detail).to.deep.equal({ rememberDays: 30 });
    expect(heard[0].composed && heard[0].bubbles).to.equal(true);
    expect(heard[0].cancelable).to.equal(false);
  });

  it('lets a host cancel an event sent as cancelable, and says so', async () => {
    const target = await fixture<HTMLDivElement>(html`<div></div>`);
    target.addEventListener('aw-exit', (event) => event.preventDefault());
    expect(emit(target, 'aw-exit', { href: 'https://example.org/', trigger: 'button' }, true)).to.equal(
      false,
    );
  });
});

void typedEmit;

describe('typings for hosts', () => {
  it('sends aw-contact with the detail its type describes when a hotline is called', async () => {
    const banner = await fixture<HotlineBannerElement>(
      html`<aw-hotline-banner region="CA"></aw-hotline-banner>`,
    );
    typedListeners(banner);
    const seen: ContactDetail[] = [];
    banner.addEventListener('aw-contact', (event) => {
      event.preventDefault();
      seen.push(event.detail);
    });
    // Stop the tel: link from navigating the test page; the event has already been sent by then.
    document.addEventListener('click', (event) => event.preventDefault(), { once: true, capture: false });
    const call = banner.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:+18339001010"]')!;
    call.click();
    expect(seen).to.deep.equal([
      { hotline: 'canadian-human-trafficking-hotline', channel: 'call', href: 'tel:+18339001010' },
    ]);
  });

  it('types region with every code and alias the elements accept, and no other', () => {
    // Each alias of src/content/regions.ts must be in the RegionAlias type: this object lists the type's members.
    const typed: Record<RegionAlias, true> = { UK: true };
    expect(Object.keys(REGION_ALIASES).sort()).to.deep.equal(Object.keys(typed).sort());
    const codes: readonly RegionCode[] = REGION_CODES;
    expect(codes).to.include('US');
  });

  it('creates the element class for each tag name', () => {
    typedCreate();
    expect(document.createElement('aw-fact-card')).to.be.instanceOf(FactCardElement);
    expect(document.createElement('aw-hotline-banner')).to.be.instanceOf(HotlineBannerElement);
    expect(document.createElement('aw-indicator-explainer')).to.be.instanceOf(IndicatorExplainerElement);
    expect(document.createElement('aw-quick-exit')).to.be.instanceOf(QuickExitElement);
  });
});
