import type { Messages } from '../index.js';

/**
 * Le bouton de sortie rapide. L’indice est écrit au « tu » : c’est souvent une personne jeune qui en a besoin.
 * Sur un clavier canadien-français, la touche Shift s’appelle souvent Maj.
 */
export const quickExit: Messages['quickExit'] = {
  label: 'Quitter cette page',
  hint: 'Ou appuie 3 fois sur la touche Maj (Shift).',
  progress: (count: number) => `Touche Maj enfoncée ${count} fois sur 3.`,
};
