/**
 * The clock time of the event an entry narrates, when its text states one
 * ("Seen at 11:00", "Ms K rang at 9am", "999 call from S at 22:47"). Only a
 * time introduced by "at" counts: "arranged for 11:00" or "until 17:00" is
 * another event's time, and "at 36 weeks" is no time at all.
 */
import { parseTime } from '../dates/index.ts';

const AT_TIME = /\b(?:at|@)\s+(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs|hours|h)?|\d{1,2}\s*[ap]\.?m\.?|\d{4}\s*(?:hrs|hours|h))(?![\p{L}\p{N}]|\s*(?:kg|cm|mm|%|weeks?|days?|months?|years?|units?|mg|ml)\b)/iu;

/** The first "at <time>" in the text, as HH:MM, or null. */
export function timeInText(text: string): string | null {
  const m = AT_TIME.exec(text);
  return m ? parseTime(m[1]!) : null;
}
