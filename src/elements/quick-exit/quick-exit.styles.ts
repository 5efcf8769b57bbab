import { css } from 'lit';

export const quickExitStyles = css`
  .quick-exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    background: transparent;
  }
  /* Below a banner fixed to the top of the window (its height, set on <html> by the banner), never over its buttons. */
  .quick-exit.fixed {
    position: fixed;
    inset-block-start: calc(var(--_aw-fixed-top, 0px) + var(--_space) / 2);
    inset-inline-end: calc(var(--_space) / 2);
    z-index: 2147483000;
    flex-direction: column;
    align-items: flex-end;
  }
  button {
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  button:hover {
    text-decoration: underline;
  }
  /* The hint sits on its own surface: on a transparent row, dark-theme text would meet a light page. */
  .keys {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.875em;
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .progress {
    display: inline-flex;
    gap: 0.25rem;
  }
  .dot {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border: 2px solid var(--_text);
    border-radius: 50%;
  }
  .dot.filled {
    background: var(--_text);
  }
  /* Phones have no Shift key to press: the hint would only take room. */
  @media (hover: none) and (pointer: coarse) {
    .keys {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .dot {
      border-color: CanvasText;
    }
    .dot.filled {
      background: CanvasText;
    }
  }
`;
