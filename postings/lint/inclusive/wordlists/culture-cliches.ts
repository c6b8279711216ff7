/**
 * Culture clichés: slogans that promise a culture and, to many readers, warn
 * of one — long hours, blurred boundaries, a club they are not part of — and
 * buzzwords that say little.
 *
 * Sources: joblint's "new starter expectations" (hit the ground running),
 * "need to reassure" (drama-free, stress-free) and "visionary terminology"
 * (synergy, paradigm, blue sky, visionary) triggers (see
 * ../shared/wordlists/joblint-triggers.md); Textio's and Applied's published
 * advice on job-ad phrases ("work hard, play hard", "fast-paced", "wear many
 * hats", "like a family"). Narrowed by us: joblint's "juggle", "tight
 * deadlines", "reach out", "enlightened", "green field" (a technical term),
 * "incentivise" and "productise" are everyday or technical English and are
 * left alone, and so is "thought leadership" (in tech ads it means advocating
 * good practice); "paradigm" only in "paradigm shift" ("functional programming
 * paradigm" is a term of art).
 */

import type { InclusivePhrase } from '../phrase-check.js';

const HOURS = 'is a cliché many readers take to mean long hours and after-work socialising; people with caring duties, or who don’t drink, read it as “not for you”. Describe your real hours and how the team gets together.';
const PACE = 'is a cliché that many readers take to mean constant pressure and long hours. Say what actually moves fast (weekly releases, shifting priorities) and how you keep the workload sustainable.';
const RAMP = 'suggests there will be no onboarding or support, which puts off people new to the field or returning from a career break. Say what the first weeks look like instead.';
const HATS = 'hints at an unclear, overloaded role. List the responsibilities the job really has.';
const FAMILY = 'sounds warm but can signal blurred boundaries: extra unpaid hours and loyalty beyond the job. Describe what support colleagues actually give each other.';
const REASSURE = 'makes readers wonder why it needs saying. Describe how the team actually works together.';
const THICK_SKIN = 'suggests people will be treated harshly. Name the real pressure (demanding clients, frank feedback) and how you support people through it.';
const JARGON = 'is business jargon that says little, and it is hard going for anyone reading in a second language. Say plainly what you mean.';

export const CULTURE_CLICHES: readonly InclusivePhrase[] = [
  { phrases: ['work hard, play hard', 'work hard, party hard', 'work hard and play hard', 'working hard and playing hard'], alternatives: [], reason: HOURS },
  { phrases: ['fast-paced'], alternatives: ['busy', 'changing'], reason: PACE },
  { phrases: ['hit the ground running'], alternatives: ['get started quickly', 'make an early impact'], reason: RAMP },
  { phrases: ['hits the ground running'], alternatives: ['gets started quickly'], reason: RAMP },
  { phrases: ['hitting the ground running'], alternatives: ['getting started quickly'], reason: RAMP },
  { phrases: ['wear many hats', 'wear multiple hats', 'wear lots of hats', 'wear a lot of hats', 'wear different hats'], alternatives: ['take on varied tasks'], reason: HATS },
  { phrases: ['wearing many hats', 'wearing multiple hats', 'wearing lots of hats', 'wearing a lot of hats', 'wearing different hats'], alternatives: ['taking on varied tasks'], reason: HATS },
  { phrases: ['wears many hats', 'wears multiple hats', 'wears lots of hats', 'wears a lot of hats'], alternatives: ['takes on varied tasks'], reason: HATS },
  { phrases: ['like a family', 'one big family', 'one big happy family', 'a big family', 'a big happy family'], alternatives: ['a close-knit team'], reason: FAMILY },
  { phrases: ["we're a family", 'we are a family', "we're family", 'we are family'], alternatives: ["we're a close-knit team"], reason: FAMILY },
  { phrases: ['drama-free', 'no drama', 'zero drama'], alternatives: [], reason: REASSURE },
  { phrases: ['stress-free'], alternatives: ['calm'], reason: REASSURE },
  { phrases: ['ego-free', 'no egos', 'no ego'], alternatives: [], reason: REASSURE },
  { phrases: ['thick skin', 'a thick skin'], alternatives: ['resilience'], reason: THICK_SKIN },
  { phrases: ['thick-skinned'], alternatives: ['resilient'], reason: THICK_SKIN },
  { phrases: ['synergy'], alternatives: ['collaboration', 'teamwork'], reason: JARGON },
  { phrases: ['synergies'], alternatives: ['shared benefits'], reason: JARGON },
  { phrases: ['synergize', 'synergise'], alternatives: ['work together'], reason: JARGON },
  { phrases: ['synergistic'], alternatives: ['complementary'], reason: JARGON },
  { phrases: ['paradigm shift'], alternatives: ['big change'], reason: JARGON },
  { phrases: ['paradigm shifts'], alternatives: ['big changes'], reason: JARGON },
  { phrases: ['blue-sky thinking'], alternatives: ['creative thinking', 'fresh ideas'], reason: JARGON },
  { phrases: ['visionary'], alternatives: ['forward-looking', 'creative'], reason: JARGON },
  { phrases: ['visionaries'], alternatives: ['innovators'], reason: JARGON },
];
