/**
 * A competitive, winner-takes-all culture, and claims of meritocracy.
 *
 * Sources: joblint's "competitive environment" and "use of meritocracy"
 * triggers (see ../shared/wordlists/joblint-triggers.md); Castilla, E. J. &
 * Benard, S. (2010), "The Paradox of Meritocracy in Organizations",
 * Administrative Science Quarterly 55(4), which found managers in an
 * organisation that stressed meritocracy rewarded men more than equally rated
 * women. Narrowed by us, unlike joblint: "competitive salary/pay/benefits",
 * "the competition", "competitive market", "cutting-edge", "fail", "win",
 * "the best" are about business or pay, not about how colleagues treat each
 * other, and are left alone (pay ranges are the completeness rules' job).
 */

import type { InclusivePhrase } from '../phrase-check.js';

const RIVALRY = 'describes colleagues competing against each other; research on job ads finds this wording puts off many women and people who do their best work in a team. Describe the goals and how success is recognised instead.';
const HARSH = 'describes a harsh, winner-takes-all culture that many good candidates will avoid. Describe the real pressures and how people are supported.';
const ELITE = 'sounds elitist and says nothing about the skills needed; many capable people decide they are not “the best” and don’t apply. Name the skills instead.';
const MERIT = 'claims a fairness that organisations calling themselves meritocratic often fail to deliver: one study found their managers rewarded men more than equally rated women. Describe how pay and promotion decisions are made fair instead.';

const COMPETITIVE_PLACES = ['environment', 'culture', 'atmosphere', 'workplace', 'team', 'office', 'work environment', 'setting'];

export const COMPETITIVE_CULTURE: readonly InclusivePhrase[] = [
  ...COMPETITIVE_PLACES.map((place): InclusivePhrase => ({
    phrases: [`competitive ${place}`, `highly competitive ${place}`, `hyper-competitive ${place}`],
    alternatives: [`goal-oriented ${place}`, `high-performing ${place}`],
    reason: RIVALRY,
  })),
  {
    phrases: ['compete with each other', 'compete with one another', 'compete against each other', 'compete against one another', 'compete with your colleagues', 'compete with your peers', 'compete with your teammates', 'compete internally'],
    alternatives: [],
    reason: RIVALRY,
  },
  { phrases: ['cutthroat', 'cut-throat', 'dog-eat-dog'], alternatives: ['demanding'], reason: HARSH },
  { phrases: ['survival of the fittest', 'sink or swim', 'win at all costs', 'only the strong survive'], alternatives: [], reason: HARSH },
  // A capital A: "a player" is an ordinary phrase ("a key player", "a player-coach").
  { phrases: ['a-players'], alternatives: ['strong performers'], reason: ELITE, when: ({ text, start }) => text[start] === 'A' },
  { phrases: ['a-player'], alternatives: ['strong performer'], reason: ELITE, when: ({ text, start }) => text[start] === 'A' && /^A[-\u2010\u2011]/.test(text.slice(start, start + 2)) },
  { phrases: ['best and brightest', 'best of the best'], alternatives: ['most skilled'], reason: ELITE },
  { phrases: ['meritocracy', 'meritocracies', 'meritocratic'], alternatives: [], reason: MERIT },
];
