import type { SignsText } from '../../signs.js';

/**
 * The words of `<aw-indicator-explainer>`'s sets, keyed by the ids in `src/content/signs.ts`. Plain English,
 * reading grade 8 or lower. Signs are reasons to ask a caring question, never a checklist; no item blames a child.
 */
export const signs: SignsText = {
  sets: {
    'warning-signs': {
      title: 'Warning signs of child sex trafficking',
      lead: 'These are signs that NCMEC and the hotline often list. They can help you notice when a child may not be safe.',
      youthTitle: 'Signs that someone may be using you',
      youthLead:
        'People who hurt kids often start by being very nice. These are things to watch for in how someone treats you.',
    },
    vulnerabilities: {
      title: 'Who traffickers target',
      lead: 'Any child can be targeted. Traffickers look for children who have less support. None of this is ever the child’s fault.',
      youthTitle: 'Who traffickers go after',
      youthLead:
        'Any kid can be targeted. Traffickers look for kids who have less support. That is never the kid’s fault.',
    },
    grooming: {
      title: 'How grooming works',
      lead: 'Most children are not grabbed by strangers. They are groomed by someone who earns their trust, online or in person.',
      youthTitle: 'How someone may try to draw you in',
      youthLead:
        'Most kids are not grabbed by strangers. Someone earns their trust first, online or in person.',
    },
    forms: {
      title: 'Forms of child sex trafficking',
      lead: 'Child sex trafficking can look different from case to case. NCMEC describes these forms.',
      youthTitle: 'Forms of child sex trafficking',
      youthLead: 'Trafficking can look different from case to case. Here are the forms NCMEC describes.',
    },
    myths: {
      title: 'Myths and facts',
      lead: 'Scary stories online can pull attention away from real children. Here is what is true.',
      youthTitle: 'Myths and facts',
      youthLead: 'Some stories you see online are not true. Here is what really happens.',
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
      body: 'A child who runs away again and again, or stays gone a long time, may be running from something unsafe. Or they may be running to someone unsafe. Running away is a sign of danger, not bad behavior.',
    },
    'older-friend': {
      title: 'An older boyfriend or friend they won’t talk about',
      body: 'They spend time with an older boyfriend, girlfriend or friend. They won’t say who this person is, or they get upset when you ask.',
    },
    'pulls-away': {
      title: 'Pulls away from family and friends',
      body: 'Traffickers often cut a child off from the people who love them. The child may stop seeing old friends or stop talking at home.',
    },
    'online-friend': {
      title: 'A new online friend who wants to meet',
      body: 'Someone they met on a game or an app gives them lots of attention. The child talks about meeting this person, or keeps the chats hidden.',
    },
    injuries: {
      title: 'Signs of physical abuse',
      body: 'Bruises, burns or other injuries that they can’t or won’t explain.',
    },
    tattoos: {
      title: 'Tattoos or marks they won’t explain',
      body: 'A new tattoo or mark, like a name, a symbol or a word such as “daddy”. Traffickers sometimes use these to show that a child “belongs” to them.',
    },
    'new-things': {
      title: 'New things with no clear reason',
      body: 'New clothes, phones, nails, hair or money, and no good answer about where they came from.',
    },
    'hotel-keys': {
      title: 'Hotel keys or cards',
      body: 'They have hotel or motel room keys or key cards, and no clear reason for them.',
    },
    'no-id': {
      title: 'Someone else holds their ID',
      body: 'They do not have their own ID or papers. Someone else keeps them.',
    },
    'the-life': {
      title: 'Talk of “the life”, quotas or a “daddy”',
      body: 'They use words like “the life”. They talk about a quota, or an older person they call “daddy”.',
    },
    coached: {
      title: 'Seems coached on what to say',
      body: 'Their story sounds practiced, or the same each time. Someone else may speak for them.',
    },
    'lost-place': {
      title: 'Doesn’t know where they are',
      body: 'They can’t say what city they are in, or where they are staying.',
    },

    // warning-signs, for a young reader
    'youth-secrets': {
      title: 'Someone asks you to keep secrets',
      body: 'They tell you to keep your chats, gifts or plans secret. Safe people do not ask you to hide them from the people who care about you.',
    },
    'youth-gifts': {
      title: 'Someone gives you gifts, then says you owe them',
      body: 'They buy you a phone, clothes or food. Later they say you owe them, and they ask you to do things to pay them back.',
    },
    'youth-place-to-stay': {
      title: 'Someone offers you a place to stay',
      body: 'You need a bed, food or a ride, and someone you just met offers to help. Help that comes with strings is not safe.',
    },
    'youth-meet': {
      title: 'Someone you met online wants to meet',
      body: 'They made you feel special online. Now they want to meet in person, or they want you to leave home to be with them.',
    },
    'youth-older-partner': {
      title: 'An older boyfriend or girlfriend',
      body: 'They are much older than you. They say they love you. They want you to pull away from your family and friends.',
    },
    'youth-id-phone': {
      title: 'Someone takes your ID or phone',
      body: 'They keep your ID, your papers or your phone. They decide where you go and who you talk to.',
    },
    'youth-what-to-say': {
      title: 'Someone tells you what to say',
      body: 'They tell you what to say to police, teachers or doctors. They say no one will believe you.',
    },
    'youth-money': {
      title: 'Someone wants you to earn money for them',
      body: 'They talk about a quota or “the life”. They want you to call them “daddy”, or they say you must bring them money.',
    },
    'youth-threats': {
      title: 'Someone threatens you',
      body: 'They hurt you, or they say they will hurt you or people you love. They say it is your fault. It is not.',
    },

    // vulnerabilities
    homelessness: {
      title: 'No safe place to live',
      body: 'Children who are homeless, or who move from couch to couch, need food and a bed. Traffickers offer these things to gain control.',
    },
    'pushed-aside': {
      title: 'Being pushed aside',
      body: 'Children who are left out or treated as less by others are easier to reach. Traffickers look for kids that others overlook.',
    },
    'online-reach': {
      title: 'Time online without support',
      body: 'Traffickers use the internet to find and groom children anywhere. They can reach a child at home, in their own room.',
    },
    'child-welfare': {
      title: 'Foster care and child welfare',
      body: 'Children in foster care or group homes often have fewer adults who stay in their lives. Many who run from care are targeted.',
    },
    'family-rejection': {
      title: 'Rejected by family',
      body: 'LGBTQ+ youth who are turned away by their family may end up homeless. This puts them at higher risk.',
    },
    'few-safe-adults': {
      title: 'Few adults to count on',
      body: 'Children without strong support have fewer people to notice when something is wrong. Traffickers fill that gap with false care.',
    },
    'past-abuse': {
      title: 'Abuse in the past',
      body: 'Many children who are trafficked were sexually abused or hurt before. Traffickers use that pain and shame to keep them quiet.',
    },
    'ran-away-before': {
      title: 'Running away before',
      body: 'Running away is one of the strongest risk signs. A child away from home has few safety nets. It is a reason to reach out, not to blame.',
    },
    lonely: {
      title: 'Feeling lonely or low',
      body: 'Every child feels lonely, sad or in need of attention at times. Traffickers look for these feelings and pretend to fill them.',
    },

    // grooming, for parents and educators
    'online-grooming': {
      title: 'Online grooming',
      body: 'An adult makes friends with a child on a game, app or social site. They give praise, attention and gifts. They say they understand the child better than anyone. Once the child trusts them, they ask to meet. Some children leave home to go to them.',
    },
    'street-grooming': {
      title: 'Street grooming',
      body: 'A child who runs away needs food, a bed and someone who cares. A trafficker shows up as a helper and offers these things. The help does not last. Soon the trafficker uses the child’s needs to control them.',
    },
    'false-promises': {
      title: 'Promises of love and safety',
      body: 'Traffickers often act like a boyfriend, a girlfriend or a caring adult. They sell a dream of love, safety and a better life. The child may not see it as trafficking at all.',
    },
    control: {
      title: 'How control grows',
      body: 'Over time the trafficker cuts the child off from others. They mix small rewards with threats and violence. The child may feel love and fear for the same person. This bond is hard to break, and it is not the child’s fault.',
    },
    'where-they-look': {
      title: 'Where traffickers look for children',
      body: 'They look near schools, on social media, at malls, at bus stations and near group homes. Many meet children online first.',
    },
    'adult-can-do': {
      title: 'What a trusted adult can do',
      body: 'Talk often and openly about life online, without shame. Ask who they talk to and how those people make them feel. Learn the signs. Make sure the child knows they can always come to you, even after a mistake.',
    },

    // grooming, for a young reader
    'youth-online-grooming': {
      title: 'It can start online',
      body: 'Someone online gives you lots of attention. They say they get you better than anyone. They may send gifts. Then they ask you to keep it secret, or to meet them, or to leave home.',
    },
    'youth-street-grooming': {
      title: 'It can start when you are away from home',
      body: 'If you left home, you may need food, a bed or a ride. Someone may act like a helper. Later they use what they gave you to control you.',
    },
    'youth-looks-like-love': {
      title: 'It can look like love',
      body: 'It may feel like a real relationship at first. Then come rules, threats or hurting. Love does not come with fear.',
    },
    'youth-someone-you-know': {
      title: 'It can be someone you know',
      body: 'It is not always a stranger. It can be a friend, a date, or even a family member.',
    },
    'youth-can-do': {
      title: 'What you can do',
      body: 'Tell an adult you trust, like a parent, a teacher, a coach or a school counselor. You can also call or text the hotline. You will not be in trouble. It is not your job to fix this alone.',
    },

    // forms
    'what-it-is': {
      title: 'What child sex trafficking is',
      body: 'It is a kind of child abuse. It happens when anyone gives or gets something of value for a sex act with a child under 18. That can be money, drugs, food or a place to stay. A child cannot agree to this. They are always a victim.',
    },
    'pimp-controlled': {
      title: 'Pimp-controlled trafficking',
      body: 'The trafficker is not related to the child. This can be a man or a woman. They often build a close bond with the child first, and later use that bond to control them.',
    },
    familial: {
      title: 'Familial trafficking',
      body: 'The trafficker is a relative. Or it is someone the child sees as family, like an “auntie” or an “uncle”.',
    },
    'gang-controlled': {
      title: 'Gang-controlled trafficking',
      body: 'A gang member, or the gang as a group, traffics the child. Gangs use violence and their reach to make the child afraid and loyal.',
    },
    'buyer-perpetrated': {
      title: 'Buyer-perpetrated trafficking',
      body: 'There is no trafficker in the middle. A buyer offers a child money, food or a place to stay, and then sexually abuses the child.',
    },

    // myths: the title is the myth, the body is the fact
    'white-vans': {
      title: 'Traffickers grab kids off the street in white vans.',
      body: 'Most children are groomed by someone who earns their trust, online or in person. It is often someone they know.',
    },
    'zip-ties': {
      title: 'Zip ties left on cars mark a person to be taken.',
      body: 'This is a rumor that spread online. Trafficking does not work this way.',
    },
    'car-seats': {
      title: 'An empty car seat in a parking lot is a trap.',
      body: 'This is a rumor too. Fear of strangers in parking lots hides the real danger, which is grooming by people a child trusts.',
    },
    'viral-posts': {
      title: 'Sharing viral posts helps save kids.',
      body: 'False posts spread fear and pull attention from real children. If you are worried about a child, contact the hotline instead of posting.',
    },
    'only-elsewhere': {
      title: 'It only happens in other places.',
      body: 'As of 2021, NCMEC had reports from all 50 states, Washington, D.C. and Puerto Rico. It happens in cities, suburbs, small towns and on tribal lands.',
    },
    'only-girls': {
      title: 'Only girls are victims.',
      body: 'Girls, boys and LGBTQ+ youth are all victims. Boys are often missed because people do not expect it.',
    },
    'they-choose': {
      title: 'Teens choose this life.',
      body: 'A child cannot agree to be sold for sex. A child who is trafficked is a victim of a crime, never a criminal.',
    },
    'they-will-ask': {
      title: 'A child who is trafficked will ask for help.',
      body: 'Many children do not see themselves as victims. Fear, shame or loyalty can keep them quiet. It is not a child’s job to ask for help. Trusted adults notice and act.',
    },
  },
};
