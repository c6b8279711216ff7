import { describe, expect, it } from 'vitest';
import { americanSpeller, eitherSpeller } from '../../test-support/dictionaries.js';
import { runRule } from '../../test-support/run-rule.js';
import { mixedVariantsRule } from './mixed-variants.js';

const FRONT = '+++\ntitle = "Analyst"\n+++\n';
const lint = (body: string, speller = eitherSpeller()) => runRule(mixedVariantsRule, FRONT + body, { speller }).map((diagnostic) => diagnostic.message);

describe('mixed-variants', () => {
  it('is quiet for a posting in one variant, and Oxford -ize counts as British', () => {
    expect(lint('Our organisation values colour and behaviour.')).toEqual([]);
    expect(lint('Our organization values color and behavior.')).toEqual([]);
    expect(lint('Our organization values colour and behaviour.')).toEqual([]);
  });

  it('notes a posting that mixes them, once, naming some of each', () => {
    expect(lint('We value color and labor. Our programme centre is new.')).toEqual([
      'This posting mixes American spellings (“color”, “labor”) and British ones (“programme”, “centre”); pick one.',
    ]);
  });

  it('does nothing where the site declares a variant (a speller of one variant)', () => {
    expect(lint('We value color. Our programme is new.', americanSpeller())).toEqual([]);
  });

  it('leaves capitalised words of the text out: they are often names', () => {
    expect(lint('The Center for Labour Studies values color.')).toEqual([]);
  });
});
