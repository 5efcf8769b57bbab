import type { SignsText } from '../../signs.js';

/**
 * The words of `<aw-indicator-explainer>`'s sets, keyed by the ids in `src/content/signs.ts`. Plain English,
 * reading grade 8 or lower. Signs are reasons to ask a caring question, never a checklist; no item blames a child.
 */
export const signs: SignsText = {
  sets: {
    'warning-signs': {
      title: 'Warning signs of child sex trafficking',
      lead: 'NCMEC and the hotline often list these signs of a child who may not be safe.',
      youthTitle: 'Signs that someone may be using you',
      youthLead: 'People who hurt kids often start out very nice. Watch how someone treats you.',
    },
    vulnerabilities: {
      title: 'Who traffickers target',
      lead: 'Any child can be targeted, most of all children with less support. It is never the child’s fault.',
      youthTitle: 'Who traffickers go after',
      youthLead: 'Any kid can be targeted, most of all kids with less support. It is never your fault.',
    },
    grooming: {
      title: 'How grooming works',
      lead: 'Most children are not grabbed by strangers. Someone earns their trust first, online or in person.',
      youthTitle: 'How someone may try to draw you in',
      youthLead: 'Most kids are not grabbed by strangers. Someone earns their trust first.',
    },
    forms: {
      title: 'Forms of child sex trafficking',
      lead: 'It can look different in each case.',
      youthTitle: 'Forms of child sex trafficking',
      youthLead: 'It can look different in each case.',
    },
    myths: {
      title: 'Myths and facts',
      lead: 'Scary stories online take focus away from real kids.',
      youthTitle: 'Myths and facts',
      youthLead: 'Some stories online are not true.',
    },
  },

  groups: {
    'home-school': 'At home and at school',
    online: 'Online',
    physical: 'Body and health',
    'money-belongings': 'Money and belongings',
    'what-they-say': 'What they say',
    'too-close-too-fast': 'Someone gets close too fast',
    'taking-control': 'Someone takes control',
    societal: 'In the community',
    family: 'In the family',
    individual: 'In the child’s own life',
    'how-it-unfolds': 'How it happens',
    'what-helps': 'What helps',
    'forms-of-trafficking': 'Forms',
    'myths-and-facts': 'Myths and facts',
  },

  items: {
    // warning-signs, for parents and educators
    'runs-away': {
      title: 'Runs away often',
      body: 'They may be running from danger or to someone unsafe. It is not bad behavior.',
    },
    'older-friend': {
      title: 'A secret older boyfriend or friend',
      body: 'They won’t say who it is, or get upset when asked.',
    },
    'pulls-away': {
      title: 'Pulls away from family and friends',
      body: 'Traffickers cut children off from the people who love them.',
    },
    'online-friend': {
      title: 'A new online friend who wants to meet',
      body: 'Someone from a game or app gives them lots of attention. They may hide the chats.',
    },
    injuries: {
      title: 'Signs of physical abuse',
      body: 'Bruises, burns or other injuries they can’t or won’t explain.',
    },
    tattoos: {
      title: 'Tattoos or marks they won’t explain',
      body: 'Like a name or “daddy”. Traffickers use these to mark a child as “theirs”.',
    },
    'new-things': {
      title: 'New things with no clear reason',
      body: 'Clothes, phones, nails or money, and no good answer where they came from.',
    },
    'hotel-keys': { title: 'Hotel keys or cards', body: 'Room keys or key cards, with no clear reason.' },
    'no-id': { title: 'Someone else holds their ID', body: 'They don’t have their own ID or papers.' },
    'the-life': {
      title: 'Talk of “the life”, quotas or a “daddy”',
      body: 'Words like these can mean someone is controlling them.',
    },
    coached: {
      title: 'Seems coached on what to say',
      body: 'Their story sounds practiced, or someone speaks for them.',
    },
    'lost-place': {
      title: 'Doesn’t know where they are',
      body: 'They can’t name the city or where they stay.',
    },

    // warning-signs, for a young reader
    'youth-secrets': {
      title: 'Someone asks you to keep secrets',
      body: 'Safe people don’t ask you to hide chats, gifts or plans.',
    },
    'youth-gifts': {
      title: 'Someone gives you gifts, then says you owe them',
      body: 'Later they say you must do things to pay them back.',
    },
    'youth-place-to-stay': {
      title: 'Someone offers you a place to stay',
      body: 'A bed, food or a ride from someone you just met can come with strings.',
    },
    'youth-meet': {
      title: 'Someone you met online wants to meet',
      body: 'Or they want you to leave home to be with them.',
    },
    'youth-older-partner': {
      title: 'An older boyfriend or girlfriend',
      body: 'They say they love you, but want you away from family and friends.',
    },
    'youth-id-phone': {
      title: 'Someone takes your ID or phone',
      body: 'Then they decide where you go and who you talk to.',
    },
    'youth-what-to-say': {
      title: 'Someone tells you what to say',
      body: 'Like what to tell police or doctors. They say no one will believe you.',
    },
    'youth-money': {
      title: 'Someone wants you to earn money for them',
      body: 'They talk about a quota or “the life”, or want you to call them “daddy”.',
    },
    'youth-threats': {
      title: 'Someone threatens you',
      body: 'They hurt or threaten you or people you love. It is not your fault.',
    },

    // vulnerabilities
    homelessness: {
      title: 'No safe place to live',
      body: 'Traffickers offer food and a bed to children with no home, to gain control.',
    },
    'pushed-aside': { title: 'Being pushed aside', body: 'Traffickers look for kids that others leave out.' },
    'online-reach': {
      title: 'Time online without support',
      body: 'Traffickers can reach and groom a child online, even at home.',
    },
    'child-welfare': {
      title: 'Foster care and child welfare',
      body: 'Kids in care often have few steady adults. Many who run from care are targeted.',
    },
    'family-rejection': {
      title: 'Rejected by family',
      body: 'LGBTQ+ youth turned away by family may end up homeless.',
    },
    'few-safe-adults': {
      title: 'Few adults to count on',
      body: 'Fewer people notice when something is wrong. Traffickers fill the gap with false care.',
    },
    'past-abuse': {
      title: 'Abuse in the past',
      body: 'Many children who are trafficked were sexually abused before. Traffickers use that shame to keep them quiet.',
    },
    'ran-away-before': {
      title: 'Running away before',
      body: 'It is one of the strongest risk signs: a reason to reach out, not to blame.',
    },
    lonely: {
      title: 'Feeling lonely or low',
      body: 'Every child feels this at times. Traffickers spot it and pretend to help.',
    },

    // grooming, for parents and educators
    'online-grooming': {
      title: 'Online grooming',
      body: 'An adult wins a child over online with praise and gifts, then asks to meet. Some children leave home to go to them.',
    },
    'street-grooming': {
      title: 'Street grooming',
      body: 'A trafficker offers food and a bed to a child who ran away, then uses those needs to control them.',
    },
    'false-promises': {
      title: 'Promises of love and safety',
      body: 'Traffickers pose as a boyfriend, girlfriend or caring adult and promise a better life. The child may not see it as trafficking.',
    },
    control: {
      title: 'How control grows',
      body: 'Small rewards mix with threats and violence. The child may love and fear the trafficker at once. It is not their fault.',
    },
    'where-they-look': {
      title: 'Where traffickers look for children',
      body: 'Near schools and group homes, at malls and bus stations, and on social media.',
    },
    'adult-can-do': {
      title: 'What a trusted adult can do',
      body: 'Talk openly about life online, without shame. Ask who they talk to. Let them know they can always come to you.',
    },

    // grooming, for a young reader
    'youth-online-grooming': {
      title: 'It can start online',
      body: 'Someone gives you lots of attention and gifts. Then they ask for secrets, to meet, or for you to leave home.',
    },
    'youth-street-grooming': {
      title: 'It can start when you are away from home',
      body: 'If you left home, someone may offer food, a bed or a ride, then use it to control you.',
    },
    'youth-looks-like-love': {
      title: 'It can look like love',
      body: 'Then come rules, threats or hurting. Love does not come with fear.',
    },
    'youth-someone-you-know': {
      title: 'It can be someone you know',
      body: 'A friend, a date or even family.',
    },
    'youth-can-do': {
      title: 'What you can do',
      body: 'Tell an adult you trust, or call or text the hotline. You will not be in trouble. It is not your job to fix this alone.',
    },

    // forms
    'what-it-is': {
      title: 'What child sex trafficking is',
      body: 'It is child abuse. Someone gives or gets something, like money or a place to stay, for a sex act with a child under 18. A child cannot agree to this and is always a victim.',
    },
    'pimp-controlled': {
      title: 'Pimp-controlled trafficking',
      body: 'A trafficker not related to the child builds a close bond, then uses it for control.',
    },
    familial: {
      title: 'Familial trafficking',
      body: 'The trafficker is a relative, or someone the child sees as family, like an “aunt”.',
    },
    'gang-controlled': {
      title: 'Gang-controlled trafficking',
      body: 'A gang uses violence to keep the child afraid and loyal.',
    },
    'buyer-perpetrated': {
      title: 'Buyer-perpetrated trafficking',
      body: 'No one is in the middle. A buyer offers a child money, food or a place to stay, then sexually abuses them.',
    },

    // myths: the title is the myth, the body is the fact
    'white-vans': {
      title: 'Traffickers snatch kids in white vans.',
      body: 'Most children are groomed by someone they know and trust.',
    },
    'zip-ties': {
      title: 'Zip ties on cars mark people to be taken.',
      body: 'An online rumor. Trafficking does not work this way.',
    },
    'car-seats': {
      title: 'An empty car seat in a parking lot is a trap.',
      body: 'Also a rumor. The real danger is grooming by people a child trusts.',
    },
    'viral-posts': {
      title: 'Sharing viral posts saves kids.',
      body: 'False posts spread fear. If you are worried about a child, call the hotline.',
    },
    'only-elsewhere': {
      title: 'It only happens in other places.',
      body: 'By 2021, NCMEC had reports from all 50 states, D.C. and Puerto Rico, in cities, towns and tribal lands.',
    },
    'only-girls': {
      title: 'Only girls are victims.',
      body: 'Boys and LGBTQ+ youth are victims too, and boys are often missed.',
    },
    'they-choose': {
      title: 'Teens choose this life.',
      body: 'A child cannot agree to be sold for sex. They are a victim, never a criminal.',
    },
    'they-will-ask': {
      title: 'A child who is trafficked will ask for help.',
      body: 'Fear or shame keeps many quiet. It is not a child’s job to ask for help. Trusted adults notice and act.',
    },
  },
};
