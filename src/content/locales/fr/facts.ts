import type { Messages } from '../index.js';

/**
 * Les mots de chaque fait en français. Chaque phrase nomme l’année des données, jamais « aujourd’hui » ni « cette
 * année ». Les nombres suivent l’usage français : espace insécable (\u00a0) entre les milliers et avant %, virgule
 * décimale (4,3\u00a0%). Aucun nombre ni aucune année n’est changé.
 */
export const facts: Messages['facts'] = {
  'reports-2021': {
    figure: 'Plus de 17\u00a0200',
    sentence:
      'En 2021, le NCMEC a reçu plus de 17\u00a0200 signalements de cas possibles de traite d’enfants à des fins sexuelles.',
  },
  'every-state-2021': {
    figure: 'Les 50 États',
    sentence:
      'En 2021, le NCMEC avait déjà reçu des signalements de traite d’enfants à des fins sexuelles dans les 50 États. Il en avait aussi reçu de Washington, D.C., et de Porto Rico.',
  },
  'runaways-2021': {
    figure: '1 sur 6',
    sentence:
      'En 2021, le NCMEC a reçu des signalements pour plus de 25\u00a0000 enfants qui avaient fugué. Parmi eux, 1 sur 6 était probablement victime de traite à des fins sexuelles.',
  },
  'child-welfare-runaways-2021': {
    figure: '19\u00a0%',
    sentence:
      'En 2021, le NCMEC a reçu des signalements d’enfants qui avaient fugué d’une famille d’accueil ou d’un autre milieu de la protection de l’enfance. Parmi eux, 19\u00a0% étaient probablement victimes de traite à des fins sexuelles.',
  },
  'missing-entries-2022': {
    figure: '359\u00a0094',
    sentence:
      'En 2022, la base de données nationale du FBI sur la criminalité contenait 359\u00a0094 fiches d’enfants disparus.',
  },
  'reports-2019': {
    figure: 'Plus de 10\u00a0700',
    sentence:
      'En 2019, le NCMEC a reçu plus de 10\u00a0700 signalements de cas possibles de traite à des fins sexuelles et les a transmis à la police.',
  },
  'runaways-2019': {
    figure: '1 sur 6',
    sentence:
      'En 2019, le NCMEC a reçu des signalements pour plus de 26\u00a0300 enfants qui avaient fugué et qui étaient en danger. Parmi eux, 1 sur 6 était probablement victime de traite à des fins sexuelles.',
  },
  'average-age-2019': {
    figure: '15 ans',
    sentence:
      'En 2019, certains enfants signalés disparus au NCMEC étaient victimes de traite à des fins sexuelles. En moyenne, ils avaient 15 ans.',
  },
  'reports-2015': {
    figure: 'Environ 11\u00a0800',
    sentence:
      'En 2015, le NCMEC a apporté son aide pour environ 11\u00a0800 signalements de cas possibles de traite d’enfants à des fins sexuelles.',
  },
  'runaways-2015': {
    figure: '1 sur 5',
    sentence:
      'En 2015, le NCMEC a reçu des signalements d’enfants qui avaient fugué et qui étaient en danger. Parmi eux, 1 sur 5 était probablement victime de traite à des fins sexuelles.',
  },
  'likely-victims-in-care-2015': {
    figure: '74\u00a0%',
    sentence:
      'En 2015, le NCMEC a reçu des signalements d’enfants qui avaient fugué et qui étaient en danger. Parmi eux, 1 sur 5 était probablement victime de traite à des fins sexuelles. La plupart de ces victimes, soit 74\u00a0%, vivaient en famille d’accueil ou étaient prises en charge par les services sociaux au moment de leur disparition.',
  },
  'average-age-2015': {
    figure: '15 ans et demi',
    sentence:
      'En 2015, certains enfants signalés disparus au NCMEC étaient victimes de traite à des fins sexuelles. En moyenne, ils avaient 15 ans et demi.',
  },
  'boys-2015': {
    figure: '4,3\u00a0%',
    sentence:
      'En 2015, les garçons représentaient 4,3\u00a0% des enfants victimes de traite à des fins sexuelles connus du NCMEC. Par le passé, ils représentaient moins de 1\u00a0%.',
  },
  'children-exploited-estimate': {
    figure: 'Au moins 100\u00a0000',
    sentence:
      'Selon une estimation du NCMEC, au moins 100\u00a0000 enfants aux États-Unis sont exploités sexuellement chaque année, pour de l’argent ou un autre avantage. C’est une estimation. Les experts ne s’entendent pas sur ce chiffre.',
  },
};
