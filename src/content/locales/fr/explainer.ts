import type { Messages } from '../index.js';

/** « Vous » pour les parents et le personnel scolaire, « tu » pour la personne jeune. */
export const explainer: Messages['explainer'] = {
  framing: {
    parent:
      'Les signes n’apparaissent pas tous, et aucun signe à lui seul ne prouve quoi que ce soit. Chacun est une raison de poser une question avec bienveillance. Ce n’est jamais la faute de l’enfant.',
    educator:
      'Les signes n’apparaissent pas tous, et aucun signe à lui seul ne prouve quoi que ce soit. Chacun est une raison de poser une question avec bienveillance. Ce n’est jamais la faute de l’enfant.',
    youth:
      'Aucun signe à lui seul ne prouve quoi que ce soit. Si tu sens que quelque chose ne va pas, parles-en à quelqu’un. Ce n’est jamais ta faute.',
  },
  expandAll: 'Tout ouvrir',
  collapseAll: 'Tout fermer',
  expandAllLabel: (set: string) => `Tout ouvrir\u00a0: ${set}`,
  collapseAllLabel: (set: string) => `Tout fermer\u00a0: ${set}`,
  myth: 'Mythe\u00a0:',
  fact: 'Réalité\u00a0:',
  // Les étapes qui nomment le NCMEC, une ligne avec textos ou le signalement obligatoire valent pour les
  // États-Unis seulement; les autres valent partout, au Canada aussi.
  whatToDo: {
    parent: {
      title: 'Que faire',
      steps: {
        talk: 'Parlez calmement. Écoutez, sans juger ni blâmer.',
        disclosure:
          'Si un enfant se confie à vous, croyez-le et restez calme. N’insistez pas pour avoir des détails et ne promettez pas de garder le secret.',
        noConfront: 'Ne confrontez pas la personne que vous soupçonnez d’être un trafiquant.',
        missingNcmec: 'Si votre enfant a disparu, appelez la police, puis le NCMEC.',
        missing: 'Si votre enfant a disparu, appelez la police tout de suite.',
        hotline: 'Communiquez avec la ligne d’aide. Vous n’avez pas besoin d’en avoir la certitude.',
        services:
          'Communiquez avec l’un des services ci-dessous. Vous n’avez pas besoin d’en avoir la certitude.',
      },
    },
    educator: {
      title: 'Que faire',
      steps: {
        mandatedReporter:
          'Suivez les étapes de signalement de votre école. La loi peut vous obliger à faire un signalement.',
        school:
          'Suivez les étapes de protection de l’enfance de votre école. Prévenez la personne qui en est responsable.',
        talk: 'Parlez avec l’élève en privé, sans juger.',
        disclosure:
          'Si un élève se confie à vous, croyez-le et restez calme. N’insistez pas pour avoir des détails et ne promettez pas de garder le secret.',
        noConfront:
          'Ne confrontez pas la personne que vous soupçonnez d’être un trafiquant, et ne menez pas l’enquête vous-même.',
        hotline: 'Communiquez avec la ligne d’aide. Vous n’avez pas besoin d’en avoir la certitude.',
        services:
          'Communiquez avec l’un des services ci-dessous. Vous n’avez pas besoin d’en avoir la certitude.',
      },
    },
    youth: {
      title: 'Ce que tu peux faire',
      steps: {
        notYourFault: 'Ce n’est pas ta faute.',
        talk: 'Parle à un adulte de confiance\u00a0: un de tes parents, un prof, un intervenant de ton école, un entraîneur ou un membre de ta famille.',
        noConfront: 'Ne va pas confronter cette personne toi-même. Demande de l’aide.',
        callOrText:
          'Tu peux appeler la ligne d’aide ou lui envoyer un texto. C’est toi qui choisis ce que tu racontes.',
        reachOut:
          'Tu peux communiquer avec l’un des services ci-dessous. C’est toi qui choisis ce que tu racontes.',
      },
    },
  },
  contactsLabel: 'Obtenir de l’aide',
};
