/**
 * "Bro" language: slang that pictures the team as a group of young men.
 *
 * Sources: joblint's "bro terminology" (bro, brogrammer, dude, hardcore,
 * hella, make it rain, skillz), "dumb job titles" (badass, BAMF) and "facial
 * hair" (bearded, grizzled) triggers (see ../shared/wordlists/joblint-triggers.md);
 * alex / retext-equality. Narrowed by us: joblint's "crank" and "crush" flag
 * "crank out reports" and "Candy Crush", so only "crush it" is flagged; its
 * bare "beard" flags barbers' job ads; "Warner Bros." is a company.
 */

import type { InclusivePhrase } from '../phrase-check.js';

const BRO = 'is “bro” slang, which pictures the team as a group of young men, and many women and older candidates read it as a culture they would not fit into.';
const BEARD = 'pictures the team as men; women reading it see a team without them.';

export const BRO_CULTURE: readonly InclusivePhrase[] = [
  { phrases: ['bro', 'bros', 'brah', 'bruh'], alternatives: [], reason: BRO, unlessPrecededBy: /(?:warner|mario|brothers|super)\s*$/i },
  { phrases: ['brogrammer', 'brogrammers', 'brogramming', 'bro culture', 'dudebro', 'dudebros'], alternatives: [], reason: BRO },
  { phrases: ['dude', 'dudes'], alternatives: ['people', 'everyone'], reason: BRO },
  { phrases: ['hardcore', 'hard-core'], alternatives: ['dedicated', 'serious'], reason: BRO },
  { phrases: ['hella'], alternatives: ['very'], reason: BRO },
  { phrases: ['make it rain', 'making it rain'], alternatives: [], reason: BRO },
  { phrases: ['skillz', 'mad skills', 'mad skillz'], alternatives: ['strong skills'], reason: BRO },
  { phrases: ['crush it'], alternatives: ['excel', 'do great work'], reason: BRO },
  { phrases: ['crushing it'], alternatives: ['excelling', 'doing great work'], reason: BRO },
  { phrases: ['crushed it'], alternatives: ['excelled', 'did great work'], reason: BRO },
  { phrases: ['beast mode'], alternatives: [], reason: BRO },
  { phrases: ['badass', 'bad-ass', 'kick-ass', 'kickass'], alternatives: ['excellent', 'outstanding'], reason: BRO },
  { phrases: ['bamf'], alternatives: [], reason: BRO },
  { phrases: ["boys' club", "old boys' club", "old boys' network", 'boys club'], alternatives: [], reason: BRO },
  { phrases: ['bearded', 'neckbeard', 'neckbeards', 'neck-bearded'], alternatives: [], reason: BEARD },
  { phrases: ['grizzled'], alternatives: ['experienced', 'seasoned'], reason: BEARD },
];
