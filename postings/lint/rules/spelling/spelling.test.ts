import { describe, expect, it } from 'vitest';
import { americanSpeller } from '../../test-support/dictionaries.js';
import { flagged, runRule } from '../../test-support/run-rule.js';
import type { LintConfig, Speller } from '../../types.js';
import { spellingRule } from './spelling.js';

const speller = americanSpeller([]);
const FRONT = '+++\ntitle = "Backend Engineer"\ndate = 2026-01-05\n+++\n';

function lint(body: string, config: Partial<LintConfig> = {}, front = FRONT) {
  return runRule(spellingRule, front + body, { speller, config });
}

/** The words the rule flags in `body`. */
function flaggedWords(body: string, config: Partial<LintConfig> = {}, front = FRONT): string[] {
  return lint(body, config, front).map((diagnostic) => flagged(front + body, diagnostic));
}

describe('spelling', () => {
  describe('valid: nothing to report', () => {
    it.each([
      ['plain English', 'You will join a small team and help move our platform forward.'],
      ['technology names as written', 'Experience with ElasticSearch, MongoDB, AWS, Redis, cython, or numpy. Building GIS solutions.'],
      ['technology names in lower case', 'We use python, postgresql and kubernetes.'],
      ['jargon', 'Own the roadmap, onboarding and the full lifecycle of performant, scalable services.'],
      ['acronyms and their plurals', 'Meet the SLA and KPIs, work with SREs on the APIs.'],
      ['possessives and contractions', 'Crunch’s clients don’t wait; it\'s our clients\' data.'],
      ['hyphenated compounds', 'A well-tested, real-life, large-scale e-mail system.'],
      ['code, URLs and e-mail addresses', 'Run `pip instal numpyy` and write to jobs@crunchh.io or see https://crunchh.io/jobz.'],
      ['code blocks', '```\nconst abilty = 1;\n```\n'],
      ['link destinations', 'See [our site](https://example.com/abilty).'],
      ['names in mid-sentence', 'Pioneers such as Tufte, Heer and Bostock; retreats in Punta Cana.'],
      [
        'names in a list beside capitalised words',
        'Pioneers including Florence Nightingale and W.E.B. Du Bois; Cleveland, Tufte, the Wickhams, Heer, and Bostock.',
      ],
      ['product names one slip from an ordinary word', 'Software such as SPSS, R, Q/Displayr, Confirmit or Unicom.'],
      ['words in other alphabets', 'We welcome 工程师 and Москва.'],
      ['names with inner capitals', 'Our parent company YouGov and its RCrunch package.'],
      ['link text naming its site', 'Tools like [apimatic](https://www.apimatic.io/) or [stoplight](https://stoplight.io/).'],
      ['words with digits', 'Deploy to EC2 and S3 with D3 charts, 24/7.'],
      ['file names and paths', 'Edit config.toml in content/jobs/ or ~/site.'],
      ['words of other fields', 'Genomic data for our bioinformatics team; telework policymakers; a cyber team, paid per annum.'],
      ['a name the posting uses twice', 'Join Zorblax. At Zorblax we ship.'],
      ['a name from the posting’s address, in any case', 'zorblax sells online at https://www.zorblax.de and Zorblax ships.'],
      ['a name from an address spelt out', 'Send your CV to jobs at zorblax dot com.'],
      ['a name after a title', 'Led by Professor Awais Rashid at the university.'],
      ['a name before an organisation word', 'Clients include BBC, McCann World Group and Qube Research & Technologies.'],
      ['a product named in camel case from words', 'We maintain HaskellR and deploy on NixOS.'],
      ['contractions written with an entity', 'We&#8217;ve got it and it shouldn&#8217;t wait; we&#x27;re here.'],
      ['a reference link named by its own text', 'See [Funflow][funflow] and [inline-js][inline-js].\n\n[funflow]: https://example.com/a\n[inline-js]: https://example.com/b\n'],
      ['an attribute list', 'Text.\n{: .maxw-mobile-lg}\n'],
      ['a web address written with entities', 'See https:&#x2F;&#x2F;www.example.io&#x2F;working-at-zorblax today.'],
    ])('%s', (_name, body) => {
      expect(flaggedWords(body)).toEqual([]);
    });

    it('skips the repository’s word list, in any case', () => {
      expect(flaggedWords('We build Crunchtabs for crunchtabs users.', { words: ['Crunchtabs'] })).toEqual([]);
    });

    it('skips the company name and its possessive', () => {
      expect(flaggedWords('Zorblax is hiring. Zorblax’s team is remote.', { company: 'Zorblax Inc.' })).toEqual([]);
    });

    it('reports nothing without a speller', () => {
      expect(runRule(spellingRule, `${FRONT}Demonstratable abilty.`, { config: {} })).toEqual([]);
    });
  });

  describe('invalid: misspellings are reported', () => {
    it('reports a misspelled word with its position and suggestions', () => {
      const body = 'A demonstrable abilty to communicate.';
      const [diagnostic, ...rest] = lint(body);
      expect(rest).toEqual([]);
      expect(diagnostic).toMatchObject({ ruleId: 'spelling', severity: 'warning', message: '“abilty” may be misspelled', line: 5, column: 16 });
      expect(diagnostic?.fix).toBeUndefined();
      expect(diagnostic?.suggestions?.[0]).toEqual({
        title: 'Replace with “ability”',
        edit: { start: FRONT.length + 15, end: FRONT.length + 21, text: 'ability' },
      });
      expect(diagnostic?.suggestions?.length).toBeLessThanOrEqual(5);
    });

    it.each([
      ['a typo at the start of a sentence', 'Demonstratable skills.', 'Demonstratable'],
      ['a typo at the start of a list item', 'You have:\n\n* Parallization experience', 'Parallization'],
      ['a typo in a heading', '## Qualificatons\n\nText.', 'Qualificatons'],
      ['a typo in lower case', 'Experience wiht Python.', 'wiht'],
      ['a misspelled technology name in mid-sentence', 'Experience with Pyhton and Kubernets.', 'Pyhton,Kubernets'],
      ['a misspelled name with inner capitals', 'Fluent in Javascirpt.', 'Javascirpt'],
      ['a misspelled place name in mid-sentence', 'Based in Seatle or remote.', 'Seatle'],
      ['a typo in a title-case phrase', 'A degree in Computer Sckience.', 'Sckience'],
      ['a typo in a title-case phrase with joining words', 'Reporting to our Director of Analytiics and Product.', 'Analytiics'],
      ['a long all-caps word', 'REQUIRED EXPERIANCE', 'EXPERIANCE'],
      ['a wrong ordinal', 'Starting on the 2th of May.', '2th'],
      ['a broken part of a compound', 'A real-lfe system.', 'real-lfe'],
      ['words run together', 'Data-driven decisionmaking.', 'decisionmaking'],
      ['a typo in link text', 'Read [our abilty guide](https://example.com/guide).', 'abilty'],
      ['a typo in emphasis', 'A **remarkble** team.', 'remarkble'],
      ['a typo in raw HTML', '<p>Strong famliarity with <b>Linux</b>.</p>\n', 'famliarity'],
      ['a name used once, still checked when it is a slip from a dictionary name', 'Based in Seatle, near Zorblax.', 'Seatle'],
    ])('%s', (_name, body, words) => {
      expect(flaggedWords(body)).toEqual(words.split(','));
    });

    it('reports a misspelled word of the repository’s list in mid-sentence (the host loads the speller with the list)', async () => {
      const words = ['Crunchtabs'];
      const text = `${FRONT}Users of Crunchtbas love it.`;
      const diagnostics = runRule(spellingRule, text, { speller: americanSpeller(words), config: { words } });
      expect(diagnostics.map((diagnostic) => [flagged(text, diagnostic), diagnostic.suggestions?.[0]?.edit.text])).toEqual([
        ['Crunchtbas', 'Crunchtabs'],
      ]);
    });

    it('reports a slip from a name the details give, suggesting that name', () => {
      const front = '+++\ntitle = "IT Analyst"\n[hiringOrganization]\nname = "Zorblaxx Management"\n+++\n';
      const [diagnostic] = lint('Zorblax Management are a leading fund.', {}, front);
      expect(diagnostic?.message).toBe('“Zorblax” may be misspelled');
      expect(diagnostic?.suggestions?.[0]?.edit.text).toBe('Zorblaxx');
    });

    it('checks the title', () => {
      const front = '+++\ntitle = "Senoir Backend Engineer"\n+++\n';
      const [diagnostic] = lint('Text.', {}, front);
      expect(diagnostic).toMatchObject({ message: '“Senoir” may be misspelled', line: 2, column: 10 });
      expect(diagnostic?.suggestions?.[0]?.edit.text).toBe('Senior');
    });

    it('offers the top suggestion in the case of the original', () => {
      const [diagnostic] = lint('Demonstratable skills.');
      expect(diagnostic?.suggestions?.[0]?.edit.text).toBe('Demonstrable');
    });

    it('reports a word it has no suggestion for, with no suggestions', () => {
      const [diagnostic] = lint('We need qwzxv.');
      expect(diagnostic?.message).toBe('“qwzxv” may be misspelled');
      expect(diagnostic?.suggestions).toBeUndefined();
    });

    it('reports every occurrence', () => {
      expect(flaggedWords('An abilty. Another abilty.')).toEqual(['abilty', 'abilty']);
    });
  });

  it('uses whatever speller the host gives it', () => {
    const fake: Speller = { correct: (word) => word !== 'blue', suggest: () => ['red'] };
    const diagnostics = runRule(spellingRule, `${FRONT}The blue sky.`, { speller: fake, config: {} });
    expect(diagnostics.map((diagnostic) => diagnostic.suggestions?.[0]?.edit.text)).toEqual(['red']);
  });
});
