import type { Messages } from '../index.js';

/**
 * Français (Canada d’abord). Typographie québécoise (OQLF) : espace insécable (\u00a0) avant le deux-points, à
 * l’intérieur des guillemets « » et dans les nombres (17\u00a0200, 19\u00a0%); pas d’espace avant ? ! ;.
 */
export const common: Messages['common'] = {
  source: 'Source',
  citedIn: 'cité dans',
  dataYear: (year: number) => `données de ${year}`,
  undated: 'année des données non indiquée',
  estimate: 'Estimation',
};
