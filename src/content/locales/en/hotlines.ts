/**
 * Words for the hotlines (by the ids in `src/content/hotlines.ts`) and for `<aw-hotline-banner>`.
 * `purpose` speaks to adults; `youthPurpose` speaks to the young person who may need help.
 */
export const hotlines = {
  entries: {
    'national-human-trafficking-hotline': {
      name: 'National Human Trafficking Hotline',
      purpose: 'For anyone who needs help, or to report a worry about trafficking.',
      youthPurpose: 'Talk or text with someone who can help you be safe.',
    },
    ncmec: {
      name: 'National Center for Missing & Exploited Children (NCMEC)',
      purpose: 'Report a child who is missing or ran away, or a worry about child sex trafficking.',
      youthPurpose: 'If you or a friend ran away or are not safe, they can help.',
    },
    cybertipline: {
      name: 'NCMEC CyberTipline',
      purpose: 'Report online sexual abuse of a child, like a child offered for sex online.',
      youthPurpose:
        'If someone online asks you for sexual photos, or tries to sell you for sex, report it here.',
    },
    'us-emergency': {
      name: 'Emergency',
      purpose: 'A child in danger right now.',
      youthPurpose: 'If you are in danger right now.',
    },
    'canadian-human-trafficking-hotline': {
      name: 'Canadian Human Trafficking Hotline',
      purpose: 'For anyone in Canada who needs help. You can also report a worry about trafficking.',
      youthPurpose: 'Talk with someone who can help you be safe.',
    },
    'cybertip-ca': {
      name: 'Cybertip.ca',
      purpose: 'Report online sexual abuse of a child. This line is for Canada.',
      youthPurpose: 'If someone online asks you for sexual photos or threatens you, report it here.',
    },
    'ca-emergency': {
      name: 'Emergency',
      purpose: 'A child in danger right now.',
      youthPurpose: 'If you are in danger right now.',
    },
    'modern-slavery-helpline': {
      name: 'Modern Slavery & Exploitation Helpline',
      purpose:
        'For anyone in the UK who needs help. You can also report a worry about trafficking or exploitation.',
      youthPurpose: 'Talk with someone who can help you be safe.',
    },
    childline: {
      name: 'Childline',
      purpose: 'For children and young people in the UK who need to talk.',
      youthPurpose: 'Talk to someone about anything that worries you.',
    },
    'nspcc-helpline': {
      name: 'NSPCC Helpline',
      purpose: 'For adults in the UK who are worried about a child.',
      youthPurpose: 'For adults who are worried about a child.',
    },
    'gb-emergency': {
      name: 'Emergency',
      purpose: 'A child in danger right now.',
      youthPurpose: 'If you are in danger right now.',
    },
  },
  /** The banner's label and opening words. */
  label: 'Get help',
  title: 'Worried about a child? Get help.',
  intro: 'Trained people can help. You do not need to be sure.',
  youthTitle: 'You can get help',
  youthIntro: 'It is free and confidential. Someone is there 24/7. You are not in trouble.',
  /** Words on the contact links; the number follows each. Young readers get their own (in Spanish, "tú"). */
  actions: {
    call: 'Call',
    textKeywords: (keywords: string) => `Text ${keywords} to`,
    web: {
      'chat-and-report': 'Chat or report online:',
      chat: 'Chat online:',
      report: 'Report online:',
    },
    tty: 'TTY users dial',
    emergency: 'In an emergency, call',
  },
  youthActions: {
    call: 'Call',
    textKeywords: (keywords: string) => `Text ${keywords} to`,
    web: {
      'chat-and-report': 'Chat or report online:',
      chat: 'Chat online:',
      report: 'Report online:',
    },
    tty: 'TTY users dial',
    emergency: 'In an emergency, call',
  },
  or: 'or',
  hours: {
    '24/7': 'Open 24/7.',
    online: 'Report online at any time.',
  },
  manyLanguages: 'Help in many languages.',
  copy: 'Copy',
  copyLabel: (number: string) => `Copy the number ${number}`,
  copied: (number: string) => `Copied ${number}.`,
  copyFailed: (number: string) => `Could not copy. The number is ${number}.`,
  dismiss: 'Close the help banner',
  showAll: 'All ways to get help',
};
