/**
 * Words a spelling suggestion may never be: sexual words, slurs and swear
 * words. The dictionaries mark only some of them NOSUGGEST, and a typo in a
 * job title ("Analst", "Cunsultant") must not offer HR staff an obscenity to
 * click. A suggestion is dropped when it, or any word in it ("ass hat"), is
 * one of these or one of these with an ending (-s, -es, -ed, -ing, -er, -ers,
 * -y, -ies, 's). Whole words only: "Scunthorpe", "analyst", "cocktail" and
 * "Dickens" stay suggestible.
 *
 * Sources: the profanity and sexualised-wording lists of this project's
 * inclusive rules, joblint's triggers (../shared/wordlists/joblint-triggers.md),
 * and the slurs the dictionaries themselves flag.
 */
const WORDS = `
anal anus arse arsehole ass asshole bastard bestiality biatch bitch blowjob boner boob booby bugger bollocks
booty buttock butthole clit clitoris cock cocksucker coon crap crotch cum cumshot cunnilingus cunt damn dick dildo
dyke ejaculate ejaculation erection erotic erotica fag faggot fellatio fetish fuck fucker fuckwit gangbang genital
genitalia gook handjob hardcore hentai homo hooker horny incest jerkoff jizz kike kinky lesbo lewd masturbate
masturbation milf molest molester motherfucker negro nigga nigger nipple nude nudity nympho orgasm orgy paedophile
pedophile penis pimp piss porn porno pornography prick prostitute pube pubic pussy queer rape raped rapist rectum
retard scrotum semen sex sexy shag shit shite slag slut smut sodomy sperm spic spunk stripper tit tits titty
tosser tranny twat vagina vibrator vulva wank wanker wetback whore
`;

const NEVER = new Set(WORDS.split(/\s+/).filter((word) => word !== ''));
const ENDINGS = ['s', 'es', 'ed', 'ing', 'er', 'ers', 'y', 'ies', "'s", '’s'];

function isOffensiveWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (NEVER.has(lower)) return true;
  for (const ending of ENDINGS) {
    if (!lower.endsWith(ending) || lower.length <= ending.length + 2) continue;
    const stem = lower.slice(0, -ending.length);
    // "fucking" from "fuck", "raping" from "rape", "sluttier" … the stem or the stem with its final "e".
    if (NEVER.has(stem) || NEVER.has(`${stem}e`) || (stem.length > 3 && stem.at(-1) === stem.at(-2) && NEVER.has(stem.slice(0, -1)))) return true;
  }
  return false;
}

/** Whether a suggestion (a word, or words joined by spaces or hyphens) holds a word that must never be offered. */
export function isNeverSuggested(suggestion: string): boolean {
  return suggestion.split(/[\s-]+/).some((part) => part !== '' && isOffensiveWord(part));
}
