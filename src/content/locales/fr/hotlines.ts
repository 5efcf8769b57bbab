import type { Messages } from '../index.js';

/** Every emergency number is shown as one line ("In an emergency, call 911"): one name serves them all. */
const emergency = { name: 'Urgence' };

/**
 * Pour les familles du Canada d’abord (usage québécois) : « vous » pour les adultes, « tu » pour la personne jeune.
 * Chaque promesse est celle que fait le texte anglais, sans plus (CONTENT.md, section 5).
 *
 * Noms français vérifiés le 2026-12-03, chacun sur une copie stockée (stored copy) de la page de l’organisme,
 * vue avec l’outil de recherche, pas sur la page en direct :
 * - « Ligne d’urgence canadienne contre la traite des personnes » : nom publié par la ligne elle-même,
 *   https://www.canadianhumantraffickinghotline.ca/fr/faq/ et
 *   https://canadianhumantraffickinghotline.ca/fr/qui-sommes-nous (copies stockées).
 * - « Cyberaide.ca » (« la centrale canadienne de signalement des cas d’exploitation sexuelle d’enfants sur
 *   Internet ») : https://www.cyberaide.ca/app/fr/about et https://www.cybertip.ca/app/fr/about-how_it_works
 *   (copies stockées).
 * Les lignes des États-Unis, du Royaume-Uni et Child Helpline International gardent leur nom officiel anglais,
 * sans traduction. Les numéros d’urgence s’appellent « Urgence ».
 */
export const hotlines: Messages['hotlines'] = {
  entries: {
    'national-human-trafficking-hotline': {
      name: 'National Human Trafficking Hotline',
      purpose:
        'Pour toute personne qui a besoin d’aide, ou pour signaler une inquiétude au sujet de la traite. Vous pouvez rester anonyme. La ligne peut avertir la police si la loi l’exige ou si quelqu’un est en danger.',
      youthPurpose:
        'Une personne formée répond aux appels, aux textos et au clavardage. Tu peux rester anonyme. Si elle pense qu’un enfant est maltraité ou que quelqu’un risque d’être blessé, elle avertit les autorités.',
    },
    ncmec: {
      name: 'National Center for Missing & Exploited Children (NCMEC)',
      purpose:
        'Signalez un enfant disparu ou en fugue, ou une inquiétude au sujet de la traite d’enfants à des fins sexuelles. Le NCMEC travaille avec les familles et la police pour retrouver les enfants disparus.',
      youthPurpose:
        'Cette ligne est pour un enfant disparu ou en fugue. Ça peut être toi, un ami ou une amie. Le NCMEC travaille avec les familles et la police pour retrouver les enfants disparus. Ce que tu racontes peut être transmis à la police.',
    },
    cybertipline: {
      name: 'NCMEC CyberTipline',
      purpose:
        'Signalez l’abus sexuel d’un enfant en ligne, par exemple un enfant offert pour des actes sexuels. Vous n’avez pas à donner votre nom. Les signalements sont transmis à la police.',
      youthPurpose:
        'Quelqu’un en ligne te demande des photos sexuelles, te menace ou essaie de te vendre pour des actes sexuels? Signale-le ici. Tu n’as pas à donner ton nom. Les signalements sont transmis à la police.',
    },
    'us-emergency': emergency,
    'canadian-human-trafficking-hotline': {
      name: 'Ligne d’urgence canadienne contre la traite des personnes',
      purpose:
        'Pour toute personne au Canada qui a besoin d’aide. Vous pouvez aussi signaler une inquiétude au sujet de la traite. Vous n’avez pas à donner votre nom.',
      youthPurpose:
        'Une personne formée te répond. Tu n’as pas à donner ton nom. Si elle pense qu’une personne mineure est maltraitée ou que quelqu’un risque d’être blessé, elle avertit la police.',
    },
    'cybertip-ca': {
      name: 'Cyberaide.ca',
      purpose:
        'Signalez l’abus sexuel d’un enfant en ligne. Ce service est pour le Canada. Vous n’avez pas à donner votre nom. Les signalements d’un crime possible sont transmis à la police.',
      youthPurpose:
        'Quelqu’un en ligne te demande des photos sexuelles, te menace ou essaie de te vendre pour des actes sexuels? Signale-le ici. Tu n’as pas à donner ton nom. Les signalements d’un crime possible sont transmis à la police.',
    },
    'ca-emergency': emergency,
    'modern-slavery-helpline': {
      name: 'Modern Slavery & Exploitation Helpline',
      purpose:
        'Pour toute personne au Royaume-Uni qui a besoin d’aide. Vous pouvez aussi signaler une inquiétude au sujet de la traite ou de l’exploitation. Vous pouvez rester anonyme.',
      youthPurpose:
        'Une personne formée te répond. Tu peux rester anonyme. Si tu as moins de 18 ans et que tu es en danger, elle transmet tes renseignements pour te protéger. Elle le fait même si tu dis non.',
    },
    childline: {
      name: 'Childline',
      purpose: 'Pour les enfants et les jeunes du Royaume-Uni, jusqu’à 19 ans. L’appel est gratuit.',
      youthPurpose:
        'Un conseiller ou une conseillère t’écoute. L’appel est gratuit. Tu peux utiliser un faux nom. Pour clavarder en ligne, tu crées un compte. Childline garde ce que tu dis pour elle, sauf si elle pense qu’une vie est en danger. Elle essaie d’abord d’en parler avec toi.',
    },
    'nspcc-helpline': {
      name: 'NSPCC Helpline',
      purpose: 'Pour les adultes du Royaume-Uni qui s’inquiètent pour un enfant.',
      youthPurpose: 'Pour les adultes du Royaume-Uni qui s’inquiètent pour un enfant.',
    },
    'gb-emergency': emergency,
    'au-emergency': emergency,
    'nz-emergency': emergency,
    'oranga-tamariki': {
      name: 'Oranga Tamariki (ministère de l’Enfance de la Nouvelle-Zélande)',
      purpose: 'Pour toute personne en Nouvelle-Zélande inquiète pour un enfant. Appelez pour le signaler.',
      youthPurpose:
        'Toute personne inquiète pour un enfant ou un jeune peut appeler. Toi aussi. Le ministère peut offrir de l’aide ou examiner la situation, parfois avec la police.',
    },
    'ie-emergency': emergency,
    'mx-emergency': emergency,
    'kids-helpline': {
      name: 'Kids Helpline',
      purpose: 'Pour les enfants et les jeunes d’Australie qui ont besoin de parler à un conseiller.',
      youthPurpose:
        'Parle à un conseiller. L’appel est gratuit et privé, sauf si un enfant est blessé ou en grave danger.',
    },
    'accce-report': {
      name: 'Australian Centre to Counter Child Exploitation (ACCCE)',
      purpose:
        'Signalez l’exploitation sexuelle d’un enfant en ligne, comme le leurre ou la sextorsion. Un centre policier examine le signalement.',
      youthPurpose:
        'Quelqu’un en ligne te demande des photos sexuelles ou te menace? Tu peux le signaler ici. La police l’examine.',
    },
    'garda-confidential-line': {
      name: 'Garda Confidential Line',
      purpose:
        'Donnez à la Garda (police irlandaise) des renseignements sur un crime, comme la traite, en toute confidentialité.',
      youthPurpose: 'Parle à la Garda (police irlandaise) d’un crime, comme la traite.',
    },
    'afp-human-trafficking': {
      name: 'Australian Federal Police (AFP)',
      purpose:
        'Si vous êtes victime de traite ou d’esclavage, ou si vous connaissez une victime, prévenez la police fédérale.',
      youthPurpose:
        'Si quelqu’un te vend, toi ou un ami, pour des actes sexuels ou pour travailler, dis-le à la police fédérale.',
    },
    'dia-report': {
      name: 'Department of Internal Affairs (DIA)',
      purpose:
        'Signalez des images ou des vidéos sexuelles d’un enfant trouvées en ligne. Un enquêteur examine chaque signalement.',
      youthPurpose:
        'Tu as vu en ligne des images sexuelles d’un enfant, ou de toi? Tu peux les signaler ici. Un enquêteur examine chaque signalement et peut agir contre les gens qui les partagent.',
    },
    'child-helpline-international': {
      name: 'Child Helpline International',
      purpose:
        'Une liste de lignes d’aide pour les enfants dans de nombreux pays. Trouvez celle de votre pays.',
      youthPurpose: 'Trouve une ligne d’aide pour les jeunes dans ton pays.',
    },
  },
  label: 'Obtenir de l’aide',
  title: 'Vous vous inquiétez pour un enfant? Obtenez de l’aide.',
  intro: 'Des personnes formées peuvent vous aider. Vous n’avez pas besoin d’en avoir la certitude.',
  youthTitle: 'Tu peux obtenir de l’aide',
  youthIntro:
    'Ce n’est pas ta faute. C’est toi qui choisis ce que tu racontes. Si quelqu’un est en danger, la personne qui répond pourrait devoir avertir les gens chargés de te protéger.',
  youthTraces:
    'Ton téléphone garde la liste de tes appels et de tes textos. Le navigateur garde cette page dans son historique. Quitter cette page vite ne les efface pas.',
  // Le numéro suit chaque action : « Appelez le 1-833-900-1010 », « Envoyez HELP par texto au 233733 ».
  actions: {
    call: 'Appelez le',
    textKeywords: (keywords: string) => `Envoyez ${keywords} par texto au`,
    web: {
      'chat-and-report': 'Clavardez ou faites un signalement en ligne\u00a0:',
      chat: 'Clavardez en ligne\u00a0:',
      report: 'Faites un signalement en ligne\u00a0:',
      directory: 'Trouvez une ligne d’aide dans votre pays\u00a0:',
    },
    // ATS : appareil de télécommunication pour personnes sourdes (TTY en anglais), le terme employé au Canada.
    tty: 'Si vous utilisez un ATS (TTY), composez le',
    emergency: 'En cas d’urgence, composez le',
  },
  youthActions: {
    call: 'Appelle le',
    textKeywords: (keywords: string) => `Envoie ${keywords} par texto au`,
    web: {
      'chat-and-report': 'Clavarde ou fais un signalement en ligne\u00a0:',
      chat: 'Clavarde en ligne\u00a0:',
      report: 'Fais un signalement en ligne\u00a0:',
      directory: 'Trouve une ligne d’aide dans ton pays\u00a0:',
    },
    tty: 'Si tu utilises un ATS (TTY), compose le',
    emergency: 'En cas d’urgence, compose le',
  },
  or: 'ou',
  // Ces deux lignes et la suivante s’affichent pour tous les publics : elles ne tutoient ni ne vouvoient.
  hours: {
    '24/7': 'Ouvert 24 heures sur 24, 7 jours sur 7.',
    online: 'Signalement en ligne possible à toute heure.',
  },
  manyLanguages: 'Aide offerte dans de nombreuses langues.',
  localEmergency: 'En cas d’urgence, composez le numéro d’urgence de votre pays.',
  youthLocalEmergency:
    'En cas d’urgence, compose le numéro d’urgence de ton pays. Le service d’urgence peut envoyer la police.',
  copy: 'Copier',
  copyLabel: (number: string) => `Copier le numéro ${number}`,
  copied: (number: string) => `Numéro ${number} copié.`,
  copyFailed: (number: string) => `Impossible de copier. Le numéro est le ${number}.`,
  dismiss: 'Fermer le bandeau d’aide',
  showAll: 'Toutes les façons d’obtenir de l’aide',
  // Ni tutoiement ni vouvoiement : ces lignes s’affichent pour tous les publics.
  localLabel: 'Aide proposée par ce site Web',
  localNote: 'Ce site Web les a ajoutés. Ils ne sont pas vérifiés comme les autres contacts.',
};
