/**
 * Swear words.
 *
 * Source: joblint's "profanity" triggers (bloody, bugger, cunt, damn, fuck,
 * piss, shit, motherfucker; see ../shared/wordlists/joblint-triggers.md),
 * with their usual forms spelt out. Whole words only, so "Scunthorpe",
 * "shiitake" and "cockpit" are safe; "bloody" is left out because the
 * literal meaning appears in care and medical job ads.
 */

import type { InclusivePhrase } from '../phrase-check.js';

const SWEAR = 'is a swear word; in a job ad it looks unprofessional and puts many applicants off, whatever the company’s tone.';

export const PROFANITY: readonly InclusivePhrase[] = [
  { phrases: ['damn good', 'damned good'], alternatives: ['very good'], reason: SWEAR },
  { phrases: ['damn', 'damned', 'dammit', 'goddamn', 'goddamned'], alternatives: [], reason: SWEAR },
  { phrases: ['shitty', 'crappy'], alternatives: ['poor'], reason: SWEAR },
  { phrases: ['bullshit'], alternatives: ['nonsense'], reason: SWEAR },
  { phrases: ['bullshit-free'], alternatives: ['straightforward'], reason: SWEAR },
  { phrases: ['shit', 'shits', 'shitstorm', 'horseshit', 'crap'], alternatives: [], reason: SWEAR },
  { phrases: ['fuck', 'fucks', 'fucked', 'fucking', 'fucker', 'fuckers', 'motherfucker', 'motherfuckers', 'motherfucking', 'wtf'], alternatives: [], reason: SWEAR },
  { phrases: ['piss', 'pissed', 'pissing', 'piss-take'], alternatives: [], reason: SWEAR },
  { phrases: ['bugger', 'bollocks', 'arse', 'arsehole', 'asshole', 'assholes', 'bastard', 'bastards', 'cunt', 'cunts'], alternatives: [], reason: SWEAR },
];
