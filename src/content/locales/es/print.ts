import type { Messages } from '../index.js';

/** Words only paper needs, in Spanish: "usted" for adults, "tú" for a young reader. */
export const print: Messages['print'] = {
  public: {
    checked: (date) => `Números verificados el ${date}.`,
    scanWeb: 'Escanee el código para abrir el sitio web, o escriba:',
    scanText: 'Escanee el código para empezar un mensaje, o envíelo usted:',
    localLabel: 'Ayuda local',
    localNote: 'La agregaron quienes imprimieron este aviso. Las líneas nacionales no la verificaron.',
    sourceAddress: 'Puede leerla en',
  },
  youth: {
    checked: (date) => `Números verificados el ${date}.`,
    scanWeb: 'Escanea el código para abrir el sitio web, o escribe:',
    scanText: 'Escanea el código para empezar un mensaje, o envíalo tú:',
    localLabel: 'Ayuda local',
    localNote: 'La agregaron quienes imprimieron este aviso. Las líneas nacionales no la verificaron.',
    sourceAddress: 'Puedes leerla en',
  },
};
