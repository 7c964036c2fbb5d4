/**
 * npm run lexicon:verbs: write resources/lexicon/verb-forms.json, every form
 * of every verb in resources/lexicon/contacts.json, as compromise conjugates
 * it. Run it after changing the verbs; test/shared/extract/verb-forms.test.ts
 * fails until you do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { compromiseVersion, verbFormsFile } from '../shared/extract/conjugate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const contacts = JSON.parse(readFileSync(`${root}resources/lexicon/contacts.json`, 'utf8')) as { verbs: Array<{ lemma: string }> };
const file = verbFormsFile(contacts.verbs.map((v) => v.lemma));
writeFileSync(`${root}resources/lexicon/verb-forms.json`, `${JSON.stringify(file, null, 2)}\n`);
console.log(`resources/lexicon/verb-forms.json: ${Object.keys(file.forms).length} verbs, ${Object.values(file.forms).flat().length} forms (compromise ${compromiseVersion})`);
