/**
 * Office perks offered as if they were benefits: beer, happy hours, ping-pong.
 *
 * Source: joblint's "hollow benefits" triggers (see
 * ../shared/wordlists/joblint-triggers.md). Narrowed by us: joblint flags
 * "coffee" (also in company names), "pool" (connection pools), "ale",
 * "pints", "pizza", "massages", "Wii", "Xbox" and "PlayStation" (products a
 * games studio ships) on their own; we flag alcohol only as a perk ("free
 * beer", "beer Fridays", "happy hour", "kegerator"), and games only as office
 * fixtures ("ping-pong", "foosball", "pool table").
 */

import type { InclusivePhrase } from '../phrase-check.js';

const DRINK = 'presents drinking as a perk: it tells people who don’t drink — for religious, health or personal reasons — and people with caring duties that the social life is not for them. Lead with pay, flexibility, leave and growth.';
const GAMES = 'is an office toy, not a benefit; it suggests a young, mostly male office and says nothing about pay, flexibility or growth, which candidates weigh most.';

export const HOLLOW_BENEFITS: readonly InclusivePhrase[] = [
  { phrases: ['happy hour'], alternatives: ['team social'], reason: DRINK },
  { phrases: ['happy hours'], alternatives: ['team socials'], reason: DRINK },
  { phrases: ['beer fridays', 'beer friday', 'beer o’clock', 'friday beers', 'friday drinks'], alternatives: ['Friday socials'], reason: DRINK },
  { phrases: ['after-work drinks', 'team drinks'], alternatives: ['team socials'], reason: DRINK },
  { phrases: ['free beer', 'free beers', 'beer on tap', 'beers on tap', 'craft beer on tap', 'stocked bar', 'open bar', 'free booze', 'booze', 'beer fridge', 'beer fridges', 'wine fridays'], alternatives: [], reason: DRINK },
  { phrases: ['kegerator', 'kegerators', 'keg', 'kegs'], alternatives: [], reason: DRINK },
  // "ping-pong buffer" is double buffering, a technical term.
  { phrases: ['ping-pong', 'table tennis'], alternatives: [], reason: GAMES, unlessFollowedBy: /^[\s-]+(?:buffers?|buffering|protocols?|tests?|messages?|schemes?|pattern)\b/i },
  { phrases: ['foosball', 'fussball', 'table football'], alternatives: [], reason: GAMES },
  { phrases: ['pool table', 'pool tables', 'billiards table', 'snooker table'], alternatives: [], reason: GAMES },
  { phrases: ['nerf gun', 'nerf guns', 'nerf wars'], alternatives: [], reason: GAMES },
  { phrases: ['games room', 'game room', 'games rooms', 'game rooms', 'arcade machine', 'arcade machines'], alternatives: [], reason: GAMES },
];
