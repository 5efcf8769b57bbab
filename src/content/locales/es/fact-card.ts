import type { Messages } from '../index.js';

export const factCard: Messages['factCard'] = {
  carouselLabel: 'Datos sobre la trata sexual de menores',
  carouselRole: 'carrusel',
  slideRole: 'dato',
  position: (current: number, total: number) => `Dato ${current} de ${total}`,
  slideLabel: (current: number, total: number) => `${current} de ${total}`,
  pause: 'Pausar',
  pauseLabel: 'Pausar los datos',
  play: 'Reproducir',
  playLabel: 'Reproducir los datos',
  previous: 'Anterior',
  previousLabel: 'Dato anterior',
  next: 'Siguiente',
  nextLabel: 'Dato siguiente',
  noSource: 'no se indica la fuente',
};
