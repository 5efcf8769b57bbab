import type { Messages } from '../index.js';

export const factCard: Messages['factCard'] = {
  carouselLabel: 'Faits sur la traite d’enfants à des fins sexuelles',
  carouselRole: 'carrousel',
  slideRole: 'fait',
  position: (current: number, total: number) => `Fait ${current} sur ${total}`,
  slideLabel: (current: number, total: number) => `${current} sur ${total}`,
  // Le nom long commence par le texte visible du bouton, comme en anglais.
  pause: 'Pause',
  pauseLabel: 'Pause\u00a0: arrêter le défilement des faits',
  play: 'Lecture',
  playLabel: 'Lecture\u00a0: faire défiler les faits',
  previous: 'Précédent',
  previousLabel: 'Fait précédent',
  next: 'Suivant',
  nextLabel: 'Fait suivant',
  noSource: 'source non indiquée',
};
