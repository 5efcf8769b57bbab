import { css } from 'lit';

export const hotlineBannerStyles = css`
  .banner {
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
  }
  /* \`fixed\`: a top or bottom banner; \`compact\`: a fixed one the reader has not expanded. */
  .fixed {
    position: fixed;
    inset-inline: 0;
    z-index: 2147482000;
    max-block-size: 50vh;
    overflow-y: auto;
    border-radius: 0;
    border-inline-start-width: var(--_border-width);
    padding-block: calc(var(--_space) * 0.75);
    box-shadow: 0 0 0.75rem rgb(0 0 0 / 0.25);
  }
  /*
   * Prerendered (declarative shadow DOM, painted before the script): no script has kept room for a top banner yet,
   * so it stands in the flow at the top of the page. When the script takes over, the banner is fixed and its host
   * keeps the same height where it stood, so nothing on the page moves. (A bottom banner stays fixed: standing in
   * the flow it would sit at the end of the page, then jump into view.)
   */
  .banner.prerendered.top {
    position: relative;
  }
  .banner.top {
    inset-block-start: 0;
    border-block-start: 0;
    border-block-end-width: 0.25rem;
    border-block-end-color: var(--_accent);
  }
  .banner.bottom {
    inset-block-end: 0;
    border-block-end: 0;
    border-block-start-width: 0.25rem;
    border-block-start-color: var(--_accent);
  }
  p {
    margin: 0;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    float: inline-end;
    margin-inline-start: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) / 2);
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
  }
  .intro {
    margin-block-start: 0.25rem;
  }
  .traces {
    margin-block-start: calc(var(--_space) * 0.75);
    font-size: 0.9375em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .hotlines {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 0.75);
    clear: both;
  }
  .name {
    font-weight: 700;
  }
  .hotline,
  .channels {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .contact {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.3em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.25rem;
    font-weight: 600;
  }
  .number {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* A web address is one long word: let it break anywhere rather than widen a phone's page. */
  .address {
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: 0.875em;
  }
  .emergency {
    grid-column: 1 / -1;
    font-size: 1.0625em;
  }
  button.copy {
    min-block-size: 32px;
    font-size: 0.875em;
  }
  button.dismiss {
    font-size: 1.5em;
    line-height: 1;
    padding-inline: 0.5rem;
  }
  button.toggle {
    display: none;
    margin-block-start: 0.5rem;
  }
  /* Empty until a number is copied, but always there, so screen readers are listening when it fills. */
  .status:empty {
    margin: 0;
  }
  .status {
    margin-block-start: 0.5rem;
    font-size: 0.875em;
  }
  /* A phone shows the number and a tap calls it: the copy button would only take room. */
  @media (hover: none) and (pointer: coarse) {
    button.copy {
      display: none;
    }
  }
  /*
   * A fixed banner stays compact on every screen, so it covers little of the page: two lines, the call and text
   * links of the first hotline and the emergency number, with a button that shows every way to get help.
   */
  @media screen {
    .fixed button.toggle {
      display: inline-block;
    }
    .compact :is(.intro, .purpose, .meta, .name, .copy, .web, .tty, .traces, .local),
    .compact .hotline ~ .hotline {
      display: none;
    }
    .compact .title {
      display: inline;
      margin-inline-end: var(--_space);
    }
    .compact button.toggle {
      margin-block-start: 0;
    }
    /* The first hotline's links and the emergency line flow as one wrapping row. */
    .compact :is(.hotline, .channels) {
      display: contents;
    }
    .compact .hotlines {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: var(--_space);
      row-gap: 0;
      margin-block-start: 0;
    }
  }
  /* On paper every line prints, the site's own with the national ones, in the page's flow, with nothing to press. */
  @media print {
    .fixed {
      position: static;
      max-block-size: none;
      overflow: visible;
      box-shadow: none;
    }
    .tools,
    button {
      display: none;
    }
  }
`;
