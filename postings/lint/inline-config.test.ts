import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './engine.js';
import { lintPosting } from './lint-posting.js';
import { americanSpeller } from './test-support/dictionaries.js';

const context = { config: { ...DEFAULT_CONFIG, today: '2026-12-01' }, speller: americanSpeller() };
const FRONT = '+++\ntitle = "Data Engineer"\ndate = 2026-01-05\n+++\n';
const spelled = (body: string): string[] =>
  lintPosting(FRONT + body, context)
    .messages.filter((message) => message.ruleId === 'spelling')
    .map((message) => /“([^”]+)”/.exec(message.message)?.[1] ?? '');

describe('inline comments that turn rules off', () => {
  it('turn a rule off for a passage and on again', () => {
    const body = 'An abilty one.\n\n<!-- posting-desk-disable spelling -->\nAn abiltyy two.\n\nAn abiltyyy three.\n<!-- posting-desk-enable spelling -->\nA remarkble four.\n';
    expect(spelled(body)).toEqual(['abilty', 'remarkble']);
  });

  it('turn a rule off for the next line only', () => {
    const body = '<!-- posting-desk-disable-next-line spelling -->\nAn abilty one.\nA remarkble two.\n';
    expect(spelled(body)).toEqual(['remarkble']);
  });

  it('turn a rule off for their own line', () => {
    expect(spelled('An abilty one. <!-- posting-desk-disable-line spelling -->\nA remarkble two.\n')).toEqual(['remarkble']);
  });

  it('turn every rule off without ids, to the end when never enabled again', () => {
    const { messages } = lintPosting(`${FRONT}Fine text.\n<!-- posting-desk-disable -->\nAbilty and and more.  \n`, context);
    expect(messages.filter((message) => message.line >= 7)).toEqual([]);
  });

  it('leave other rules on', () => {
    const { messages } = lintPosting(`${FRONT}<!-- posting-desk-disable-next-line spelling -->\nAbilty and and more.\n`, context);
    expect(messages.map((message) => message.ruleId)).toContain('repeated-words');
    expect(messages.map((message) => message.ruleId)).not.toContain('spelling');
  });

  it('warn about a rule id that does not exist, with the one meant', () => {
    const { messages } = lintPosting(`${FRONT}<!-- posting-desk-disable-next-line spellng -->\nAbilty.\n`, context);
    const problem = messages.find((message) => message.ruleId === 'inline-config');
    expect(problem).toMatchObject({ severity: 'warning', line: 5, message: '“spellng” is not a rule, so this comment turns nothing off. Did you mean “spelling”?' });
    expect(spelled('<!-- posting-desk-disable-next-line spellng -->\nAn abilty.\n')).toEqual(['abilty']);
  });

  it('are HTML comments: their words are never checked', () => {
    expect(spelled('<!-- posting-desk-disable-next-line spelling -->\nFine.\n')).toEqual([]);
  });
});
