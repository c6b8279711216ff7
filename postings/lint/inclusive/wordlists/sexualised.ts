/**
 * Sexualised words and derogatory gendered slang.
 *
 * Sources: joblint's "sexualised terms" (sexy, hawt, phat, gay for) and
 * "derogatory gendered term" triggers (see ../shared/wordlists/joblint-triggers.md);
 * alex / retext-equality. Narrowed by us: joblint's "hoes", "slags", "studs"
 * and "stallions" are also garden tools, slag heaps, stud walls and horses,
 * the everyday meanings in the trades and farm jobs, and "hunks" are hunks
 * of memory and diff hunks to programmers; all are left alone.
 */

import type { InclusivePhrase } from '../phrase-check.js';

const SEXUALISED = 'sexualises the workplace; in a job ad it reads as a culture where harassment is shrugged off, and it drives many applicants away.';
const SLUR = 'is a derogatory gendered slur; it has no place in a job ad.';

export const SEXUALISED_WORDING: readonly InclusivePhrase[] = [
  { phrases: ['sexy'], alternatives: ['exciting', 'modern'], reason: SEXUALISED },
  { phrases: ['hawt'], alternatives: ['exciting'], reason: SEXUALISED },
  { phrases: ['phat'], alternatives: ['great'], reason: SEXUALISED },
  { phrases: ['gay for'], alternatives: ['passionate about'], reason: `${SEXUALISED} It also uses a sexual orientation as a joke.` },
  { phrases: ['eye candy'], alternatives: [], reason: SEXUALISED },
  { phrases: ['booth babe', 'booth babes'], alternatives: ['event staff'], reason: SEXUALISED },
  { phrases: ['bitch', 'bitches', 'bitching', 'biatch'], alternatives: [], reason: SLUR },
  { phrases: ['bimbo', 'bimbos', 'milf', 'milfs', 'slut', 'sluts'], alternatives: [], reason: SLUR },
];
