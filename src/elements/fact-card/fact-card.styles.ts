import { css } from 'lit';

export const factCardStyles = css`
  .card {
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_subtle);
    overflow-wrap: break-word;
  }
  p,
  ::slotted([slot='figure']),
  ::slotted([slot='sentence']) {
    margin: 0;
  }
  .figure,
  ::slotted([slot='figure']) {
    display: block;
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
  }
  /* A partner's figure and sentence are light-DOM elements, so a host's "* { color: … !important }" reaches them
     directly; only an !important rule in the shadow tree outranks it and keeps them readable. */
  ::slotted([slot='figure']) {
    color: var(--_accent) !important;
  }
  ::slotted([slot='sentence']) {
    color: var(--_text) !important;
  }
  .estimate {
    display: inline-block;
    margin-block-start: calc(var(--_space) * 0.5);
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    border: var(--_border-width) solid;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 700;
  }
  .sentence {
    margin-block-start: calc(var(--_space) * 0.5);
    font-size: 1.125em;
  }
  .citation {
    margin-block-start: calc(var(--_space) * 0.75);
    font-size: 0.875em;
  }
  abbr {
    text-decoration: none;
  }

  /* Compact: a sidebar-sized card. */
  .variant-compact .card {
    padding: calc(var(--_space) * 0.75);
  }
  .variant-compact .figure,
  .variant-compact ::slotted([slot='figure']) {
    font-size: 1.75em;
  }
  .variant-compact .sentence {
    font-size: 1em;
  }

  /* Rotation: controls first (pause first of all), then the figure. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .control {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .control:hover {
    border-color: var(--_accent);
  }
  .position {
    font-size: 0.875em;
  }
  .icon {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    flex: none;
    background: currentColor;
  }
  .icon.pause {
    background: linear-gradient(to right, currentColor 35%, transparent 35% 65%, currentColor 65%);
  }
  .icon.play,
  .icon.next {
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  .icon.previous {
    clip-path: polygon(100% 0, 0 50%, 100% 100%);
  }
  :host(:dir(rtl)) .icon.previous,
  :host(:dir(rtl)) .icon.next {
    transform: scaleX(-1);
  }
  /* Every fact sits in one grid cell; the hidden ones only give the cell the height of the tallest. */
  .slides {
    display: grid;
  }
  .slides > * {
    grid-area: 1 / 1;
  }
  .slide .card,
  .sizer .card {
    block-size: 100%;
  }
  .sizer {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
    }
    .icon:not(.pause) {
      background: ButtonText;
    }
    .figure {
      color: CanvasText;
    }
  }
`;
