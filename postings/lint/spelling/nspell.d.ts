// nspell ships no types. This declares the part of its API the speller uses,
// plus the two fields it reads to build its own suggestion index (the parsed
// word forms and the affix flags); see suggestion-index.ts for why.
declare module 'nspell' {
  interface NSpellDictionary {
    aff: string | Uint8Array;
    dic?: string | Uint8Array;
  }

  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    /** Every known word form (affixes applied) and its flags. */
    data: Record<string, string[]>;
    /** Affix-file flags by name, e.g. NOSUGGEST → "!". */
    flags: Record<string, string | number | string[] | undefined>;
  }

  function nspell(dictionary: NSpellDictionary): NSpell;
  export default nspell;
  export type { NSpell, NSpellDictionary };
}
