/**
 * Words of `<aw-indicator-explainer>` around the items: the opening that frames the signs, the buttons, and what
 * to do, for each audience. The items themselves are in `signs.ts`; hotline names and numbers come from the
 * hotline registry, never from here.
 */
export const explainer = {
  /** The opening line of every set: signs are reasons to notice and ask, not a test, and no child is to blame. */
  framing: {
    parent:
      'Not every sign shows up, and no single sign proves anything. Each is a reason to ask a caring question. It is never the child’s fault.',
    educator:
      'Not every sign shows up, and no single sign proves anything. Each is a reason to ask a caring question. It is never the child’s fault.',
    youth:
      'No single sign proves anything. If something feels wrong, talk to someone. It is never your fault.',
  },
  expandAll: 'Open all',
  collapseAll: 'Close all',
  /** Accessible names for the two buttons, naming the set so several explainers on a page stay distinct. */
  expandAllLabel: (set: string) => `Open all: ${set}`,
  collapseAllLabel: (set: string) => `Close all: ${set}`,
  myth: 'Myth:',
  fact: 'Fact:',
  /**
   * Steps by id; each region picks its own, in order (`src/content/regions.ts`). Steps that name NCMEC, a hotline
   * with a text line, or mandated reporting hold in the U.S. alone; the others hold anywhere.
   */
  whatToDo: {
    parent: {
      title: 'What to do',
      steps: {
        talk: 'Talk calmly. Listen, and do not judge or blame.',
        disclosure:
          'If a child tells you something, believe them and stay calm. Do not press for details or promise to keep it secret.',
        noConfront: 'Do not confront someone you think is a trafficker.',
        missingNcmec: 'If your child is missing, call the police, then NCMEC.',
        missing: 'If your child is missing, call the police at once.',
        hotline: 'Contact the hotline. You do not need to be sure.',
        services: 'Contact one of the services below. You do not need to be sure.',
      },
    },
    educator: {
      title: 'What to do',
      steps: {
        mandatedReporter: 'Follow your school’s reporting steps. You may be a mandated reporter.',
        school: 'Follow your school’s child protection steps. Tell the person who leads on them.',
        talk: 'Talk with the student privately, without judgement.',
        disclosure:
          'If a student tells you something, believe them and stay calm. Do not press for details or promise to keep it secret.',
        noConfront: 'Do not confront someone you think is a trafficker, or look into it alone.',
        hotline: 'Contact the hotline. You do not need to be sure.',
        services: 'Contact one of the services below. You do not need to be sure.',
      },
    },
    youth: {
      title: 'What you can do',
      steps: {
        notYourFault: 'It is not your fault.',
        talk: 'Talk to an adult you trust: a parent, teacher, school counsellor, coach or relative.',
        noConfront: 'Do not face the person alone. Get help.',
        callOrText: 'You can call or text the hotline. You choose what to share.',
        reachOut: 'You can contact one of the services below. You choose what to share.',
      },
    },
  },
  /** The line above the contact links. */
  contactsLabel: 'Get help',
};
