import type { HotlineId, HotlineWords } from '../../hotlines.js';

/** Words on the contact links; the number follows each. Young readers get their own (in Spanish, "tú"). */
const actions = {
  call: 'Call',
  textKeywords: (keywords: string) => `Text ${keywords} to`,
  web: {
    'chat-and-report': 'Chat or report online:',
    chat: 'Chat online:',
    report: 'Report online:',
    directory: 'Find a helpline in your country:',
  },
  tty: 'TTY users dial',
  emergency: 'In an emergency, call',
};

/** Every emergency number is shown as one line ("In an emergency, call 911"): one name serves them all. */
const emergency = { name: 'Emergency' };

/** Each hotline's name and what it is for, by the ids in `src/content/hotlines.ts` (see `HotlineWords`). */
const entries: Readonly<Record<HotlineId, HotlineWords>> = {
  'national-human-trafficking-hotline': {
    name: 'National Human Trafficking Hotline',
    purpose:
      'For anyone who needs help, or to report a worry about trafficking. You can stay anonymous. They may tell the police if the law says so or someone is in danger.',
    youthPurpose:
      'A trained advocate answers calls, texts and chats. You can stay anonymous. If they think a child is being abused or someone may get hurt, they tell the authorities.',
  },
  ncmec: {
    name: 'National Center for Missing & Exploited Children (NCMEC)',
    purpose:
      'Report a child who is missing or ran away. You can also report a worry about child sex trafficking. They work with families and the police to find missing children.',
    youthPurpose:
      'This line is for a child who is missing or ran away. That includes you or a friend. NCMEC works with families and the police to find missing children. What you say may reach the police.',
  },
  cybertipline: {
    name: 'NCMEC CyberTipline',
    purpose:
      'Report online sexual abuse of a child, like a child offered for sex. You do not have to give your name. Reports are sent to the police.',
    youthPurpose:
      'Someone online asks you for sexual photos, threatens you or tries to sell you for sex? Report it here. You do not have to give your name. Reports are sent to the police.',
  },
  'us-emergency': emergency,
  'canadian-human-trafficking-hotline': {
    name: 'Canadian Human Trafficking Hotline',
    purpose:
      'For anyone in Canada who needs help. You can also report a worry about trafficking. You do not have to give your name.',
    youthPurpose:
      'A trained advocate answers. You do not have to give your name. If they think a young person is being abused or someone may get hurt, they tell the police.',
  },
  'cybertip-ca': {
    name: 'Cybertip.ca',
    purpose:
      'Report online sexual abuse of a child. This line is for Canada. You do not have to give your name. Reports of a possible crime are sent to the police.',
    youthPurpose:
      'Someone online asks you for sexual photos, threatens you or tries to sell you for sex? Report it here. You do not have to give your name. Reports of a possible crime are sent to the police.',
  },
  'ca-emergency': emergency,
  'modern-slavery-helpline': {
    name: 'Modern Slavery & Exploitation Helpline',
    purpose:
      'For anyone in the UK who needs help. You can also report a worry about trafficking or exploitation. You can stay anonymous.',
    youthPurpose:
      'A trained adviser answers. You can stay anonymous. If you are under 18 and in danger, they share your details to keep you safe. They do this even if you say no.',
  },
  childline: {
    name: 'Childline',
    purpose: 'For children and young people in the UK, up to age 19. Calls are free.',
    youthPurpose:
      'A counsellor listens. Calls are free. You can use a made-up name. To chat online, you make an account. Childline keeps what you say private, unless they think a life is in danger. They try to talk with you first.',
  },
  'nspcc-helpline': {
    name: 'NSPCC Helpline',
    purpose: 'For adults in the UK who are worried about a child.',
    youthPurpose: 'For adults in the UK who are worried about a child.',
  },
  'gb-emergency': emergency,
  'au-emergency': emergency,
  'nz-emergency': emergency,
  'oranga-tamariki': {
    name: 'Oranga Tamariki (Ministry for Children)',
    purpose: 'For anyone in New Zealand who is worried about a child. Call to report a concern.',
    youthPurpose:
      'Anyone worried about a child or young person can call. That includes you. They may offer help or look into it, sometimes with the police.',
  },
  'ie-emergency': emergency,
  'mx-emergency': emergency,
  'kids-helpline': {
    name: 'Kids Helpline',
    purpose: 'For children and young people in Australia who need to talk to a counsellor.',
    youthPurpose:
      'Talk to a counsellor. Calls are free and private, unless a child is being hurt or is at serious risk.',
  },
  'accce-report': {
    name: 'Australian Centre to Counter Child Exploitation (ACCCE)',
    purpose:
      'Report online sexual abuse of a child, like grooming or sextortion. Reports go to a police-led centre.',
    youthPurpose:
      'Someone online asks you for sexual photos or threatens you? You can report it here. The police look at it.',
  },
  'garda-confidential-line': {
    name: 'Garda Confidential Line',
    purpose:
      'Tell the Gardaí, the Irish police, about a crime like trafficking. You can do it in confidence.',
    youthPurpose: 'Tell the Gardaí (Irish police) about a crime, such as trafficking.',
  },
  'afp-human-trafficking': {
    name: 'Australian Federal Police (AFP)',
    purpose: 'Tell the federal police if you or someone you know is trafficked or enslaved.',
    youthPurpose: 'If someone is selling you or a friend for sex or work, you can tell the federal police.',
  },
  'dia-report': {
    name: 'Department of Internal Affairs (DIA)',
    purpose: 'Report sexual photos or videos of a child you see online. An investigator checks each one.',
    youthPurpose:
      'Found sexual images of a child online, or of you? You can report them here. An investigator checks each one and may act against people who share them.',
  },
  'child-helpline-international': {
    name: 'Child Helpline International',
    purpose: 'A list of helplines for children in many countries. Find the one where you live.',
    youthPurpose: 'Find a helpline for young people in your country.',
  },
};

/** Words for the hotlines and for `<aw-hotline-banner>`. */
export const hotlines = {
  entries,
  /** The banner's label and opening words. */
  label: 'Get help',
  title: 'Worried about a child? Get help.',
  intro: 'Trained people can help. You do not need to be sure.',
  youthTitle: 'You can get help',
  youthIntro:
    'It is not your fault. You choose what to share. If someone is in danger, they may have to tell people whose job is to keep you safe.',
  /** For a young reader on a phone someone else may check (CONTENT.md section 5): what stays, and what the exit does. */
  youthTraces:
    'Your phone keeps a list of calls and texts, and the browser keeps this page in its history. Leaving this page fast does not delete them.',
  actions,
  // In English a young reader gets the same words; Spanish speaks to them as "tú".
  youthActions: actions,
  or: 'or',
  hours: {
    '24/7': 'Open 24/7.',
    online: 'Report online at any time.',
  },
  manyLanguages: 'Help in many languages.',
  /** Shown instead of a number where the library has none for the reader's country (an uncovered region). */
  localEmergency: 'In danger now? Call the emergency number where you live.',
  youthLocalEmergency: 'In danger now? Call the emergency number where you live. They can send the police.',
  copy: 'Copy',
  copyLabel: (number: string) => `Copy the number ${number}`,
  copied: (number: string) => `Copied ${number}.`,
  copyFailed: (number: string) => `Could not copy. The number is ${number}.`,
  dismiss: 'Close the help banner',
  showAll: 'All ways to get help',
  /** Above a partner's own contacts (`slot="local-contact"`): the site's help, not checked by the library. */
  localLabel: 'Help from this website',
  localNote: 'This website added these. They are not checked like the other contacts here.',
};
