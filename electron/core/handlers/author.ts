/** Who made a correction or a decision: the request's author, else the signed-in user. */
import { userInfo } from 'node:os';

export function authorName(author: string | undefined): string {
  if (author?.trim()) return author.trim();
  try {
    return userInfo().username;
  } catch {
    return 'author';
  }
}
