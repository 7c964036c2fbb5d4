/** The acceptance command's global setup: without the cases beside the project, say where they go and stop. */
import { acceptanceAvailable, MISSING_ACCEPTANCE } from '../support/acceptance.ts';

export default function requireCases(): void {
  if (!acceptanceAvailable()) throw new Error(MISSING_ACCEPTANCE);
}
