import type { Messages } from '../index.js';

/** Words only paper needs, in French: "vous" for adults, "tu" for a young reader. */
export const print: Messages['print'] = {
  public: {
    checked: (date) => `Numéros vérifiés le ${date}.`,
    scanWeb: 'Balayez le code pour ouvrir le site Web, ou tapez\u00a0:',
    scanText: 'Balayez le code pour écrire un texto, ou envoyez-le vous-même\u00a0:',
    localLabel: 'Aide locale',
    localNote:
      'Ajoutée par les personnes qui ont imprimé cet avis. Les lignes nationales ne l’ont pas vérifiée.',
    sourceAddress: 'À lire sur',
  },
  youth: {
    checked: (date) => `Numéros vérifiés le ${date}.`,
    scanWeb: 'Balaie le code pour ouvrir le site Web, ou tape\u00a0:',
    scanText: 'Balaie le code pour écrire un texto, ou envoie-le toi-même\u00a0:',
    localLabel: 'Aide locale',
    localNote:
      'Ajoutée par les personnes qui ont imprimé cet avis. Les lignes nationales ne l’ont pas vérifiée.',
    sourceAddress: 'Tu peux la lire sur',
  },
};
