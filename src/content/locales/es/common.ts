import type { Messages } from '../index.js';

export const common: Messages['common'] = {
  source: 'Fuente',
  citedIn: 'citado en',
  dataYear: (year: number) => `datos de ${year}`,
  undated: 'no se indica el año de los datos',
  estimate: 'Estimación',
};
