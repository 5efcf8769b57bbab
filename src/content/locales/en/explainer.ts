/**
 * Words of `<aw-indicator-explainer>` around the items: the opening that frames the signs, the buttons, and what
 * to do, for each audience. The items themselves are in `signs.ts`; hotline names and numbers come from the
 * hotline registry, never from here.
 */
export const explainer = {
  /** The opening line: signs are reasons to notice and ask, not a test. */
  framing: {
    parent:
      'Not every sign shows up in every case, and no single sign proves anything. A sign is a reason to ask a caring question, not a test.',
    educator:
      'Not every sign shows up in every case, and no single sign proves anything. A sign is a reason to ask a caring question and follow your school’s steps, not a test.',
    youth:
      'No one sign means something bad is going on. But if something feels wrong, trust that feeling and talk to someone.',
  },
  expandAll: 'Open all',
  collapseAll: 'Close all',
  /** Accessible names for the two buttons, naming the set so several explainers on a page stay distinct. */
  expandAllLabel: (set: string) => `Open all: ${set}`,
  collapseAllLabel: (set: string) => `Close all: ${set}`,
  myth: 'Myth:',
  fact: 'Fact:',
  whatToDo: {
    parent: {
      title: 'What to do',
      steps: {
        talk: 'Talk with your child calmly. Listen, and do not judge or blame.',
        noConfront:
          'Do not confront a person you think is a trafficker. It can put the child in more danger.',
        missing: 'If your child is missing, call the police and then NCMEC.',
        hotline: 'Contact the hotline for advice or to make a report. You do not need to be sure.',
      },
    },
    educator: {
      title: 'What to do',
      steps: {
        school:
          'Follow your school’s reporting steps. As a mandated reporter, you may have to tell child protective services or the police.',
        talk: 'Talk with the student in private, without judgement. Listen more than you ask.',
        noConfront:
          'Do not confront a person you think is a trafficker, and do not look into it on your own.',
        hotline: 'Contact the hotline for advice or to make a report. You do not need proof.',
      },
    },
    youth: {
      title: 'What you can do',
      steps: {
        notYourFault: 'It is not your fault, and you are not in trouble.',
        talk: 'Talk to an adult you trust, like a parent, a teacher, a coach or a school counselor.',
        noConfront: 'Do not face the person alone. Stay away from them and get help.',
        hotline: 'You can call or text the hotline at any time. It is free and private.',
      },
    },
  },
  /** The line above the contact links. */
  contactsLabel: 'Get help now',
};
