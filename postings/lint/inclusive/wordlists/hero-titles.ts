/**
 * "Rockstar", "ninja" and other hero words used as job titles or to describe
 * the person wanted.
 *
 * Sources: joblint's "dumb job titles" triggers (gurus, heroes, ninjas,
 * rockstars, superstars; see ../shared/wordlists/joblint-triggers.md) and
 * alex / retext-equality; "wizard", "unicorn", "jedi" and "10x" added by us
 * as the same kind of word. Left alone, because they are the words'
 * technical meanings: "hero image/banner/section" (web design), "setup
 * wizard" (software), "Ninja" the build system, "Guru" the documentation
 * tool, "unicorn" start-ups, Rockstar Games, and "heroics" (saying you don't
 * want them is a good thing). "badass" is in bro-culture.
 */

import type { InclusivePhrase } from '../phrase-check.js';

const HERO = 'is a “hero” title: it says nothing about the skills the job needs, sets expectations no one can meet, and reads as a boys’ club, so many qualified people — women especially — decide it is not for them.';

const HERO_IMAGE = /^[\s-]+(?:images?|banners?|sections?|units?|shots?|headers?|sliders?|components?|areas?|text|videos?|blocks?|modules?|carousels?|graphics?|panels?|layouts?)\b/i;
const SOFTWARE_WIZARD = /^[\s-]+(?:ui|ux|components?|dialogs?|flows?|steps?|pages?|screens?|forms?|interfaces?|patterns?|frameworks?|librar(?:y|ies)|windows?)\b/i;
const WIZARD_KIND = /(?:setup|set-up|install|installation|installer|configuration|config|import|export|migration|onboarding|upgrade|sign-?up|checkout|registration|multi-?step|step-by-step|form|creation|job|guided|report|query|connection|deployment|project|with|the)[\s-]+$/i;

export const HERO_TITLES: readonly InclusivePhrase[] = [
  { phrases: ['rockstar', 'rock-star'], alternatives: ['expert', 'specialist'], reason: HERO, unlessFollowedBy: /^\s+games\b/i },
  { phrases: ['rockstars', 'rock-stars'], alternatives: ['experts', 'skilled people'], reason: HERO },
  { phrases: ['ninja'], alternatives: ['expert', 'specialist'], reason: HERO, skipNames: true, unlessFollowedBy: /^(?:[\s-]+build\b|[\s|,:]*v?\d+\.\d)/i, unlessPrecededBy: /cmake\s*(?:,|and|\/|\+|or|with)\s*$/i },
  { phrases: ['ninjas'], alternatives: ['experts', 'specialists'], reason: HERO },
  { phrases: ['guru'], alternatives: ['expert', 'specialist'], reason: HERO, skipNames: true },
  { phrases: ['gurus'], alternatives: ['experts', 'specialists'], reason: HERO },
  { phrases: ['superstar', 'super-star'], alternatives: ['expert', 'strong performer'], reason: HERO },
  { phrases: ['superstars', 'super-stars'], alternatives: ['experts', 'strong performers'], reason: HERO },
  { phrases: ['superhero'], alternatives: ['expert'], reason: HERO },
  { phrases: ['superheroes'], alternatives: ['experts'], reason: HERO },
  { phrases: ['wizard'], alternatives: ['expert'], reason: HERO, skipNames: true, unlessFollowedBy: SOFTWARE_WIZARD, unlessPrecededBy: WIZARD_KIND },
  { phrases: ['wizards'], alternatives: ['experts'], reason: HERO, unlessFollowedBy: SOFTWARE_WIZARD, unlessPrecededBy: WIZARD_KIND },
  { phrases: ['hero'], alternatives: ['expert'], reason: HERO, skipNames: true, unlessFollowedBy: HERO_IMAGE },
  { phrases: ['heroes'], alternatives: ['experts'], reason: HERO, unlessFollowedBy: HERO_IMAGE },
  { phrases: ['jedi'], alternatives: ['expert'], reason: HERO },
  { phrases: ['jedis'], alternatives: ['experts'], reason: HERO },
  { phrases: ['unicorn'], alternatives: ['all-rounder'], reason: HERO, skipNames: true, unlessFollowedBy: /^[\s-]+(?:start-?ups?|compan(?:y|ies)|status|valuations?|firms?|businesses)\b/i },
  ...['engineer', 'developer', 'programmer'].flatMap((role): InclusivePhrase[] => [
    { phrases: [`10x ${role}`], alternatives: [`highly skilled ${role}`], reason: HERO },
    { phrases: [`10x ${role}s`], alternatives: [`highly skilled ${role}s`], reason: HERO },
  ]),
];
