/**
 * Disability used as a figure of speech ("crazy", "tone-deaf", "blind spot")
 * and dated disability terms ("able-bodied", "wheelchair-bound").
 *
 * Sources: alex / retext-equality's ableist terms, the National Center on
 * Disability and Journalism style guide, and the UK government's inclusive
 * language guidance (gov.uk, "Inclusive language: words to use and avoid when
 * writing about disability"). Narrowed by us: physical requirements ("must be
 * able to lift 20 kg", "stand for long periods") are real requirements and
 * not flagged; "sanity testing" is a QA term of art and left alone, only the
 * everyday idiom "sanity check" is flagged; "dumb terminal", "nuts and bolts"
 * and "paranoid about security" are left alone.
 */

import type { InclusivePhrase } from '../phrase-check.js';

const MENTAL = 'uses mental illness as a figure of speech; readers who live with a mental-health condition can take it as a slight, and a plainer word is clearer anyway.';
const SENSES = 'uses a disability as a metaphor for a failing; plainer words say what you mean without it.';
const DATED = 'is a dated disability term that many disabled people find demeaning.';

export const ABLEIST_WORDING: readonly InclusivePhrase[] = [
  { phrases: ['crazy about'], alternatives: ['passionate about', 'keen on'], reason: MENTAL },
  { phrases: ['crazy'], alternatives: ['wild', 'intense', 'surprising'], reason: MENTAL },
  { phrases: ['insane'], alternatives: ['extreme', 'remarkable'], reason: MENTAL },
  { phrases: ['insanely'], alternatives: ['extremely', 'incredibly'], reason: MENTAL },
  { phrases: ['lunatic', 'maniac'], alternatives: ['enthusiast'], reason: MENTAL },
  { phrases: ['a bit ocd', 'slightly ocd', 'so ocd', 'very ocd', 'ocd about', 'ocd when it comes to'], alternatives: ['meticulous'], reason: MENTAL },
  { phrases: ['sanity check', 'sanity-check'], alternatives: ['quick check', 'double-check'], reason: MENTAL },
  { phrases: ['sanity checks'], alternatives: ['quick checks'], reason: MENTAL },
  { phrases: ['sanity checking'], alternatives: ['double-checking'], reason: MENTAL },
  { phrases: ['lame'], alternatives: ['boring', 'uninspiring'], reason: SENSES, unlessFollowedBy: /^\s+duck\b/i },
  { phrases: ['tone-deaf'], alternatives: ['out of touch', 'insensitive'], reason: SENSES },
  { phrases: ['blind spot'], alternatives: ['gap', 'oversight'], reason: SENSES },
  { phrases: ['blind spots'], alternatives: ['gaps', 'oversights'], reason: SENSES },
  { phrases: ['turn a blind eye'], alternatives: ['look away', 'ignore it'], reason: SENSES },
  { phrases: ['turning a blind eye'], alternatives: ['looking away', 'ignoring it'], reason: SENSES },
  { phrases: ['fall on deaf ears'], alternatives: ['be ignored'], reason: SENSES },
  { phrases: ['falls on deaf ears'], alternatives: ['is ignored'], reason: SENSES },
  { phrases: ['dumb down'], alternatives: ['simplify'], reason: SENSES },
  { phrases: ['dumbed down', 'dumbed-down'], alternatives: ['simplified'], reason: SENSES },
  { phrases: ['idiot-proof'], alternatives: ['foolproof'], reason: SENSES },
  { phrases: ['crippled'], alternatives: ['hampered', 'slowed down'], reason: SENSES },
  { phrases: ['crippling'], alternatives: ['severe', 'damaging'], reason: SENSES },
  { phrases: ['cripple'], alternatives: ['hamper', 'break'], reason: SENSES },
  { phrases: ['retarded'], alternatives: [], reason: `${DATED} It is a slur; remove it.` },
  {
    phrases: ['able-bodied'],
    alternatives: [],
    reason: `${DATED} If the job has a physical requirement, say what it is (“able to lift 20 kg”) and that you will make reasonable adjustments.`,
  },
  { phrases: ['wheelchair-bound', 'confined to a wheelchair'], alternatives: ['wheelchair user'], reason: DATED },
  { phrases: ['handicapped'], alternatives: ['disabled'], reason: DATED },
];
