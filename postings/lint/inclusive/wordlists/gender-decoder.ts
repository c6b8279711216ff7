/**
 * Gender-coded word stems for job ads, as gender-decoder uses them.
 *
 * Source: github.com/lovedaybrooke/gender-decoder, app/wordlists.py at commit
 * 73724e6b428713f0df7d7e2e226aec4769eeb0db (2023-03-08), copied verbatim via
 * the research compilation ../shared/wordlists/gender-coded.txt (not read at
 * run time). gender-decoder's lists extend Appendix A of Gaucher, D., Friesen,
 * J., & Kay, A. C. (2011), "Evidence that gendered wording in job
 * advertisements exists and sustains gender inequality", Journal of
 * Personality and Social Psychology 101(1), 109–128, doi:10.1037/a0022530.
 *
 * Stems are written without suffixes on purpose: a lower-cased word matches a
 * stem when it starts with it ("compet" matches "competitive", "competencies").
 * The lists overlap ("domina"/"dominant", "interpersona"/"interpersonal"); as
 * in gender-decoder, a word that starts with two stems of one list counts twice.
 */

/** gender-decoder masculine_coded_words (52 stems). */
export const MASCULINE_CODED_STEMS: readonly string[] = [
  'active', 'adventurous', 'aggress', 'ambitio', 'analy', 'assert', 'athlet', 'autonom', 'battle',
  'boast', 'challeng', 'champion', 'compet', 'confident', 'courag', 'decid', 'decision',
  'decisive', 'defend', 'determin', 'domina', 'dominant', 'driven', 'fearless', 'fight', 'force',
  'greedy', 'head-strong', 'headstrong', 'hierarch', 'hostil', 'impulsive', 'independen',
  'individual', 'intellect', 'lead', 'logic', 'objective', 'opinion', 'outspoken', 'persist',
  'principle', 'reckless', 'self-confiden', 'self-relian', 'self-sufficien', 'selfconfiden',
  'selfrelian', 'selfsufficien', 'stubborn', 'superior', 'unreasonab',
];

/** gender-decoder feminine_coded_words (50 stems). */
export const FEMININE_CODED_STEMS: readonly string[] = [
  'agree', 'affectionate', 'child', 'cheer', 'collab', 'commit', 'communal', 'compassion',
  'connect', 'considerate', 'cooperat', 'co-operat', 'depend', 'emotiona', 'empath', 'feel',
  'flatterable', 'gentle', 'honest', 'interpersonal', 'interdependen', 'interpersona',
  'inter-personal', 'inter-dependen', 'inter-persona', 'kind', 'kinship', 'loyal', 'modesty',
  'nag', 'nurtur', 'pleasant', 'polite', 'quiet', 'respon', 'sensitiv', 'submissive', 'support',
  'sympath', 'tender', 'together', 'trust', 'understand', 'warm', 'whin', 'enthusias', 'inclusive',
  'yield', 'share', 'sharin',
];

/** gender-decoder hyphenated_coded_words: a word starting with one of these is kept whole instead of split at its hyphens. */
export const HYPHENATED_CODED_STEMS: readonly string[] = [
  'co-operat', 'inter-personal', 'inter-dependen', 'inter-persona', 'self-confiden', 'self-relian',
  'self-sufficien',
];

/** gender-decoder non_coded_exceptions: whole words never counted. */
export const NON_CODED_EXCEPTIONS: readonly string[] = [
  'sharepoint',
];
