/**
 * Every form compromise knows for a verb lemma ("ring" → rang, rung, rings,
 * ringing). Run when the contact lexicon changes (npm run lexicon:verbs), not
 * at run time: the forms are kept in resources/lexicon/verb-forms.json, so
 * the app and the command line do not load compromise (a quarter of a second
 * per process) just to conjugate fifty verbs. A test checks the file still
 * matches what compromise says.
 */
import nlp from 'compromise';

/** The compromise release the forms come from. */
export const compromiseVersion: string = (nlp as unknown as { version: string }).version;

export function conjugate(lemma: string): string[] {
  const forms = new Set([lemma]);
  // compromise's types leave out the verbs() plugin's view; it is part of the standard build.
  const view = nlp(lemma).tag('Verb') as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } };
  const conj = view.verbs().conjugate()[0];
  for (const [k, v] of Object.entries(conj ?? {})) {
    if (k !== 'FutureTense' && v && !v.includes(' ')) forms.add(v.toLowerCase());
  }
  return [...forms];
}

/** The verb-forms file for these lemmas, as written to resources/lexicon/verb-forms.json. */
export function verbFormsFile(lemmas: readonly string[]): { $comment: string; compromise: string; forms: Record<string, string[]> } {
  const forms: Record<string, string[]> = {};
  for (const lemma of [...new Set(lemmas)]) forms[lemma] = conjugate(lemma);
  return {
    $comment: 'Generated from the verbs in contacts.json by `npm run lexicon:verbs` (compromise conjugates them). Do not edit: change contacts.json and run it again.',
    compromise: compromiseVersion,
    forms,
  };
}
