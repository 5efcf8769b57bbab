import { css } from 'lit';

/** Layout of `<aw-indicator-explainer>`. Reads only the private `--_*` tokens from the shared theme. */
export const indicatorExplainerStyles = css`
  .aw-root {
    padding: var(--_space);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }
  .title {
    margin-block: 0 calc(var(--_space) * 0.5);
    font-size: 1.375em;
    line-height: 1.25;
  }
  .framing {
    margin-block: 0 calc(var(--_space) * 0.75);
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_accent);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: var(--_space);
  }
  .control {
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_accent);
  }
  .control:hover {
    background: var(--_subtle);
  }
  .group + .group {
    margin-block-start: var(--_space);
  }
  .group-label {
    margin-block: 0 calc(var(--_space) * 0.25);
    font-weight: 700;
  }
  .item {
    border-block-end: var(--_border-width) solid var(--_border);
  }
  .group .item:first-of-type {
    border-block-start: var(--_border-width) solid var(--_border);
  }
  .item-heading {
    margin: 0;
    font-size: 1em;
    line-height: 1.4;
  }
  .item-heading button {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    width: 100%;
    padding-block: 0.6em;
    padding-inline: 0.25em;
    border: 0;
    border-radius: 0;
    background: transparent;
    font-weight: 700;
    text-align: start;
  }
  .item-heading button:hover {
    background: var(--_subtle);
  }
  .marker {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-block-start: 0.4em;
    border-inline-end: 2px solid var(--_accent);
    border-block-end: 2px solid var(--_accent);
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] .marker {
    transform: rotate(45deg);
  }
  /* In right-to-left text the closed chevron points left; open, it still points down. */
  :host(:dir(rtl)) .marker {
    transform: rotate(45deg);
  }
  :host(:dir(rtl)) [aria-expanded='true'] .marker {
    transform: rotate(-45deg);
  }
  .panel {
    padding-inline: 1.4em 0.25em;
    padding-block-end: 0.75em;
  }
  .panel p {
    margin-block: 0 0.5em;
  }
  .source {
    font-size: 0.875em;
  }
  .what-to-do {
    margin-block-start: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .what-to-do-title {
    margin-block: 0 0.5em;
    font-size: 1.125em;
  }
  .steps,
  .contacts {
    margin-block: 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .steps li + li,
  .contacts li + li {
    margin-block-start: 0.4em;
  }
  .contacts-label {
    margin-block: 0 0.25em;
    font-weight: 700;
  }
  .contacts {
    list-style: none;
    padding-inline-start: 0;
  }
  .contact-name {
    display: block;
    font-weight: 700;
  }
  .contact-purpose {
    display: block;
  }
  .contact-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .contact-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    min-inline-size: 44px;
  }
  .emergency .contact-link {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .marker {
      border-color: ButtonText;
    }
    .item-heading button {
      border: 0;
    }
  }

  /* On paper (a school notice board): every panel shown and no buttons to press. The theme prints light. */
  @media print {
    .controls,
    .marker {
      display: none;
    }
    .panel[hidden] {
      display: block;
    }
  }
`;
