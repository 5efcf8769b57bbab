import type { Messages } from '../index.js';

export const quickExit: Messages['quickExit'] = {
  label: 'Salir de esta página',
  hint: 'O presione Shift 3 veces.',
  progress: (count: number) => `Presionó Shift ${count} de 3 veces.`,
};
