import { css, unsafeCSS } from 'lit';

/**
 * The styling surface every element shares. Partners set the public `--aw-*` custom properties on the element
 * or any ancestor; inside, only the private `--_*` copies are read, so one fallback value lives in one place.
 */
// Written without spaces, because the build minifies css`` templates but not the text given to unsafeCSS. Focus
// uses the accent colour's default; `subtle` is the accent mixed into the background at `subtleShare` percent.
const tokens = (
  text: string,
  background: string,
  accent: string,
  onAccent: string,
  border: string,
  subtleShare: number,
) =>
  unsafeCSS(
    `--_text:var(--aw-text-color,${text});--_background:var(--aw-background-color,${background});` +
      `--_accent:var(--aw-accent-color,${accent});--_on-accent:var(--aw-on-accent-color,${onAccent});` +
      `--_border:var(--aw-border-color,${border});--_focus:var(--aw-focus-color,${accent});` +
      `--_subtle:color-mix(in srgb,var(--_accent) ${subtleShare}%,var(--_background));`,
  );

const lightTokens = tokens('#1b1b1f', '#ffffff', '#0a57a4', '#ffffff', '#6e6e78', 8);
const darkTokens = tokens('#f1f1f4', '#17181d', '#8cc3ff', '#0b0c10', '#8d8d99', 12);

export const themeStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .aw-root {
    ${lightTokens}
    --_radius: var(--aw-radius, 0.5rem);
    --_space: var(--aw-spacing, 1rem);
    --_border-width: 1px;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--aw-font-family, inherit);
    /* A host page's rules reach the custom element itself (*, all: unset, !important) and pass every
       inherited text property into the shadow root. Set them all here so the words read the same on any page.
       'medium' is the reader's own default size: it ignores a root font-size hack (62.5%, 36px) but follows the
       browser setting and zoom. Sizes inside should be in em, not rem, for the same reason. */
    font-size: medium;
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    text-shadow: none;
  }
  /* Dark on screens only: paper takes no background, so a printed page gets the light colours, dark on white. */
  @media screen {
    .aw-root.theme-dark {
      ${darkTokens}
      color-scheme: dark;
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    .aw-root.theme-auto {
      ${darkTokens}
      color-scheme: dark;
    }
  }
  @media (prefers-contrast: more) {
    .aw-root {
      --_border: var(--_text);
      --_border-width: 2px;
    }
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* One look for every button; elements change only what differs. */
  button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .aw-root {
      border: 1px solid CanvasText;
    }
    a {
      color: LinkText;
    }
    button {
      border: 1px solid ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
