import { describe, expect, it } from 'vitest';
import { articleFor } from './a-an-sound.js';

describe('articleFor', () => {
  const cases: [string, 'a' | 'an' | undefined][] = [
    // Spelling and sound agree.
    ['cat', 'a'], ['engineer', 'an'], ['apple', 'an'], ['opportunity', 'an'],
    // Vowel letters said with a consonant sound.
    ['user', 'a'], ['useful', 'a'], ['usual', 'a'], ['university', 'a'], ['unique', 'a'], ['unit', 'a'], ['union', 'a'],
    ['Unix', 'a'], ['uniform', 'a'], ['utility', 'a'], ['European', 'a'], ['eulogy', 'a'], ['one-time', 'a'], ['one', 'a'],
    ['once-in-a-lifetime', 'a'], ['Ukrainian', 'a'], ['ubiquitous', 'a'], ['unanimous', 'a'],
    // Vowel letters said with a vowel sound.
    ['uninstall', 'an'], ['unidentified', 'an'], ['unusual', 'an'], ['umbrella', 'an'], ['urban', 'an'], ['utter', 'an'],
    ['onerous', 'an'], ['update', 'an'], ['upgrade', 'an'], ['unimportant', 'an'],
    // The silent h.
    ['hour', 'an'], ['hourly', 'an'], ['honest', 'an'], ['honor', 'an'], ['honourable', 'an'], ['heir', 'an'],
    ['house', 'a'], ['hybrid', 'a'], ['human', 'a'],
    // Acronyms by how they are said.
    ['API', 'an'], ['APIs', 'an'], ['SRE', 'an'], ['MBA', 'an'], ['HTML', 'an'], ['HTML5', 'an'], ['HR', 'an'], ['SDK', 'an'],
    ['NDA', 'an'], ['LLM', 'an'], ['ETL', 'an'], ['ORM', 'an'], ['SEO', 'an'], ['S3', 'an'], ['EC2', 'an'], ['MVP', 'an'],
    ['URL', 'a'], ['UX', 'a'], ['UI', 'a'], ['QA', 'a'], ['GDPR', 'a'], ['CTO', 'a'], ['US', 'a'], ['VP', 'a'],
    ['NASA', 'a'], ['JSON', 'a'], ['REST', 'a'], ['SCRUM', 'a'], ['HIPAA', 'a'], ['OSHA', 'an'], ['SaaS', 'a'],
    ['iOS', 'an'], ['iPhone', 'an'], ['npm', 'an'], ['nginx', 'an'], ['ssh', 'an'], ['css', 'a'], ['MySQL', 'a'],
    // Letters by their names.
    ['R', 'an'], ['C', 'a'], ['X-ray', 'an'], ['T-shirt', 'a'], ['e-mail', 'an'], ['F-1', 'an'], ['H-1B', 'an'], ['U-turn', 'a'],
    ['M', 'an'], ['B', 'a'], ['A', 'an'], ['U', 'a'],
    // Numbers by how they are said.
    ['8-hour', 'an'], ['8', 'an'], ['80', 'an'], ['800', 'an'], ['11', 'an'], ['18', 'an'], ['11000', 'an'], ['18500', 'an'],
    ['1', 'a'], ['10', 'a'], ['100', 'a'], ['110', 'a'], ['2026', 'a'], ['110000', 'a'], ['1099', 'a'],
    // Compounds and mixed-case names.
    ['MSRV-aware', 'an'], ['LLM-created', 'an'], ['SELinux', 'an'], ['XMLHttpRequest', 'an'], ['JSONPath', 'a'], ['OneTrust', 'a'],
    ['xtask', 'an'], ['Xcode', 'an'], ['xenon', 'a'], ['uid', 'a'], ['umask', 'a'], ['NUL', 'a'], ['MinIO', 'a'], ['MIT', 'an'],
    // Usage varies: never flagged.
    ['MIR', undefined], ['SAN', undefined], ['SID', undefined], ['std', undefined], ['svc', undefined],
    ['SQL', undefined], ['FAQ', undefined], ['historic', undefined], ['herb', undefined], ['hotel', undefined], ['1800', undefined],
  ];
  // The words phrase-check.ts's suggestions put after "a"/"an".
  cases.push(['expert', 'an'], ['hour', 'an'], ['honest', 'an'], ['user', 'a'], ['European', 'a'], ['one-off', 'a'], ['specialist', 'a']);
  it.each(cases)('%s takes %s', (word, article) => {
    expect(articleFor(word)).toBe(article);
  });
});
