import { expect } from '@open-wc/testing';
import { MAXIMUM_GRADE, readingGrade } from './helpers/readability.js';
import { allFacts, DEFAULT_TOPIC, defaultFact, factById, factsByTopic } from '../src/content/facts.js';
import { reviewedHotlines } from '../src/content/hotline-reviews.js';
import { builtInLocales } from '../src/content/locales/all.js';
import { SUPPORTED_LOCALES } from '../src/content/locales/index.js';
import { signSets } from '../src/content/signs.js';
import * as sources from '../src/content/sources.js';
import { FACT_TOPICS, type Fact, type Source } from '../src/content/types.js';
import { factReview, reviewedFacts, type ReviewedFact } from '../src/content/fact-reviews.js';

// ---- Helpers --------------------------------------------------------------------------------------------------

const builtIn: readonly ReviewedFact[] = reviewedFacts();
const MAXIMUM_AGE_IN_YEARS = 5;
const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/** Functions in a locale that threw with every kind of sample argument (reported by a test, never skipped). */
const uncallable: string[] = [];

interface Found {
  /** Where the string lives, e.g. `es.facts.reports-2021.sentence` or `en.common.dataYear(3)`. */
  path: string;
  text: string;
}

/**
 * Every string of a locale, however deep, including what its functions return. A function is called with sample
 * numbers, then with sample words, so content added later (hotlines, signs, anything) is checked without this
 * test knowing its shape. A function that throws on both is reported, not skipped.
 */
function allStrings(value: unknown, path: string, found: Found[] = []): Found[] {
  if (typeof value === 'string') {
    found.push({ path, text: value });
  } else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const attempts = [
      Array.from({ length: fn.length }, (_, i) => 3 + i * 2),
      Array.from({ length: fn.length }, () => 'Sample'),
    ];
    const results: unknown[] = [];
    for (const args of attempts) {
      try {
        results.push(fn(...args));
      } catch {
        // Tried with the other kind of sample.
      }
    }
    if (!results.length) uncallable.push(path);
    results.forEach((result, i) => allStrings(result, `${path}(${attempts[i].join(', ')})`, found));
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => allStrings(item, `${path}[${i}]`, found));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) allStrings(item, `${path}.${key}`, found);
  }
  return found;
}

const localeStrings = SUPPORTED_LOCALES.flatMap((code) => allStrings(builtInLocales[code], code));

/** Every string of the language-neutral content: sources (names, titles, addresses), facts, hotlines, signs. */
const dataStrings = [
  ...allStrings(sources, 'sources'),
  ...allStrings(reviewedFacts(), 'facts'),
  ...allStrings(reviewedHotlines, 'hotlines'),
  ...allStrings(signSets, 'signs'),
];

/**
 * Proper names inside addresses we must link exactly as published: the exact fragment and whose name it is.
 * Nothing else is excused, and the test below checks each fragment is still needed.
 */
const PUBLISHED_NAMES: readonly { fragment: string; whose: string }[] = [
  {
    fragment: 'letter-from-john-clark',
    whose:
      "John Clark, NCMEC's President and CEO, who signed the 2020 letter (its address as CONTENT.md gives it)",
  },
];
const withoutPublishedNames = (text: string) =>
  PUBLISHED_NAMES.reduce((rest, { fragment }) => rest.split(fragment).join(' '), text);

/** A whole word or phrase, in any letter case, with Unicode word edges (so "prostitución" ends where it should). */
const phrase = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');

/** Words CONTENT.md sections 3 and 6 rule out, in English, Spanish and French; each is checked in every locale. */
const RULED_OUT: readonly { term: string; pattern: RegExp; sample: string }[] = [
  {
    term: 'child prostitute',
    pattern: phrase('child prostitut(?:e|es|ion)'),
    sample: 'She was a child prostitute.',
  },
  {
    term: 'teen prostitute',
    pattern: phrase('teen(?:age)? prostitutes?'),
    sample: 'Teen prostitutes on the street.',
  },
  {
    term: 'underage sex worker',
    pattern: phrase('underage sex workers?'),
    sample: 'An underage sex worker was found.',
  },
  { term: 'john', pattern: phrase('johns?'), sample: 'Police arrested the johns.' },
  { term: 'trick', pattern: phrase('tricks?'), sample: 'She had to meet a trick.' },
  {
    term: 'pimp (except "pimp-controlled")',
    pattern: phrase('pimp(?:s|ed|ing)?(?!-controlled)'),
    sample: 'Her pimp took the money.',
  },
  {
    term: 'prostitución infantil',
    pattern: phrase('prostitución infantil'),
    sample: 'La prostitución infantil es un delito.',
  },
  { term: 'prostituta', pattern: phrase('prostitutas?'), sample: 'Una niña prostituta.' },
  { term: 'prostituto', pattern: phrase('prostitutos?'), sample: 'Un niño prostituto.' },
  {
    term: 'trabajador(a) sexual',
    pattern: phrase('trabajador(?:a|es|as)? sexual(?:es)?'),
    sample: 'Una trabajadora sexual menor de edad.',
  },
  { term: 'cliente', pattern: phrase('clientes?'), sample: 'El cliente pagó.' },
  { term: 'chulo', pattern: phrase('chulos?'), sample: 'Su chulo la controlaba.' },
  { term: 'proxeneta', pattern: phrase('proxenetas?'), sample: 'El proxeneta la vendía.' },
  {
    term: 'enfant prostitué(e)',
    pattern: phrase('enfants? prostitué(?:e|s|es)?'),
    sample: 'Un enfant prostitué a été trouvé.',
  },
  {
    term: 'prostitution juvénile ou infantile',
    pattern: phrase("prostitution (?:juvénile|infantile|des mineurs|d’enfants|d'enfants)"),
    sample: 'La prostitution juvénile est un crime.',
  },
  { term: 'prostitué(e)', pattern: phrase('prostitué(?:e|s|es)?'), sample: 'Une jeune prostituée.' },
  {
    term: 'travailleur·euse du sexe',
    pattern: phrase('travailleu(?:r|rs|se|ses) du sexe'),
    sample: 'Une travailleuse du sexe mineure.',
  },
  { term: 'client (neutral)', pattern: phrase('clients?'), sample: 'Le client a payé.' },
  { term: 'proxénète', pattern: phrase('proxénètes?'), sample: 'Son proxénète la contrôlait.' },
];

function ruledOutIn(text: string): string[] {
  const normalised = text.normalize('NFC');
  return RULED_OUT.filter(({ pattern }) => pattern.test(normalised)).map(({ term }) => term);
}

/** Every string a check flags, as "path says term: text" (`prepare` runs on the text before the check). */
function flagged(
  strings: readonly Found[],
  check: (text: string) => string[],
  prepare: (text: string) => string = (text) => text,
): string[] {
  return strings
    .map(({ path, text }) => ({ path, text, terms: check(prepare(text)) }))
    .filter(({ terms }) => terms.length)
    .map(({ path, text, terms }) => `${path} says ${terms.join(', ')}: ${text}`);
}

/** The terms of a list whose own sample the check does not flag (a check that cannot see what it is for). */
const missedSamples = (
  list: readonly { term: string; sample: string }[],
  check: (text: string) => string[],
): string[] => list.filter(({ term, sample }) => !check(sample).includes(term)).map(({ term }) => term);

/**
 * Promises no service here makes for a whole banner, and calques, in English, Spanish and French (CONTENT.md section 5,
 * issue 11). Hours, cost and privacy are stated per line, from that line's own source ("Report online at any time.",
 * Kids Helpline's "free and private, unless…"), so only the blanket forms are ruled out. Each is checked in every
 * locale, so a language added later is held to them too. One a line: what it is called | its pattern
 * (a whole phrase, any case; a "|" inside it has no spaces around) | a sample it must catch.
 */
const RULED_OUT_PROMISES: readonly { term: string; pattern: RegExp; sample: string }[] = `
  free and confidential | free and confidential | It is free and confidential.
  someone is there 24/7 | someone is (?:there|here|available) 24/7 | Someone is there 24/7.
  not in trouble | not in trouble|won[’']t be in trouble | You are not in trouble.
  anytime | anytime | Call the hotline anytime.
  estás en problemas | est(?:á|a)s en problemas|estar(?:á|a)s en problemas | No estás en problemas.
  para sexo | para sexo | Si alguien te vende para sexo.
  gratis y confidencial | gratis y confidencial(?:es)? | Es gratis y confidencial.
  alguien te atiende a toda hora | alguien (?:te )?atiende a toda hora | Alguien te atiende a toda hora.
  tu n’as pas d’ennuis | tu n[’'](?:as|auras) pas d[’']ennuis | Tu n’as pas d’ennuis.
  gratuit et confidentiel | gratuite?s? et confidentiel(?:le)?s? | C’est gratuit et confidentiel.
  en tout temps | en tout temps | Appelle en tout temps.
  quelqu’un est là 24 h sur 24 | quelqu[’']un (?:est|sera) là 24 | Quelqu’un est là 24 h sur 24.
  pour du sexe | pour du sexe | On te vend pour du sexe.`
  .trim()
  .split('\n')
  .map((line) => line.trim().split(' | '))
  .map(([term, pattern, sample]) => ({ term, pattern: phrase(pattern), sample }));

function promisesIn(text: string): string[] {
  const normalised = text.normalize('NFC');
  return RULED_OUT_PROMISES.filter(({ pattern }) => pattern.test(normalised)).map(({ term }) => term);
}

/** Every ruled-out word, promise and calque a text uses. */
const allRuledOutIn = (text: string) => [...ruledOutIn(text), ...promisesIn(text)];

/**
 * Names of organisations and documents (every `Source` in sources.ts) are removed before measuring: a reader must
 * see them exactly as published, so they are not our word choice. Everything else counts, place names included.
 * Numbers count as words of one syllable (a reader sees "17,200", not "seventeen thousand two hundred").
 */
const PROPER_NAMES = [
  ...new Set(
    Object.values(sources as Record<string, unknown>)
      .filter((value): value is Source => typeof (value as Source | null)?.organisation === 'string')
      .flatMap((source) => [source.organisation, source.shortName, source.title]),
  ),
].sort((a, b) => b.length - a.length);

const gradeLevel = (text: string) =>
  readingGrade(text, { leaveOut: PROPER_NAMES, sentenceEnd: 'before-capital' });

/** UI labels of a few words ("Pause the facts") are too short for a reading formula to mean anything. */
const MINIMUM_WORDS_TO_MEASURE = 6;

function tooHard(strings: readonly Found[]): string[] {
  return strings
    .map(({ path, text }) => ({ path, text, grade: gradeLevel(text) }))
    .filter(({ grade }) => grade > MAXIMUM_GRADE)
    .map(({ path, text, grade }) => `${path} (grade ${grade.toFixed(1)}): ${text}`);
}

// ---- Facts ----------------------------------------------------------------------------------------------------

describe('built-in facts', () => {
  it('gives every fact a different id', () => {
    const seen = new Set<string>();
    const repeated = builtIn.map((fact) => fact.id).filter((id) => seen.size === seen.add(id).size);
    expect(repeated, `repeated ids: ${repeated.join(', ')}`).to.deep.equal([]);
  });

  it('writes every id in kebab-case', () => {
    const bad = builtIn.map((fact) => fact.id).filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
    expect(bad, `ids not in kebab-case: ${bad.join(', ')}`).to.deep.equal([]);
  });

  it('has words for every fact in every shipped language', () => {
    const missing = SUPPORTED_LOCALES.flatMap((code) =>
      builtIn
        .filter((fact) => {
          const text = (builtInLocales[code].facts as Record<string, { figure?: string; sentence?: string }>)[
            fact.id
          ];
          return !text?.figure?.trim() || !text?.sentence?.trim();
        })
        .map((fact) => `${code}: ${fact.id}`),
    );
    expect(missing, `facts without words: ${missing.join(', ')}`).to.deep.equal([]);
  });

  it('has no words for a fact that does not exist', () => {
    const orphans = SUPPORTED_LOCALES.flatMap((code) =>
      Object.keys(builtInLocales[code].facts)
        .filter((id) => !factById(id))
        .map((id) => `${code}: ${id}`),
    );
    expect(orphans, `words for unknown facts: ${orphans.join(', ')}`).to.deep.equal([]);
  });

  it('cites every fact with organisation, title and the year of the data', () => {
    const uncited = builtIn
      .filter(({ citation: { source, dataYear }, estimate, reviewed }) => {
        if (!source.organisation.trim() || !source.title.trim() || !source.shortName.trim()) return true;
        if (dataYear === 'undated') return !estimate;
        return !Number.isInteger(dataYear) || dataYear < 1990 || dataYear > yearOf(reviewed);
      })
      .map((fact) => fact.id);
    expect(
      uncited,
      `facts without a full citation ('undated' only for estimates): ${uncited.join(', ')}`,
    ).to.deep.equal([]);
  });

  it('links every source by https where it has a link', () => {
    const bad = builtIn
      .filter(({ citation: { source } }) => source.url !== undefined && !source.url.startsWith('https://'))
      .map((fact) => fact.id);
    expect(bad, `sources with a non-https link: ${bad.join(', ')}`).to.deep.equal([]);
  });

  it('carries a reviewed date that is a real day', () => {
    const bad = builtIn
      .filter(
        (fact) =>
          Number.isNaN(Date.parse(`${fact.reviewed}T00:00:00Z`)) ||
          !/^\d{4}-\d{2}-\d{2}$/.test(fact.reviewed),
      )
      .map((fact) => `${fact.id} (${fact.reviewed})`);
    expect(bad, `bad reviewed dates: ${bad.join(', ')}`).to.deep.equal([]);
  });

  // The rule, as documented in src/content/facts.ts: stale when reviewedYear - dataYear > 5, or when undated.
  it('flags as archival every figure more than 5 years older than its review', () => {
    const stale = builtIn
      .filter(({ citation: { dataYear }, reviewed, archival }) => {
        const tooOld = dataYear === 'undated' || yearOf(reviewed) - dataYear > MAXIMUM_AGE_IN_YEARS;
        return tooOld && !archival;
      })
      .map((fact) => `${fact.id} (data ${fact.citation.dataYear}, reviewed ${fact.reviewed})`);
    expect(
      stale,
      `stale figures shown as current, set archival or update them: ${stale.join('; ')}`,
    ).to.deep.equal([]);
  });

  it('does not mark a current figure as archival', () => {
    const wrong = builtIn
      .filter(
        ({ citation: { dataYear }, reviewed, archival }) =>
          archival && dataYear !== 'undated' && yearOf(reviewed) - dataYear <= MAXIMUM_AGE_IN_YEARS,
      )
      .map((fact) => fact.id);
    expect(wrong, `current figures marked archival: ${wrong.join(', ')}`).to.deep.equal([]);
  });

  // allFacts() does not sort in the reader's browser: the list in src/content/facts.ts is written in this order.
  it('lists the figures newest data first, undated last', () => {
    const years = allFacts().map(({ citation: { dataYear } }) =>
      dataYear === 'undated' ? -Infinity : dataYear,
    );
    const sorted = [...years].sort((a, b) => b - a);
    expect(years).to.deep.equal(sorted);
    expect(allFacts().at(-1)?.citation.dataYear).to.equal('undated');
  });

  // A card that rotates without a topic shows only the `current` figures: the newest of each measure about child sex
  // trafficking itself. An archival figure, an estimate or the count of every missing-child entry must stay out.
  it('marks as current exactly the newest, non-archival trafficking figures, one per measure', () => {
    const current = builtIn.filter((fact) => fact.current);
    expect(current.map((fact) => fact.id)).to.deep.equal([
      'reports-2021',
      'every-state-2021',
      'runaways-2021',
      'child-welfare-runaways-2021',
    ]);
    const wrong = current
      .filter((fact) => fact.archival || fact.estimate || fact.measures === 'missing-children-entries')
      .map((fact) => fact.id);
    expect(wrong, `shown in rotation but should not be: ${wrong.join(', ')}`).to.deep.equal([]);
    const measures = current.map((fact) => fact.measures);
    expect(new Set(measures).size, 'one figure per measure').to.equal(measures.length);
    for (const fact of current) {
      const newer = builtIn.filter(
        (other) =>
          other.measures === fact.measures &&
          typeof other.citation.dataYear === 'number' &&
          typeof fact.citation.dataYear === 'number' &&
          other.citation.dataYear > fact.citation.dataYear,
      );
      expect(
        newer.map((other) => other.id),
        `newer than ${fact.id}`,
      ).to.deep.equal([]);
    }
  });

  it('labels the 100,000 figure as an estimate, in its citation and its words', () => {
    const fact = factById('children-exploited-estimate');
    expect(fact?.estimate).to.equal(true);
    expect(builtInLocales.en.facts['children-exploited-estimate'].sentence).to.match(/\bestimate\b/i);
    expect(builtInLocales.es.facts['children-exploited-estimate'].sentence).to.match(/estimaci[oó]n/i);
    expect(builtInLocales.fr.facts['children-exploited-estimate'].sentence).to.match(/estim/i);
  });

  it('names the year of the data in every sentence', () => {
    const missing = SUPPORTED_LOCALES.flatMap((code) =>
      builtIn
        .filter(({ citation: { dataYear } }) => dataYear !== 'undated')
        .filter(
          (fact) =>
            !builtInLocales[code].facts[fact.id as keyof typeof builtInLocales.en.facts].sentence.includes(
              String(fact.citation.dataYear),
            ),
        )
        .map((fact) => `${code}: ${fact.id}`),
    );
    expect(missing, `sentences without the year of their data: ${missing.join(', ')}`).to.deep.equal([]);
  });

  it('never says "today" or "this year" about a figure', () => {
    const timeless = phrase('today|this year|nowadays|currently|hoy|este año|actualmente|hoy en día');
    const bad = SUPPORTED_LOCALES.flatMap((code) =>
      allStrings(builtInLocales[code].facts, `${code}.facts`).filter(({ text }) => timeless.test(text)),
    ).map(({ path, text }) => `${path}: ${text}`);
    expect(bad, `figures dated "today":\n${bad.join('\n')}`).to.deep.equal([]);
  });

  // The card hides its large figure from screen readers because the sentence says it again.
  it('repeats the number of every figure in its sentence', () => {
    const bad = SUPPORTED_LOCALES.flatMap((code) =>
      Object.entries(builtInLocales[code].facts)
        .filter(([, { figure, sentence }]) =>
          (figure.match(/\d[\d,.]*/g) ?? []).some(
            (number) => !sentence.includes(number.replace(/[.,]$/, '')),
          ),
        )
        .map(([id, { figure }]) => `${code}.facts.${id}: "${figure}"`),
    );
    expect(bad, `sentences that do not repeat their figure: ${bad.join(', ')}`).to.deep.equal([]);
  });

  it('files every fact under at least one known topic, and every topic has a fact', () => {
    const unfiled = builtIn
      .filter((fact) => !fact.topics.length || fact.topics.some((topic) => !FACT_TOPICS.includes(topic)))
      .map((fact) => fact.id);
    expect(unfiled, `facts without a known topic: ${unfiled.join(', ')}`).to.deep.equal([]);
    const empty = FACT_TOPICS.filter((topic) => !factsByTopic(topic).length);
    expect(empty, `topics without facts: ${empty.join(', ')}`).to.deep.equal([]);
  });

  it('gives figures that count the same thing different years', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const fact of builtIn) {
      const key = `${fact.measures} ${fact.citation.dataYear}`;
      const other = seen.get(key);
      if (other) clashes.push(`${other} and ${fact.id}`);
      seen.set(key, fact.id);
    }
    expect(clashes, `two figures of one measure and one year: ${clashes.join('; ')}`).to.deep.equal([]);
  });
});

describe('newest first', () => {
  const year = (fact: Fact) => (fact.citation.dataYear === 'undated' ? -Infinity : fact.citation.dataYear);

  it('lists the facts of every topic newest first', () => {
    const unsorted = FACT_TOPICS.filter((topic) => {
      const years = factsByTopic(topic).map(year);
      return years.some((each, i) => i > 0 && each > years[i - 1]);
    });
    expect(unsorted, `topics not newest first: ${unsorted.join(', ')}`).to.deep.equal([]);
    const everything = allFacts().map(year);
    expect(everything.every((each, i) => i === 0 || each <= everything[i - 1])).to.equal(true);
  });

  it('shows the 2021 figure before the 2015 one when both count runaways who were likely victims', () => {
    const runaways = factsByTopic('runaways').filter(
      (fact) => factReview(fact.id).measures === 'runaways-likely-victims',
    );
    expect(runaways.map((fact) => fact.id)).to.deep.equal([
      'runaways-2021',
      'runaways-2019',
      'runaways-2015',
    ]);
  });

  it('puts the newest figure of each measure ahead of the older ones in every topic', () => {
    const problems: string[] = [];
    for (const topic of FACT_TOPICS) {
      const seen = new Map<string, Fact>();
      for (const fact of factsByTopic(topic)) {
        const { measures } = factReview(fact.id);
        const earlier = seen.get(measures);
        if (earlier && year(earlier) < year(fact)) problems.push(`${topic}: ${earlier.id} before ${fact.id}`);
        if (!earlier) seen.set(measures, fact);
      }
    }
    expect(problems, problems.join('; ')).to.deep.equal([]);
  });

  it('defaults to the newest current figure about the scale of the problem', () => {
    const fact = defaultFact();
    expect(fact.id).to.equal(factsByTopic(DEFAULT_TOPIC)[0].id);
    expect(factReview(fact.id).archival, `${fact.id} is archival`).to.not.equal(true);
    const newestOfMeasure = builtIn
      .filter((each) => each.measures === factReview(fact.id).measures)
      .map(year);
    expect(year(fact)).to.equal(Math.max(...newestOfMeasure));
  });
});

// ---- Language -------------------------------------------------------------------------------------------------

describe('ruled-out words', () => {
  it('knows every ruled-out word, promise and calque when it sees one', () => {
    const missed = [
      ...missedSamples(RULED_OUT, ruledOutIn),
      ...missedSamples(RULED_OUT_PROMISES, promisesIn),
    ];
    expect(missed, `the check misses: ${missed.join(', ')}`).to.deep.equal([]);
    expect(ruledOutIn('LA PROSTITUCIÓN INFANTIL')).to.include('prostitución infantil');
  });

  it('leaves "pimp-controlled trafficking", ordinary words and a line’s own stated hours and terms alone', () => {
    const fine = [
      'Pimp-controlled trafficking is one form.',
      'Johnson County schools',
      'a trickle of reports',
      'los compradores y los tratantes',
      'Report online at any time.',
      'Calls are free and private, unless a child is being hurt or is at serious risk.',
      'Abierto a toda hora, todos los días.',
      'para actos sexuales o para trabajar',
      'Ouvert 24 heures sur 24, 7 jours sur 7.',
      'pour des actes sexuels ou pour travailler',
    ];
    expect(fine.filter((text) => allRuledOutIn(text).length)).to.deep.equal([]);
  });

  it('uses none of them in any string of any language', () => {
    // Every shipped language is read, from the list in src/content/locales/index.ts.
    expect(new Set(localeStrings.map(({ path }) => path.split('.')[0]))).to.deep.equal(
      new Set(SUPPORTED_LOCALES),
    );
    const bad = flagged(localeStrings, allRuledOutIn);
    expect(bad, `ruled-out words:\n${bad.join('\n')}`).to.deep.equal([]);
  });

  it('uses none of them in the sources, facts, hotlines and signs data, addresses included', () => {
    const bad = flagged(dataStrings, allRuledOutIn, withoutPublishedNames);
    expect(bad, `ruled-out words:\n${bad.join('\n')}`).to.deep.equal([]);
  });

  it('excuses a name in a published address only where it stands, and only while it is there', () => {
    for (const { fragment, whose } of PUBLISHED_NAMES) {
      const holders = dataStrings.filter(({ text }) => text.includes(fragment));
      expect(holders.length, `${fragment} (${whose}) is still in the data`).to.be.above(0);
      // Without the excuse the check would flag it, so the excuse is doing something.
      expect(
        holders.some(({ text }) => ruledOutIn(text).length > 0),
        fragment,
      ).to.equal(true);
    }
    // The same word anywhere else in an address is still caught.
    expect(ruledOutIn(withoutPublishedNames('https://example.org/johns-on-the-street'))).to.include('john');
  });

  it('reads every function-valued string too', () => {
    expect(uncallable, `functions that threw with sample arguments: ${uncallable.join(', ')}`).to.deep.equal(
      [],
    );
    const paths = localeStrings.map(({ path }) => path);
    expect(paths).to.include('en.common.dataYear(3)');
    expect(paths).to.include('es.factCard.position(3, 5)');
    expect(localeStrings.find(({ path }) => path === 'es.factCard.position(3, 5)')?.text).to.equal(
      'Dato 3 de 5',
    );
  });
});

describe('plain English', () => {
  it('finds a hard sentence too hard', () => {
    const hard =
      'Multifaceted socioeconomic vulnerabilities substantially exacerbate susceptibility to commercial sexual exploitation.';
    expect(gradeLevel(hard)).to.be.greaterThan(MAXIMUM_GRADE);
    expect(tooHard([{ path: 'sample', text: hard }])).to.have.length(1);
  });

  it('finds a plain sentence plain', () => {
    expect(gradeLevel('Most children are groomed by someone they know and trust.')).to.be.at.most(
      MAXIMUM_GRADE,
    );
  });

  it('writes every fact sentence at grade 8 or lower', () => {
    const sentences = Object.entries(builtInLocales.en.facts).map(([id, { sentence }]) => ({
      path: `en.facts.${id}.sentence`,
      text: sentence,
    }));
    const hard = tooHard(sentences);
    expect(hard, `too hard to read:\n${hard.join('\n')}`).to.deep.equal([]);
  });

  it('writes every longer English string at grade 8 or lower', () => {
    const longer = allStrings(builtInLocales.en, 'en').filter(
      ({ text }) => text.split(/\s+/).filter(Boolean).length >= MINIMUM_WORDS_TO_MEASURE,
    );
    expect(longer.length).to.be.greaterThan(builtIn.length);
    const hard = tooHard(longer);
    expect(hard, `too hard to read:\n${hard.join('\n')}`).to.deep.equal([]);
  });
});
