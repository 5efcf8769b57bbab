/** Contrast of the chosen brand colours (WCAG 2.2 relative luminance), so a partner sees a problem before readers do. */
import type { BrandColours } from './choices.js';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The sentence under the colour fields, and whether it is a warning. */
export function contrastReport(colours: BrandColours): { text: string; warning: boolean } {
  const pairs: [string, string][] = [
    ['Text', colours.text],
    ['Accent', colours.accent],
  ];
  const low = pairs.filter(([, colour]) => contrast(colour, colours.background) < 4.5).map(([name]) => name);
  return low.length
    ? {
        text: `${low.join(' and ')} on this background is hard to read (contrast below 4.5 to 1). Choose a darker or lighter colour.`,
        warning: true,
      }
    : {
        text: 'Text and accent are readable on this background (contrast at least 4.5 to 1).',
        warning: false,
      };
}
