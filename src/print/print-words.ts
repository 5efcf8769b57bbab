import type { LocaleCode } from '../content/locales/index.js';

/**
 * The few words only paper needs, per built-in language: everything else on a print (titles, hotline names,
 * purposes, actions, numbers, figures and citations) is read from `src/content/` as the elements read it. These
 * belong in the locale tables (`src/content/locales/<code>/`) once the content work in progress there is merged;
 * the type makes a language without them a compile error meanwhile.
 */
export interface PrintWords {
  /** Under the numbers, in small type: when they were last checked. */
  readonly checked: (date: string) => string;
  /** Beside a code that opens a website. */
  readonly scanWeb: string;
  /** Beside a code that starts a text message. */
  readonly scanText: string;
  /** Over a partner's own contact, which the library cannot vouch for. */
  readonly localLabel: string;
  readonly localNote: string;
  /** The source's address, printed since paper has no links. */
  readonly sourceAddress: string;
}

type Audience = 'public' | 'youth';

export const printWords: Readonly<Record<LocaleCode, Readonly<Record<Audience, PrintWords>>>> = {
  en: {
    public: {
      checked: (date) => `Numbers checked on ${date}.`,
      scanWeb: 'Scan the code to open the website, or type:',
      scanText: 'Scan the code to start a text, or send it yourself:',
      localLabel: 'Local help',
      localNote: 'Added by the people who printed this notice. The national lines have not checked it.',
      sourceAddress: 'Read it at',
    },
    youth: {
      checked: (date) => `Numbers checked on ${date}.`,
      scanWeb: 'Scan the code to open the website, or type:',
      scanText: 'Scan the code to start a text, or send it yourself:',
      localLabel: 'Local help',
      localNote: 'Added by the people who printed this notice. The national lines have not checked it.',
      sourceAddress: 'Read it at',
    },
  },
  es: {
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
  },
};
