/**
 * Neutral alternatives for masculine-coded words, by the lower-cased word as
 * written. Ours, not from a published list: each alternative is a word that
 * is on neither gender-decoder list and reads right in the usual job-ad
 * sentence ("confident with SQL" → "comfortable with SQL"). Words that name
 * the work itself ("analysis", "decision", "lead", "competition") have no
 * entry: there is nothing to swap them for, and the info diagnostic says so.
 * Nor does "competitive": "competitive market" and "competitive salary" are
 * not traits, and a competitive environment is the competitive-culture
 * rule's job.
 */

export interface CodedWordAlternatives {
  alternatives: readonly string[];
  /**
   * Only offered when the next words fit this: for a noun that is also an
   * adjective ("an individual who" → "a person who", but not "individual
   * goals" → "person goals").
   */
  onlyIfFollowedBy?: RegExp;
  /** Not offered when the word is a verb here, not a trait: "determined by a background check", "is driven by demand". */
  notIfFollowedBy?: RegExp;
  /** Not offered after these words: a passive verb ("as determined"), an open compound ("data driven"). */
  notIfPrecededBy?: RegExp;
}

// What can follow a noun but not an adjective: a clause, a preposition, punctuation or the end.
const AS_NOUN = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:who|whom|that|which|with|to|of|for|is|are|was|will|can|in|on|at|and|or|but)\b)/i;

// A participle followed by its agent or object is a verb: "determined by", "determined whether", "driven by".
const AS_VERB_AFTER = /^\s+(?:by|whether|that|if|how|what|which|in\s+accordance)\b/i;
const AS_PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|as|gets?|got)\s+$/i;
// "data driven", "test driven": the compound "data-driven" written open is about the work, not a trait.
const OPEN_COMPOUND_BEFORE =
  /\b(?:data|test|event|customer|user|mission|results?|purpose|research|evidence|values?|metrics?|community|domain|model|design|feedback|insights?|technology|product|impact|market|hypothesis|demand|science|process)\s+$/i;

const plain = (...alternatives: string[]): CodedWordAlternatives => ({ alternatives });
const participle = (...alternatives: string[]): CodedWordAlternatives => ({
  alternatives,
  notIfFollowedBy: AS_VERB_AFTER,
  notIfPrecededBy: new RegExp(`${AS_PASSIVE_BEFORE.source}|${OPEN_COMPOUND_BEFORE.source}`, 'i'),
});
const asNoun = (...alternatives: string[]): CodedWordAlternatives => ({ alternatives, onlyIfFollowedBy: AS_NOUN });

export const MASCULINE_ALTERNATIVES: ReadonlyMap<string, CodedWordAlternatives> = new Map([
  ['adventurous', plain('curious')],
  ['aggressive', plain('bold', 'proactive')],
  ['aggressively', plain('boldly', 'proactively')],
  ['ambitious', plain('motivated', 'eager')],
  ['ambition', plain('motivation')],
  ['ambitions', plain('goals', 'plans')],
  ['analytical', plain('methodical')],
  ['assertive', plain('direct', 'clear')],
  ['assertively', plain('clearly')],
  ['autonomous', plain('self-directed')],
  ['autonomously', plain('on your own', 'with little supervision')],
  ['autonomy', plain('freedom', 'flexibility')],
  ['boasts', plain('offers', 'has')],
  ['challenges', plain('problems')],
  ['challenging', plain('interesting', 'demanding')],
  ['competencies', plain('skills')],
  ['competency', plain('skill')],
  ['competence', plain('skill', 'ability')],
  ['competent', plain('capable', 'skilled')],
  ['confident', plain('comfortable', 'sure')],
  ['courageous', plain('bold')],
  ['decisive', plain('clear-thinking')],
  ['determined', participle('persevering', 'motivated')],
  ['dominant', plain('established', 'strong')],
  ['driven', participle('motivated')],
  ['fearless', plain('bold')],
  ['hierarchical', plain('structured')],
  ['hierarchy', plain('structure')],
  ['independent', plain('self-directed')],
  ['independently', plain('on your own', 'with little supervision')],
  ['independence', plain('freedom')],
  ['individual', asNoun('person')],
  ['individuals', plain('people')],
  ['logical', plain('clear', 'reasoned')],
  ['objective', asNoun('goal')],
  ['objectives', plain('goals', 'aims')],
  ['opinion', plain('view')],
  ['opinions', plain('views')],
  ['outspoken', plain('candid')],
  ['persistent', plain('tenacious')],
  ['principled', plain('ethical')],
  ['self-confident', plain('assured')],
  ['self-reliant', plain('resourceful')],
  ['self-sufficient', plain('resourceful')],
  ['stubborn', plain('persevering')],
  ['superior', plain('excellent', 'high-quality')],
]);
