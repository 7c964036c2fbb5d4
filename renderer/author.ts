/**
 * The name the author signs decisions with ("Reviewer A", initials). Kept in
 * the window's local storage so it is filled in next time; never required
 * (the core signs with the computer's user name when it is blank). Storage
 * can be unavailable (a locked-down profile): then it lasts for the session.
 */
const KEY = 'threadline.author';
/** Where storage is refused, the name lasts for the session here. */
let fallback = '';

export function rememberedAuthor(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return fallback;
  }
}

export function rememberAuthor(name: string): void {
  fallback = name.trim();
  try {
    window.localStorage.setItem(KEY, fallback);
  } catch {
    // Storage refused: the fallback keeps it for this session.
  }
}
