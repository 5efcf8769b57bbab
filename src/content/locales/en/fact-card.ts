/** Words of `<aw-fact-card>` itself; the figures' words are in `facts.ts`, shared words in `common.ts`. */
export const factCard = {
  /** Names the rotating card, e.g. for a screen reader's list of regions. */
  carouselLabel: 'Facts about child sex trafficking',
  /** What a screen reader calls the rotating card and each figure in it. */
  carouselRole: 'carousel',
  slideRole: 'fact',
  /** The visible position, e.g. "Fact 2 of 5". */
  position: (current: number, total: number) => `Fact ${current} of ${total}`,
  /** The name of one figure in the rotation, read with `slideRole`: "2 of 5, fact". */
  slideLabel: (current: number, total: number) => `${current} of ${total}`,
  /** Visible button text, and the longer name a screen reader hears (it starts with the visible text). */
  pause: 'Pause',
  pauseLabel: 'Pause the facts',
  play: 'Play',
  playLabel: 'Play the facts',
  previous: 'Previous',
  previousLabel: 'Previous fact',
  next: 'Next',
  nextLabel: 'Next fact',
  /** Shown where a partner's own figure gives no source. */
  noSource: 'source not given',
};
