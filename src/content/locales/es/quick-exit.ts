import type { Messages } from '../index.js';

/**
 * The quick exit speaks to whoever holds the phone, adult or young: its hint and progress are impersonal, so they
 * are right for "usted" and for "tú" alike.
 */
export const quickExit: Messages['quickExit'] = {
  label: 'Salir de esta página',
  hint: 'También funciona presionar Shift 3 veces.',
  progress: (count: number) => `Shift presionado ${count} de 3 veces.`,
};
