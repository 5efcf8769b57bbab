import type { SignsText } from '../../signs.js';

/**
 * The words of `<aw-indicator-explainer>`'s sets, keyed by the ids in `src/content/signs.ts`. Plain English,
 * reading grade 8 or lower. Signs are reasons to ask a caring question, never a checklist; no item blames a child.
 */
export const signs: SignsText = {
  sets: {
    'warning-signs': {
      title: 'Warning signs of child sex trafficking',
      youthTitle: 'Signs someone may be using you',
    },
    vulnerabilities: {
      title: 'Who traffickers target',
      youthTitle: 'Who traffickers target',
    },
    grooming: {
      title: 'How grooming works',
      youthTitle: 'How someone may draw you in',
    },
    forms: {
      title: 'Forms of child sex trafficking',
      youthTitle: 'Forms of child sex trafficking',
    },
    understanding: {
      title: 'Understanding child sex trafficking',
      youthTitle: 'What to know about trafficking',
    },
    myths: {
      title: 'Myths and facts',
      youthTitle: 'Myths and facts',
    },
  },

  groups: {
    'home-school': 'Home and school',
    online: 'Online',
    physical: 'Body and health',
    'money-belongings': 'Money and things',
    'what-they-say': 'What they say',
    'too-close-too-fast': 'Too close, too fast',
    'taking-control': 'Taking control',
    societal: 'Community',
    family: 'Family',
    individual: 'The child',
    'how-it-unfolds': 'How it happens',
    'what-helps': 'What helps',
    'forms-of-trafficking': 'Forms',
    'where-it-happens': 'Where it happens',
    'no-typical-victim': 'There is no typical victim',
    'who-traffickers-are': 'Who traffickers are',
    'how-control-works': 'How control works',
    'why-hard-to-tell': 'Why it is hard to tell',
    'help-for-families': 'Help for families',
    'myths-and-facts': 'Myths and facts',
  },

  items: {
    // warning-signs, for parents and educators
    'runs-away': { title: 'Runs away often', body: 'A sign of danger, not bad behavior.' },
    'older-friend': { title: 'A secret older boyfriend or friend', body: 'They won’t say who it is.' },
    'pulls-away': {
      title: 'Pulls away from loved ones',
      body: 'Traffickers cut kids off from others.',
    },
    'online-friend': {
      title: 'Someone online wants to meet',
      body: 'Lots of attention, and hidden chats.',
    },
    injuries: { title: 'Signs of physical abuse', body: 'Injuries they can’t or won’t explain.' },
    tattoos: {
      title: 'Tattoos they won’t explain',
      body: 'A name or “daddy” can mark a child as “theirs”.',
    },
    'new-things': {
      title: 'New things, no clear reason',
      body: 'Clothes, phones, nails or money they can’t explain.',
    },
    'hotel-keys': { title: 'Hotel keys or cards', body: 'Keys they can’t explain.' },
    'no-id': { title: 'Someone else holds their ID', body: 'This can mean someone controls them.' },
    'the-life': {
      title: 'Talk of “the life”, quotas or a “daddy”',
      body: 'These words can mean someone controls them.',
    },
    coached: { title: 'Seems coached on what to say', body: 'Someone else may speak for them.' },
    'lost-place': { title: 'Doesn’t know where they are', body: 'They can’t name the city.' },

    // warning-signs, for a young reader
    'youth-secrets': {
      title: 'Someone asks you to keep secrets',
      body: 'Safe people don’t ask you to hide things.',
    },
    'youth-gifts': {
      title: 'Lots of gifts, then “you owe me”',
      body: 'They want you to do things to pay them back.',
    },
    'youth-place-to-stay': {
      title: 'Someone offers a place to stay',
      body: 'Help from someone new can come with strings.',
    },
    'youth-meet': { title: 'Someone online wants to meet', body: 'Or wants you to leave home for them.' },
    'youth-older-partner': {
      title: 'An older boyfriend or girlfriend',
      body: 'They want you away from family and friends.',
    },
    'youth-id-phone': {
      title: 'Someone takes your ID or phone',
      body: 'Then they control where you go.',
    },
    'youth-what-to-say': {
      title: 'Someone tells you what to say',
      body: 'They say no one will believe you.',
    },
    'youth-money': {
      title: 'Earning money for someone',
      body: 'They talk of quotas, “the life” or “daddy”.',
    },
    'youth-threats': {
      title: 'Someone threatens you',
      body: 'Threats to you or loved ones are never your fault.',
    },

    // vulnerabilities
    homelessness: { title: 'No safe place to live', body: 'Traffickers offer a bed to gain control.' },
    'pushed-aside': { title: 'Being pushed aside', body: 'Traffickers look for kids others leave out.' },
    'online-reach': {
      title: 'Online without support',
      body: 'Traffickers can groom a child online, even at home.',
    },
    'child-welfare': {
      title: 'Foster care',
      body: 'Kids who run from care are often targeted.',
    },
    'family-rejection': {
      title: 'Rejected by family',
      body: 'LGBTQ+ youth turned away may end up homeless.',
    },
    'few-safe-adults': { title: 'Few adults to count on', body: 'Traffickers fill the gap with false care.' },
    'past-abuse': {
      title: 'Abuse in the past',
      body: 'Many were sexually abused before.',
    },
    'ran-away-before': {
      title: 'Running away before',
      body: 'A reason to reach out, not to blame.',
    },
    lonely: { title: 'Feeling lonely or low', body: 'Traffickers fill the gap with false care.' },

    // grooming, for parents and educators
    'online-grooming': {
      title: 'Online grooming',
      body: 'An adult wins a child over with praise and gifts, then asks to meet.',
    },
    'street-grooming': {
      title: 'Street grooming',
      body: 'Someone may offer a child who ran away food or a bed, then use it to control them.',
    },
    'false-promises': {
      title: 'Promises of love and safety',
      body: 'A trafficker acts like a partner and promises a better life.',
    },
    control: {
      title: 'How control grows',
      body: 'Rewards mix with threats, so the child may love and fear the trafficker.',
    },
    'where-they-look': {
      title: 'Where traffickers look',
      body: 'Schools, group homes, malls, bus stations and social media.',
    },
    'adult-can-do': {
      title: 'What adults can do',
      body: 'Talk openly, without shame; they can always come to you.',
    },

    // grooming, for a young reader
    'youth-online-grooming': {
      title: 'It can start online',
      body: 'Someone gives you attention and gifts, then asks for secrets or to meet.',
    },
    'youth-street-grooming': {
      title: 'It can start away from home',
      body: 'Someone may offer food or a bed, then use it to control you.',
    },
    'youth-looks-like-love': {
      title: 'It can look like love',
      body: 'Love does not come with threats or fear.',
    },
    'youth-someone-you-know': {
      title: 'It can be someone you know',
      body: 'A friend, a date or even family.',
    },
    'youth-can-do': {
      title: 'What you can do',
      body: 'Tell a trusted adult or the hotline. It is not your fault.',
    },

    // forms
    'what-it-is': {
      title: 'What it is',
      body: 'It is child abuse to trade anything for a sex act with a child under 18.',
    },
    'pimp-controlled': {
      title: 'Pimp-controlled',
      body: 'A trafficker outside the family builds a bond, then uses it for control.',
    },
    familial: {
      title: 'Familial',
      body: 'The trafficker is in the family, or seems to be.',
    },
    'gang-controlled': {
      title: 'Gang-controlled',
      body: 'A gang uses violence to keep the child afraid.',
    },
    'buyer-perpetrated': {
      title: 'Buyer-perpetrated',
      body: 'No one is in the middle: a buyer offers a child money or a bed, then abuses them.',
    },

    // understanding, for parents and educators
    'public-places': {
      title: 'Many places, and online',
      body: 'Streets, truck stops, sports events, hotels and motels, fake massage parlors, homes, and online.',
    },
    'who-it-can-be': {
      title: 'Often someone the child trusts',
      body: 'A partner, a relative, a gang member or a business owner.',
    },
    'cut-off': {
      title: 'Cut off and controlled',
      body: 'Traffickers keep a child from family and friends. Threats and violence mixed with small treats can bind the child to them.',
    },
    'fear-shame-loyalty': {
      title: 'Fear, shame or loyalty',
      body: 'Fear, shame or loyalty to the abuser can keep a child from telling. Many do not see themselves as victims.',
    },
    'family-advocates': {
      title: 'Support in a crisis',
      body: 'NCMEC helps families in a crisis and refers them to local help. Team HOPE links them with families who lived it. Its recovery team helps foster parents and caseworkers care for survivors.',
    },

    // understanding, for every reader
    'any-child': {
      title: 'Any child can be targeted',
      body: 'Victims are girls, boys and LGBTQ+ youth of every culture, faith and income. They may be at home, in school, in foster care or on the street.',
    },
    'moved-around': {
      title: 'Moved from place to place',
      body: 'Traffickers often move children from place to place, even across the country.',
    },

    // understanding, for a young reader
    'youth-who-it-can-be': {
      title: 'Who a trafficker can be',
      body: 'A boyfriend or girlfriend, a relative, a gang member or a business owner.',
    },
    'youth-ways-to-control': {
      title: 'How someone may control you',
      body: 'They may keep you from friends, threaten or hurt you, then give you treats. It is not your fault.',
    },
    'youth-hard-to-tell': {
      title: 'It can feel hard to tell',
      body: 'Fear, shame or caring about the person can make it hard to tell. Mixed feelings are normal. It is still abuse, and it is not your fault.',
    },

    // myths: the title is the myth, the body is the fact
    'white-vans': {
      title: 'Traffickers snatch kids in white vans.',
      body: 'Children are usually groomed by someone who earns their trust.',
    },
    'zip-ties': {
      title: 'Zip ties on cars mark people to take.',
      body: 'A false rumor. The real danger is grooming.',
    },
    'car-seats': {
      title: 'An abandoned car seat is a trap.',
      body: 'A false rumor. The real danger is grooming.',
    },
    'viral-posts': {
      title: 'Sharing viral posts saves kids.',
      body: 'False posts spread fear; call the hotline instead.',
    },
    'only-elsewhere': {
      title: 'It only happens elsewhere.',
      body: 'By 2021, NCMEC had child sex trafficking reports from all 50 states. It also had reports from Washington, D.C., and Puerto Rico. This includes cities, towns and tribal lands.',
    },
    'only-girls': { title: 'Only girls are victims.', body: 'Boys and LGBTQ+ youth are victims too.' },
    'they-choose': {
      title: 'Teens choose this life.',
      body: 'A child cannot agree to this and is always a victim.',
    },
    'they-will-ask': {
      title: 'A trafficked child will ask for help.',
      body: 'It is not a child’s job to ask for help. Trusted adults notice and act.',
    },
  },
};
