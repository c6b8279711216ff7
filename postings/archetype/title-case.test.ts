import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hugoAvailable, makeTempFolder, removeTempFolders } from '../test-support/temp-site.js';
import { apTitleCase } from './title-case.js';

/**
 * Inputs and what Hugo 0.111.3 prints for `{{ title . }}` with the default
 * titleCaseStyle (recorded from `hugo new` with an archetype ranging over them).
 */
const HUGO_TITLES: [string, string][] = [
  ['senior engineer in the city of a thousand lights', 'Senior Engineer in the City of a Thousand Lights'],
  ['the art of war', 'The Art of War'],
  ['head of people and culture', 'Head of People and Culture'],
  ['vp, sales for north america', 'Vp, Sales for North America'],
  ['work from home with us', 'Work From Home With Us'],
  ['engineer (remote)', 'Engineer (Remote)'],
  ['to be or not to be', 'To Be or Not to Be'],
  ['data-driven analyst', 'Data-Driven Analyst'],
  ['jack-of-all-trades', 'Jack-of-All-Trades'],
  ['r/shiny developer', 'R/Shiny Developer'],
  ['python api developer', 'Python Api Developer'],
  ['a tale of two cities', 'A Tale of Two Cities'],
  ['over the top', 'Over the Top'],
  ['what is up', 'What Is Up'],
  ['as if', 'As If'],
  ['über café manager', 'Über Café Manager'],
  ['c++ engineer', 'C++ Engineer'],
  ['iOS developer', 'IOS Developer'],
  ['ceo', 'Ceo'],
  ["it's a test", "It's a Test"],
  ['senior   engineer', 'Senior   Engineer'],
  ['front-end engineer with go', 'Front-End Engineer With Go'],
  ['via rail', 'Via Rail'],
  ['is this it', 'Is This It'],
  ['between us', 'Between Us'],
  ['work as a team', 'Work as a Team'],
  ['what if it rains', 'What if It Rains'],
  ['cats vs dogs', 'Cats vs Dogs'],
  ['cats vs. dogs', 'Cats vs. Dogs'],
  ['travel via rail', 'Travel via Rail'],
  ['paid per hour', 'Paid per Hour'],
  ['give up the fight', 'Give Up the Fight'],
  ['so it goes now', 'So It Goes Now'],
  ['not yet done', 'Not Yet Done'],
  ['the en route', 'The en Route'],
  ['v for vendetta', 'V for Vendetta'],
  ['a v b c', 'A v B C'],
  ['engineer — remote', 'Engineer — Remote'],
  ['senior-level: the lead', 'Senior-Level: The Lead'],
  ['co-op the place', 'Co-Op the Place'],
  ['re-think to-do list', 'Re-Think To-Do List'],
  ['high-quality the end', 'High-Quality the End'],
  ['d3.js and react', 'D3.js and React'],
  ['engineer 2 the end', 'Engineer 2 the End'],
  ["l'oréal job", "L'oréal Job"],
  ['éclair and ñandú', 'Éclair and Ñandú'],
  ['node.js/react engineer', 'Node.js/React Engineer'],
  ['sales & marketing', 'Sales & Marketing'],
  ['a', 'A'],
  ['of', 'Of'],
  ['hello the', 'Hello The'],
];

describe('apTitleCase matches Hugo’s title function', () => {
  it.each(HUGO_TITLES)('%j → %j', (input, expected) => {
    expect(apTitleCase(input)).toBe(expected);
  });

  it('turns a file name with hyphens replaced into the title Hugo would give it', () => {
    expect(apTitleCase('senior backend engineer in the payments team')).toBe('Senior Backend Engineer in the Payments Team');
  });

  it('leaves an empty string empty', () => {
    expect(apTitleCase('')).toBe('');
  });
});

const HUGO = hugoAvailable();

describe.skipIf(!HUGO)(HUGO ? 'apTitleCase against the installed Hugo' : 'apTitleCase against the installed Hugo (SKIPPED: `hugo` is not on PATH)', () => {
  afterAll(removeTempFolders);

  it('gives what hugo new gives for job titles, small words, hyphens, slashes and punctuation', () => {
    const inputs = [
      ...HUGO_TITLES.map(([input]) => input),
      'director of engineering, platform and infrastructure',
      'part-time barista (weekends only) at the roastery',
      'ux/ui designer for the web and mobile apps',
      'head of sales: emea and apac',
      'qa engineer - test automation',
      'engineer in test / sdet',
      'nurse practitioner – per diem',
      '“lead” engineer',
      'the end of the road as we know it',
      'software engineer ii, ml platform',
      'vp of r&d',
      '   leading spaces and the trailing ones   ',
    ];
    const site = join(makeTempFolder(), 'site');
    mkdirSync(join(site, 'archetypes'), { recursive: true });
    mkdirSync(join(site, 'content'));
    writeFileSync(join(site, 'hugo.toml'), '');
    writeFileSync(join(site, 'archetypes', 'default.md'), inputs.map((input) => `{{ title \`${input}\` }}\n`).join(''));
    const result = spawnSync('hugo', ['new', 'titles.md'], { cwd: site, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const hugoTitles = readFileSync(join(site, 'content', 'titles.md'), 'utf8').split('\n').slice(0, inputs.length);
    expect(inputs.map(apTitleCase)).toEqual(hugoTitles);
  });
});
