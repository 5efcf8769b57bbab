import { expect } from '@open-wc/testing';
import { MAXIMUM_GRADE, readingGrade } from './helpers/readability.js';
import { builtInLocales } from '../src/content/locales/all.js';
import { SUPPORTED_LOCALES } from '../src/content/locales/index.js';
import {
  allSignItems,
  groupsFor,
  SIGN_AUDIENCES,
  SIGN_SETS,
  signSets,
  type SignGroup,
  type SignGroupId,
  type SignItemId,
} from '../src/content/signs.js';
import {
  ncmecFactsAndFigures,
  ncmecLetter2020,
  ncmecTraffickingPage,
  ncptfMissingKids,
  whatWeMust,
} from '../src/content/sources.js';

// Content checks for the explainer's signs (src/content/signs.ts and locales/<lang>/{signs,explainer}.ts). The
// general content test covers every locale string; these check what signs must never be: uncited, untranslated,
// a quiz or a score, or hard to read.

const en = builtInLocales.en;
const es = builtInLocales.es;
const fr = builtInLocales.fr;

/** Every string under a value, with its path (functions are called with a sample word). */
function stringsIn(value: unknown, path: string, found: { path: string; text: string }[] = []) {
  if (typeof value === 'string') found.push({ path, text: value });
  else if (typeof value === 'function')
    stringsIn((value as (sample: string) => unknown)('Sample'), `${path}()`, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringsIn(item, `${path}.${key}`, found);
  }
  return found;
}

const signStrings = SUPPORTED_LOCALES.flatMap((code) => [
  ...stringsIn(builtInLocales[code].signs, `${code}.signs`),
  ...stringsIn(builtInLocales[code].explainer, `${code}.explainer`),
]);

/** A whole word or phrase, any case, with Unicode word edges (so "quizás" is not "quiz"). */
const phrase = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');
const NUMBER_WORDS = '\\d+|one|two|three|four|five|six|seven|eight|nine|ten';
const SPANISH_NUMBER_WORDS = '\\d+|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez';
const FRENCH_NUMBER_WORDS = '\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix';

/**
 * Phrasing that turns signs into a test or a score, in English, Spanish and French: counting how many apply, points,
 * quizzes, "check all that apply", "if you answered", "3 or more" and the like.
 */
const SCORING: readonly RegExp[] = [
  phrase('how many'),
  phrase('scor(?:e|es|ed|ing)'),
  phrase('quiz(?:zes)?'),
  phrase('(?:check|tick|mark) (?:all|each|every)'),
  phrase('if you answered'),
  phrase('points?'),
  phrase('tally'),
  phrase(`(?:${NUMBER_WORDS}) or more`),
  phrase(`at least (?:${NUMBER_WORDS})`),
  phrase(`out of (?:${NUMBER_WORDS})`),
  phrase('cu[aá]nt[oa]s'),
  phrase('puntaje'),
  phrase('puntuaci[oó]n'),
  phrase('puntos?'),
  phrase('cuestionario'),
  phrase('marque (?:todas|todos|cada)'),
  phrase('si (?:usted )?respondi[oó]'),
  phrase('si respondiste'),
  phrase(`(?:${SPANISH_NUMBER_WORDS}) o m[aá]s`),
  phrase(`al menos (?:${SPANISH_NUMBER_WORDS})`),
  phrase('combien'),
  phrase('pointage'),
  phrase('quiz|questionnaire'),
  phrase('cochez (?:toutes|tous|chaque)'),
  phrase('si vous avez répondu|si tu as répondu'),
  phrase(`(?:${FRENCH_NUMBER_WORDS}) ou plus`),
  phrase(`au moins (?:${FRENCH_NUMBER_WORDS})`),
];

function scoringPhrases(text: string): string[] {
  return SCORING.filter((pattern) => pattern.test(text)).map(String);
}

/** Flesch–Kincaid grade of a text, a sentence ending at any full stop followed by a space (this file's rule). */
const gradeOf = (text: string) => readingGrade(text, { sentenceEnd: 'before-space' });

/** What a reader meets as one block of English: each item's title and explanation together, and the prose around. */
function englishProse(): { path: string; text: string }[] {
  const items = Object.entries(en.signs.items).map(([id, { title, body }]) => ({
    path: `en.signs.items.${id}`,
    text: `${title}. ${body}`,
  }));
  const framing = Object.entries(en.explainer.framing).map(([audience, text]) => ({
    path: `en.explainer.framing.${audience}`,
    text,
  }));
  const steps = Object.entries(en.explainer.whatToDo).map(([audience, { steps }]) => ({
    path: `en.explainer.whatToDo.${audience}`,
    text: Object.values(steps).join(' '),
  }));
  return [...items, ...framing, ...steps];
}

describe('signs content', () => {
  describe('structure', () => {
    it('gives every item an id used once across all sets', () => {
      const ids = allSignItems().map((item) => item.id);
      expect(new Set(ids).size, 'repeated item ids').to.equal(ids.length);
    });

    it('gives every set at least one item for every audience', () => {
      for (const set of SIGN_SETS) {
        for (const audience of SIGN_AUDIENCES) {
          const count = groupsFor(set, audience).flatMap((group) => group.items).length;
          expect(count, `${set} for ${audience}`).to.be.greaterThan(0);
        }
      }
    });

    it('groups vulnerabilities as NCMEC does: societal and environmental, family, individual', () => {
      expect(signSets.vulnerabilities.groups.map((group) => group.id)).to.deep.equal([
        'societal',
        'family',
        'individual',
      ]);
    });

    it('covers the four forms NCMEC names', () => {
      const ids = allSignItems().map((item) => item.id);
      expect(ids).to.include.members(['pimp-controlled', 'familial', 'gang-controlled', 'buyer-perpetrated']);
    });

    it('answers the myths the seeds name', () => {
      const ids = signSets.myths.groups.flatMap((group: SignGroup) => group.items.map((item) => item.id));
      expect(ids).to.include.members([
        'white-vans',
        'zip-ties',
        'car-seats',
        'viral-posts',
        'only-elsewhere',
        'only-girls',
      ]);
    });

    it('covers online and street grooming, and what a trusted adult can do', () => {
      const ids = groupsFor('grooming', 'parent').flatMap((group) => group.items.map((item) => item.id));
      expect(ids).to.include.members(['online-grooming', 'street-grooming', 'adult-can-do']);
    });
  });

  describe('understanding', () => {
    const groups: readonly SignGroup[] = signSets.understanding.groups;
    const items = groups
      .flatMap((group) => group.items)
      .map((item) => ({ ...item, id: item.id as SignItemId }));
    const forAudience = (audience: 'parent' | 'youth') =>
      groupsFor('understanding', audience)
        .flatMap((group) => group.items)
        .map((item) => ({ ...item, id: item.id as SignItemId }));

    it('covers where it happens, who is a victim, who traffickers are, control, telling and help for families', () => {
      expect(groups.map((group) => group.id)).to.deep.equal([
        'where-it-happens',
        'no-typical-victim',
        'who-traffickers-are',
        'how-control-works',
        'why-hard-to-tell',
        'help-for-families',
      ]);
      // A young reader gets every theme but help for families, which speaks to parents about NCMEC's services.
      expect(groupsFor('understanding', 'youth').map((group) => group.id)).to.deep.equal(
        groups.map((group) => group.id).filter((id) => id !== 'help-for-families'),
      );
      // Adults get every theme, who traffickers are included (issue 11: it was told to young readers only).
      expect(groupsFor('understanding', 'parent').map((group) => group.id)).to.deep.equal(
        groups.map((group) => group.id),
      );
    });

    it('cites one of the documents the seeds hold for every item, and NCMEC’s page for its family services', () => {
      const seeded = [
        ncmecTraffickingPage,
        ncmecLetter2020,
        ncmecFactsAndFigures,
        whatWeMust,
        ncptfMissingKids,
      ];
      // One item per theme for each reader, and being moved around (NCMEC's facts sheet) for everyone.
      expect(items.map((item) => item.id)).to.deep.equal([
        'public-places',
        'any-child',
        'who-it-can-be',
        'youth-who-it-can-be',
        'cut-off',
        'youth-ways-to-control',
        'moved-around',
        'fear-shame-loyalty',
        'youth-hard-to-tell',
        'family-advocates',
      ]);
      for (const item of items) expect(seeded, item.id).to.include(item.citation.source);
      const families = groups.find((group) => group.id === 'help-for-families')!.items;
      for (const item of families) expect(item.citation.source, item.id).to.equal(ncmecTraffickingPage);
    });

    it('names school, being moved around, NCMEC’s recovery team and, for adults too, who traffickers are', () => {
      const byLanguage = {
        en: ['in school', 'across the country', 'recovery team', 'partner'],
        es: ['en la escuela', 'por todo el país', 'equipo de recuperación', 'pareja'],
        fr: ['à l’école', 'à travers le pays', 'équipe de rétablissement', 'amoureux'],
      } as const;
      for (const [code, [school, moved, recovery, partner]] of Object.entries(byLanguage)) {
        const words = builtInLocales[code as keyof typeof byLanguage].signs.items;
        expect(words['any-child'].body, code).to.contain(school);
        expect(words['moved-around'].body, code).to.contain(moved);
        expect(words['family-advocates'].body, code).to.contain(recovery);
        expect(words['who-it-can-be'].body, code).to.contain(partner);
      }
      const moved = items.find((item) => item.id === 'moved-around')!;
      expect(moved.citation.source, 'from NCMEC’s facts sheet').to.equal(ncmecFactsAndFigures);
      const adults = groupsFor('understanding', 'educator').find(
        (group) => group.id === 'who-traffickers-are',
      );
      expect(adults?.items.map((item) => item.id)).to.deep.equal(['who-it-can-be']);
    });

    it('has a title, an explanation and labels in English, Spanish and French, each in its own words', () => {
      for (const code of SUPPORTED_LOCALES) {
        const words = builtInLocales[code].signs;
        expect(words.sets.understanding.title.trim(), code).to.not.equal('');
        expect(words.sets.understanding.youthTitle.trim(), code).to.not.equal('');
        for (const group of groups) {
          const label = words.groups[group.id as SignGroupId];
          expect(label.trim(), `${code}: ${group.id}`).to.not.equal('');
        }
        for (const item of items) {
          const text = words.items[item.id];
          expect(text.title.trim(), `${code}: ${item.id}`).to.not.equal('');
          expect(text.body.trim(), `${code}: ${item.id}`).to.not.equal('');
          if (code !== 'en')
            expect(text.body, `${code}: ${item.id}`).to.not.equal(en.signs.items[item.id].body);
        }
      }
    });

    it('tells a young reader it is not their fault, and promises nothing a service does not', () => {
      const youth = forAudience('youth').filter((item) => item.audiences?.includes('youth'));
      for (const [code, pattern] of [
        ['en', /not your fault/],
        ['es', /no es tu culpa/],
        ['fr', /n’est pas ta faute/],
      ] as const) {
        const bodies = youth.map((item) => builtInLocales[code].signs.items[item.id].body);
        expect(bodies.filter((body) => pattern.test(body)).length, code).to.be.greaterThan(1);
      }
      const english = youth.map((item) => en.signs.items[item.id].body).join(' ');
      expect(english).to.not.match(/not in trouble|confidential|24\/7|promise|will (?:help|keep|protect)/i);
    });
  });

  describe('citations', () => {
    it('cites a named source for every item', () => {
      for (const item of allSignItems()) {
        const { source, dataYear } = item.citation;
        expect(source.organisation, item.id).to.be.a('string').and.not.equal('');
        expect(source.title, item.id).to.be.a('string').and.not.equal('');
        expect(dataYear === 'undated' || Number.isInteger(dataYear), item.id).to.equal(true);
      }
    });

    it('cites NCMEC’s “Child Sex Trafficking” page for the signs NCMEC and the hotline list', () => {
      const listed = [
        'runs-away',
        'older-friend',
        'new-things',
        'hotel-keys',
        'no-id',
        'lost-place',
        'tattoos',
      ];
      const more = ['the-life', 'injuries', 'coached'];
      for (const id of [...listed, ...more]) {
        const item = allSignItems().find((candidate) => candidate.id === id);
        expect(item, id).to.not.equal(undefined);
        expect(item!.citation.source, id).to.equal(ncmecTraffickingPage);
      }
    });
  });

  describe('words in every language', () => {
    for (const code of SUPPORTED_LOCALES) {
      it(`has a title and an explanation for every item in ${code}`, () => {
        for (const item of allSignItems()) {
          const text = builtInLocales[code].signs.items[item.id as SignItemId];
          expect(text, `${code}: ${item.id}`).to.be.an('object');
          expect(text.title.trim(), `${code}: ${item.id} title`).to.not.equal('');
          expect(text.body.trim(), `${code}: ${item.id} body`).to.not.equal('');
        }
      });
    }

    // Spanish and French speak to adults as "usted" and "vous", and to a young reader as "tú" and "tu". An item shown
    // to every audience uses neither: "mejor llame a la línea de ayuda" once reached young readers that way.
    it('speaks to adults as “usted” and “vous”, to a young reader as “tú” and “tu”, and to everyone in neither', () => {
      const items = allSignItems().map((item) => ({ ...item, id: item.id as SignItemId }));
      const adultOnly = items.filter((item) => item.audiences && !item.audiences.includes('youth'));
      const youthOnly = items.filter((item) => item.audiences && !item.audiences.includes('parent'));
      const everyone = items.filter((item) => !item.audiences);
      expect([adultOnly.length, youthOnly.length, everyone.length].every((count) => count > 0)).to.equal(
        true,
      );
      // The understanding set holds all three kinds too.
      const understanding = signSets.understanding.groups.flatMap((group: SignGroup) => group.items);
      for (const kind of [adultOnly, youthOnly, everyone])
        expect(kind.some((item) => understanding.some((each) => each.id === item.id))).to.equal(true);

      const text = (code: 'es' | 'fr', id: SignItemId) =>
        `${builtInLocales[code].signs.items[id].title} ${builtInLocales[code].signs.items[id].body}`;
      const TU_ES = phrase('tú|tu|tus|te|ti|contigo|puedes|debes|tienes|eres|estás');
      // "Usted", and the usted imperatives that speak to the reader (a 3rd-person "crea" or "sepa" is not one).
      const USTED_ES = phrase(
        'usted|ustedes|llame|hable|escuche|busque|reporte|pida|comuníquese|avise|confronte|pregunte|mire|envíe|marque|chatee',
      );
      // "t’" before a vowel ("t’aider") as well as the whole words.
      const TU_FR = new RegExp(
        `${phrase('tu|ton|ta|tes|toi').source}|(?<![\\p{L}\\p{N}])t[’'](?=\\p{L})`,
        'iu',
      );
      // "Vous", "votre", and any imperative in -ez ("appelez"), but "chez" and "assez".
      const VOUS_FR = phrase('vous|votre|vos|(?!chez|assez)\\p{L}+ez');
      const found: string[] = [];
      const check = (id: SignItemId, who: string, pattern: RegExp, code: 'es' | 'fr') => {
        if (pattern.test(text(code, id))) found.push(`${code} ${id} (${who}): ${text(code, id)}`);
      };
      for (const { id } of adultOnly) {
        check(id, 'adults, not tú', TU_ES, 'es');
        check(id, 'adults, not tu', TU_FR, 'fr');
      }
      for (const { id } of youthOnly) {
        check(id, 'youth, not usted', USTED_ES, 'es');
        check(id, 'youth, not vous', VOUS_FR, 'fr');
      }
      for (const { id } of everyone) {
        for (const [pattern, code, form] of [
          [TU_ES, 'es', 'tú'],
          [USTED_ES, 'es', 'usted'],
          [TU_FR, 'fr', 'tu'],
          [VOUS_FR, 'fr', 'vous'],
        ] as const) {
          check(id, `every audience, not ${form}`, pattern, code);
        }
      }
      expect(found, found.join('\n')).to.deep.equal([]);
      // The checks see a form of address when one is there.
      expect('Nada de esto es tu culpa.').to.match(TU_ES);
      expect('Las publicaciones falsas difunden miedo; mejor llame a la línea de ayuda.').to.match(USTED_ES);
      expect('Si ça t’arrive, parles-en.').to.match(TU_FR);
      expect('Les fausses publications répandent la peur; appelez plutôt la ligne d’aide.').to.match(VOUS_FR);
      expect('Un tratante crea un lazo y luego lo usa para controlar.').to.not.match(USTED_ES);
      expect('Il va chez un ami, assez vite.').to.not.match(VOUS_FR);
    });

    it('has no words left over for an item that no longer exists', () => {
      const ids = new Set(allSignItems().map((item) => item.id));
      for (const code of SUPPORTED_LOCALES) {
        const extra = Object.keys(builtInLocales[code].signs.items).filter((id) => !ids.has(id));
        expect(extra, code).to.deep.equal([]);
      }
    });

    it('translates every item into Spanish and French rather than copying the English', () => {
      for (const other of [es, fr]) {
        const untranslated = Object.keys(en.signs.items).filter((id) => {
          const key = id as SignItemId;
          return other.signs.items[key].body === en.signs.items[key].body;
        });
        expect(untranslated).to.deep.equal([]);
      }
    });

    it('gives every group and set a label in every language', () => {
      for (const code of SUPPORTED_LOCALES) {
        for (const set of SIGN_SETS) {
          for (const group of signSets[set].groups) {
            const label = builtInLocales[code].signs.groups[group.id];
            expect(label?.trim(), `${code}: ${group.id}`).to.not.equal('');
          }
          expect(builtInLocales[code].signs.sets[set].title.trim(), `${code}: ${set}`).to.not.equal('');
        }
      }
    });
  });

  describe('not a quiz, not a score', () => {
    it('flags phrasing that turns signs into a score, in English and Spanish', () => {
      const bad = [
        'Check all that apply.',
        'How many of these signs do you see?',
        'If you answered yes to 3 or more, your child is at risk.',
        'Add up the points for a score.',
        'Take our quiz.',
        'Three or more signs mean danger.',
        '¿Cuántas señales ve?',
        'Marque todas las que apliquen.',
        'Si respondió que sí a tres o más, sume los puntos.',
        'Su puntaje indica el riesgo.',
        'Responda este cuestionario.',
      ];
      for (const sample of bad) expect(scoringPhrases(sample), sample).to.not.deep.equal([]);
      expect(scoringPhrases('Ask a caring question.')).to.deep.equal([]);
      expect(scoringPhrases('Haga una pregunta con cariño.')).to.deep.equal([]);
      expect(scoringPhrases('Quizás necesites una cama.'), 'quizás is not quiz').to.deep.equal([]);
    });

    it('phrases no sign, framing or step as a score or a quiz', () => {
      expect(signStrings.length).to.be.greaterThan(100);
      const found = signStrings
        .map(({ path, text }) => ({ path, hits: scoringPhrases(text) }))
        .filter(({ hits }) => hits.length > 0)
        .map(({ path, hits }) => `${path}: ${hits.join(', ')}`);
      expect(found, found.join('\n')).to.deep.equal([]);
    });

    it('says in every language that no single sign proves anything', () => {
      expect(en.explainer.framing.parent).to.match(/no single sign proves anything/);
      expect(es.explainer.framing.parent).to.match(/ninguna señal por sí sola prueba nada/);
      expect(fr.explainer.framing.parent).to.match(/aucun signe à lui seul ne prouve quoi que ce soit/);
    });

    it('says it is not a child’s job to ask for help', () => {
      const english = Object.values(en.signs.items)
        .map((item) => item.body)
        .join(' ');
      expect(english).to.contain('It is not a child’s job to ask for help.');
      const spanish = Object.values(es.signs.items)
        .map((item) => item.body)
        .join(' ');
      expect(spanish).to.contain('No le toca al menor pedir ayuda.');
      const french = Object.values(fr.signs.items)
        .map((item) => item.body)
        .join(' ');
      expect(french).to.contain('Ce n’est pas à l’enfant de demander de l’aide.');
    });

    it('names a parent and adults outside the home as people a young reader can tell', () => {
      const talk = (code: 'en' | 'es' | 'fr') => builtInLocales[code].explainer.whatToDo.youth.steps.talk;
      expect(talk('en')).to.match(/a parent, teacher, school counsellor, coach or relative/);
      expect(talk('es')).to.match(
        /uno de tus padres, un maestro, un consejero escolar, un entrenador o un familiar/,
      );
      expect(talk('fr')).to.match(/un de tes parents, un prof, un intervenant de ton école, un entraîneur/);
    });

    it('tells every audience not to confront a suspected trafficker', () => {
      for (const code of SUPPORTED_LOCALES) {
        for (const audience of SIGN_AUDIENCES) {
          const steps = Object.values(builtInLocales[code].explainer.whatToDo[audience].steps).join(' ');
          expect(steps, `${code} ${audience}`).to.match(/confront|face the person|No confronte|No enfrentes/);
        }
      }
    });
  });

  describe('plain English', () => {
    it('finds a hard sample too hard to read', () => {
      const hard =
        'Multifaceted socioeconomic vulnerabilities substantially exacerbate susceptibility to commercial exploitation.';
      expect(gradeOf(hard)).to.be.greaterThan(MAXIMUM_GRADE);
    });

    it('finds a plain sample plain', () => {
      expect(gradeOf('Talk with your child. Listen, and do not blame.')).to.be.at.most(MAXIMUM_GRADE);
    });

    it('writes every item, framing and what-to-do at reading grade 8 or lower', () => {
      const prose = englishProse();
      expect(prose.length).to.be.greaterThan(allSignItems().length);
      const hard = prose
        .map(({ path, text }) => ({ path, grade: gradeOf(text) }))
        .filter(({ grade }) => grade > MAXIMUM_GRADE)
        .map(({ path, grade }) => `${path}: grade ${grade.toFixed(1)}`);
      expect(hard, hard.join('\n')).to.deep.equal([]);
    });
  });
});
