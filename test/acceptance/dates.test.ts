/**
 * The acceptance floor for dates: every entry date in the hand-written gold
 * files of the acceptance cases, read where they live.
 */
import { describeGoldDates } from '../support/gold-dates.ts';
import { acceptanceCases, readGold } from '../support/acceptance.ts';

for (const name of acceptanceCases()) describeGoldDates(readGold(name));
