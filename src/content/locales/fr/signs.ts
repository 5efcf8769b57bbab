import type { Messages } from '../index.js';

/**
 * Les mots des ensembles de `<aw-indicator-explainer>`, en français simple (usage québécois). « Vous » pour les
 * adultes, « tu » pour la personne jeune. « Trafiquant », « acheteur », « victime » : jamais de mots qui blâment
 * un enfant. Les signes sont des raisons de poser une question avec bienveillance, jamais une liste à cocher.
 * « La game » est le mot de la rue au Québec pour « the life »; « daddy » reste en anglais, comme on l’entend.
 */
export const signs: Messages['signs'] = {
  sets: {
    'warning-signs': {
      title: 'Signes d’alerte de la traite d’enfants à des fins sexuelles',
      youthTitle: 'Signes que quelqu’un pourrait t’exploiter',
    },
    vulnerabilities: {
      title: 'Qui les trafiquants ciblent',
      youthTitle: 'Qui les trafiquants ciblent',
    },
    grooming: {
      title: 'Comment ils gagnent la confiance',
      youthTitle: 'Comment quelqu’un peut te prendre au piège',
    },
    forms: {
      title: 'Formes de traite d’enfants à des fins sexuelles',
      youthTitle: 'Formes de traite d’enfants à des fins sexuelles',
    },
    understanding: {
      title: 'Comprendre la traite d’enfants à des fins sexuelles',
      youthTitle: 'Ce qu’il faut savoir sur la traite',
    },
    myths: {
      title: 'Mythes et réalités',
      youthTitle: 'Mythes et réalités',
    },
  },

  groups: {
    'home-school': 'Maison et école',
    online: 'En ligne',
    physical: 'Corps et santé',
    'money-belongings': 'Argent et objets',
    'what-they-say': 'Ce que l’enfant dit',
    'too-close-too-fast': 'Trop proche, trop vite',
    'taking-control': 'Prendre le contrôle',
    societal: 'Communauté',
    family: 'Famille',
    individual: 'L’enfant',
    'how-it-unfolds': 'Comment ça se passe',
    'what-helps': 'Ce qui aide',
    'forms-of-trafficking': 'Formes',
    'where-it-happens': 'Où ça se passe',
    'no-typical-victim': 'Il n’y a pas de victime type',
    'who-traffickers-are': 'Qui sont les trafiquants',
    'how-control-works': 'Comment le contrôle s’exerce',
    'why-hard-to-tell': 'Pourquoi c’est difficile d’en parler',
    'help-for-families': 'De l’aide pour les familles',
    'myths-and-facts': 'Mythes et réalités',
  },

  items: {
    // warning-signs, pour les parents et le personnel scolaire
    'runs-away': { title: 'Fugue souvent', body: 'C’est un signe de danger, pas de mauvaise conduite.' },
    'older-friend': {
      title: 'Un amoureux ou un ami plus âgé, gardé secret',
      body: 'L’enfant ne veut pas dire qui c’est.',
    },
    'pulls-away': {
      title: 'S’éloigne de ses proches',
      body: 'Les trafiquants coupent les jeunes des autres.',
    },
    'online-friend': {
      title: 'Quelqu’un en ligne veut une rencontre',
      body: 'Beaucoup d’attention, et des conversations cachées.',
    },
    injuries: {
      title: 'Des signes de violence physique',
      body: 'Des blessures que l’enfant ne peut pas ou ne veut pas expliquer.',
    },
    tattoos: {
      title: 'Des tatouages que l’enfant refuse d’expliquer',
      body: 'Un nom ou «\u00a0daddy\u00a0» peut marquer l’enfant comme sa «\u00a0propriété\u00a0».',
    },
    'new-things': {
      title: 'Des choses neuves, sans raison claire',
      body: 'Des vêtements, des téléphones, des ongles ou de l’argent que l’enfant ne peut pas expliquer.',
    },
    'hotel-keys': {
      title: 'Des clés ou des cartes d’hôtel',
      body: 'Des clés que l’enfant ne peut pas expliquer.',
    },
    'no-id': {
      title: 'Quelqu’un d’autre garde ses pièces d’identité',
      body: 'Cela peut vouloir dire que quelqu’un contrôle l’enfant.',
    },
    'the-life': {
      title: 'Parle de «\u00a0la game\u00a0», de quotas ou d’un «\u00a0daddy\u00a0»',
      body: 'Ces mots peuvent vouloir dire que quelqu’un contrôle l’enfant.',
    },
    coached: {
      title: 'Semble avoir appris quoi dire',
      body: 'Quelqu’un d’autre parle peut-être à sa place.',
    },
    'lost-place': {
      title: 'Ne sait pas où il ou elle se trouve',
      body: 'L’enfant ne peut pas nommer la ville.',
    },

    // warning-signs, pour la personne jeune
    'youth-secrets': {
      title: 'Quelqu’un te demande de garder des secrets',
      body: 'Les gens qui veulent ton bien ne te demandent pas de cacher des choses.',
    },
    'youth-gifts': {
      title: 'Beaucoup de cadeaux, puis «\u00a0tu me dois ça\u00a0»',
      body: 'Cette personne veut que tu fasses des choses pour la rembourser.',
    },
    'youth-place-to-stay': {
      title: 'Quelqu’un t’offre un endroit où rester',
      body: 'L’aide d’une personne que tu viens de rencontrer peut avoir un prix.',
    },
    'youth-meet': {
      title: 'Quelqu’un en ligne veut te rencontrer',
      body: 'Ou veut que tu quittes la maison pour aller le ou la rejoindre.',
    },
    'youth-older-partner': {
      title: 'Tu sors avec quelqu’un de plus vieux',
      body: 'Cette personne veut t’éloigner de ta famille et de tes amis.',
    },
    'youth-id-phone': {
      title: 'Quelqu’un prend tes cartes d’identité ou ton cellulaire',
      body: 'Ensuite, cette personne contrôle où tu vas.',
    },
    'youth-what-to-say': {
      title: 'Quelqu’un te dit quoi dire',
      body: 'On te dit que personne ne va te croire.',
    },
    'youth-money': {
      title: 'Gagner de l’argent pour quelqu’un',
      body: 'Cette personne parle de quotas, de «\u00a0la game\u00a0» ou de «\u00a0daddy\u00a0».',
    },
    'youth-threats': {
      title: 'Quelqu’un te menace',
      body: 'Les menaces contre toi ou tes proches ne sont jamais ta faute.',
    },

    // vulnerabilities
    homelessness: {
      title: 'Pas d’endroit sûr où vivre',
      body: 'Les trafiquants offrent un lit pour prendre le contrôle.',
    },
    'pushed-aside': {
      title: 'L’exclusion',
      body: 'Les trafiquants cherchent les jeunes que les autres laissent de côté.',
    },
    'online-reach': {
      title: 'En ligne, sans soutien',
      body: 'Les trafiquants peuvent manipuler un enfant en ligne, même à la maison.',
    },
    'child-welfare': {
      title: 'Les familles d’accueil',
      body: 'Les jeunes qui fuguent de leur milieu d’accueil sont souvent ciblés.',
    },
    'family-rejection': {
      title: 'Le rejet de la famille',
      body: 'Les jeunes LGBTQ+ que leur famille rejette peuvent se retrouver à la rue.',
    },
    'few-safe-adults': {
      title: 'Peu d’adultes sur qui compter',
      body: 'Les trafiquants comblent ce vide avec une fausse affection.',
    },
    'past-abuse': {
      title: 'Des abus dans le passé',
      body: 'Beaucoup ont déjà subi des abus sexuels.',
    },
    'ran-away-before': {
      title: 'Avoir déjà fugué',
      body: 'Une raison de tendre la main, pas de blâmer.',
    },
    lonely: {
      title: 'La solitude ou la tristesse',
      body: 'Les trafiquants comblent ce vide avec une fausse affection.',
    },

    // grooming, pour les parents et le personnel scolaire
    'online-grooming': {
      title: 'Le leurre en ligne',
      body: 'Un adulte gagne la confiance d’un enfant avec des compliments et des cadeaux, puis demande une rencontre.',
    },
    'street-grooming': {
      title: 'La manipulation dans la rue',
      body: 'Quelqu’un peut offrir de la nourriture ou un lit à un enfant en fugue, puis s’en servir pour le contrôler.',
    },
    'false-promises': {
      title: 'Des promesses d’amour et de sécurité',
      body: 'Le trafiquant joue le rôle d’un amoureux et promet une vie meilleure.',
    },
    control: {
      title: 'Comment le contrôle s’installe',
      body: 'Les récompenses se mêlent aux menaces. L’enfant peut alors aimer le trafiquant et en avoir peur.',
    },
    'where-they-look': {
      title: 'Où les trafiquants cherchent',
      body: 'Les écoles, les foyers de groupe, les centres commerciaux, les terminus d’autobus et les réseaux sociaux.',
    },
    'adult-can-do': {
      title: 'Ce que les adultes peuvent faire',
      body: 'Parlez-en ouvertement, sans faire honte; l’enfant peut toujours venir vous voir.',
    },

    // grooming, pour la personne jeune
    'youth-online-grooming': {
      title: 'Ça peut commencer en ligne',
      body: 'Quelqu’un te donne de l’attention et des cadeaux, puis te demande des secrets ou une rencontre.',
    },
    'youth-street-grooming': {
      title: 'Ça peut commencer loin de chez toi',
      body: 'Quelqu’un peut t’offrir de la nourriture ou un lit, puis s’en servir pour te contrôler.',
    },
    'youth-looks-like-love': {
      title: 'Ça peut ressembler à de l’amour',
      body: 'L’amour ne vient pas avec des menaces ou de la peur.',
    },
    'youth-someone-you-know': {
      title: 'Ça peut être quelqu’un que tu connais',
      body: 'Un ami, une personne avec qui tu sors, ou même ta famille.',
    },
    'youth-can-do': {
      title: 'Ce que tu peux faire',
      body: 'Parles-en à un adulte de confiance ou à la ligne d’aide. Ce n’est pas ta faute.',
    },

    // forms
    'what-it-is': {
      title: 'Ce que c’est',
      body: 'C’est de l’abus envers un enfant\u00a0: offrir quoi que ce soit en échange d’un acte sexuel avec un enfant de moins de 18 ans.',
    },
    'pimp-controlled': {
      title: 'Contrôlée par un trafiquant («\u00a0pimp-controlled\u00a0»)',
      body: 'Un trafiquant qui ne fait pas partie de la famille crée un lien, puis s’en sert pour contrôler l’enfant.',
    },
    familial: {
      title: 'Familiale',
      body: 'Le trafiquant fait partie de la famille, ou semble en faire partie.',
    },
    'gang-controlled': {
      title: 'Contrôlée par un gang',
      body: 'Un gang se sert de la violence pour que l’enfant ait peur.',
    },
    'buyer-perpetrated': {
      title: 'Commise par l’acheteur',
      body: 'Personne n’est au milieu\u00a0: un acheteur offre de l’argent ou un lit à un enfant, puis l’agresse sexuellement.',
    },

    // understanding, pour les parents et le personnel scolaire
    'public-places': {
      title: 'Dans bien des lieux, et en ligne',
      body: 'Rues, relais routiers, événements sportifs, hôtels et motels, faux salons de massage, maisons, et en ligne.',
    },
    'who-it-can-be': {
      title: 'Souvent quelqu’un en qui l’enfant a confiance',
      body: 'Un amoureux ou une amoureuse, un membre de la famille, un membre d’un gang ou le propriétaire d’une entreprise.',
    },
    'cut-off': {
      title: 'Isolé et contrôlé',
      body: 'Les trafiquants éloignent l’enfant de sa famille et de ses amis. Les menaces et la violence, mêlées à de petites gâteries, peuvent l’attacher au trafiquant.',
    },
    'fear-shame-loyalty': {
      title: 'La peur, la honte ou la loyauté',
      body: 'La peur, la honte ou la loyauté envers la personne qui l’exploite peuvent empêcher l’enfant d’en parler. Bien des enfants ne se voient pas comme des victimes.',
    },
    'family-advocates': {
      title: 'Du soutien en situation de crise',
      body: 'Le NCMEC soutient les familles en crise et les oriente vers de l’aide locale. Team HOPE les met en lien avec des familles qui l’ont vécu. Une équipe de rétablissement aide les familles d’accueil et les intervenants à prendre soin des survivants.',
    },

    // understanding, pour tous les publics
    'any-child': {
      title: 'Tout enfant peut être ciblé',
      body: 'Les victimes sont des filles, des garçons et des jeunes LGBTQ+ de toutes les cultures, religions et milieux. Elles peuvent être à la maison, à l’école, en famille d’accueil ou dans la rue.',
    },
    'moved-around': {
      title: 'Déplacés d’un endroit à l’autre',
      body: 'Les trafiquants déplacent souvent les enfants de ville en ville, parfois à travers le pays.',
    },

    // understanding, pour la personne jeune
    'youth-who-it-can-be': {
      title: 'Qui peut être un trafiquant',
      body: 'Une personne avec qui tu sors, quelqu’un de ta famille, un membre d’un gang ou quelqu’un qui a une entreprise.',
    },
    'youth-ways-to-control': {
      title: 'Comment quelqu’un peut te contrôler',
      body: 'Cette personne peut t’éloigner de tes amis, te menacer ou te faire mal, puis te faire de petits cadeaux. Ce n’est pas ta faute.',
    },
    'youth-hard-to-tell': {
      title: 'Ça peut être dur d’en parler',
      body: 'La peur, la honte ou l’attachement à cette personne peuvent rendre ça difficile. Avoir des émotions mêlées, c’est normal. Ça reste de l’abus, et ce n’est pas ta faute.',
    },

    // myths : le titre est le mythe, le texte est la réalité
    'white-vans': {
      title: 'Les trafiquants enlèvent les enfants dans des fourgonnettes blanches.',
      body: 'En général, les enfants sont manipulés par quelqu’un qui gagne leur confiance.',
    },
    'zip-ties': {
      title: 'Des attaches de plastique sur les autos marquent les personnes à enlever.',
      body: 'C’est une fausse rumeur. Le vrai danger, c’est la manipulation.',
    },
    'car-seats': {
      title: 'Un siège d’auto pour bébé laissé à l’abandon est un piège.',
      body: 'C’est une fausse rumeur. Le vrai danger, c’est la manipulation.',
    },
    'viral-posts': {
      title: 'Partager des publications virales sauve des enfants.',
      body: 'Les fausses publications répandent la peur; mieux vaut appeler la ligne d’aide.',
    },
    'only-elsewhere': {
      title: 'Ça n’arrive qu’ailleurs.',
      body: 'En 2021, le NCMEC avait déjà reçu des signalements de traite d’enfants à des fins sexuelles dans les 50 États. Il en avait aussi reçu de Washington, D.C., et de Porto Rico. Cela comprend des villes, des villages et des terres autochtones.',
    },
    'only-girls': {
      title: 'Seules les filles sont victimes.',
      body: 'Les garçons et les jeunes LGBTQ+ sont aussi victimes.',
    },
    'they-choose': {
      title: 'Les ados choisissent cette vie.',
      body: 'Un enfant ne peut pas y consentir et est toujours une victime.',
    },
    'they-will-ask': {
      title: 'Un enfant victime de traite va demander de l’aide.',
      body: 'Ce n’est pas à l’enfant de demander de l’aide. Les adultes de confiance remarquent et agissent.',
    },
  },
};
