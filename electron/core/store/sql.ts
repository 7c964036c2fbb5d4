/**
 * The only way SQL is written in the store (Signal Desktop style): a `sql`
 * tagged template that turns every interpolated value into a `?` placeholder,
 * plus a few fragment builders for the things placeholders cannot express
 * (identifiers, lists of clauses, PRAGMA integers). Because a value can only
 * reach the SQL text through one of these builders, "string-concatenated SQL
 * with values" cannot be written by accident.
 */

/** What SQLite (through better-sqlite3) can bind. No booleans or undefined:
 *  better-sqlite3 rejects them, so the type does too. Store booleans as 0/1. */
export type SqlValue = string | number | bigint | Uint8Array | null;

declare const queryBrand: unique symbol;

/** A piece of SQL with its parameters, in order. Also a fragment: interpolating
 *  a Query into `sql` splices its text and parameters in place. */
export interface Query {
  readonly text: string;
  readonly params: readonly SqlValue[];
  readonly [queryBrand]: true;
}

// Fragments are recognised by identity, not by shape, so a plain object that
// happens to have `text` and `params` (say, from parsed JSON) is bound as a
// value (and rejected by better-sqlite3) rather than spliced in as SQL.
const fragments = new WeakSet<object>();

function makeQuery(text: string, params: readonly SqlValue[]): Query {
  const q = { text, params } as Query;
  fragments.add(q);
  return q;
}

function isFragment(v: unknown): v is Query {
  return typeof v === 'object' && v !== null && fragments.has(v);
}

// A template literal's strings array is the same object on every call from one
// site, so the text of a fragment-free template is built once. This keeps the
// per-row cost of bulk inserts down to collecting the values.
const plainText = new WeakMap<TemplateStringsArray, string>();

/**
 * Build a parameterised query: sql`SELECT * FROM entries WHERE id = ${id}`
 * gives { text: 'SELECT * FROM entries WHERE id = ?', params: [id] }.
 * Interpolated Query fragments (from sql, sqlId, sqlJoin, sqlInt) are spliced in.
 */
export function sql(strings: TemplateStringsArray, ...values: ReadonlyArray<SqlValue | Query>): Query {
  if (!values.some(isFragment)) {
    let text = plainText.get(strings);
    if (text === undefined) {
      text = strings.join('?');
      plainText.set(strings, text);
    }
    return makeQuery(text, values as readonly SqlValue[]);
  }
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((v, i) => {
    if (isFragment(v)) {
      text += v.text;
      params.push(...v.params);
    } else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1] ?? '';
  });
  return makeQuery(text, params);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A table, column or index name, checked against /^[A-Za-z_][A-Za-z0-9_]*$/
 *  and double-quoted (so a name that is also a keyword still works). */
export function sqlId(name: string): Query {
  if (!IDENTIFIER.test(name)) throw new TypeError(`Not a valid SQL identifier: ${JSON.stringify(name)}`);
  return makeQuery(`"${name}"`, []);
}

/** Join fragments with a fixed separator: WHERE clauses, column lists. The
 *  separator is a closed set so it cannot carry a value. An empty list gives
 *  an empty fragment; callers decide what "no clauses" means. */
export function sqlJoin(parts: readonly Query[], separator: ', ' | ' AND ' | ' OR ' | ' ' = ', '): Query {
  return makeQuery(
    parts.map((p) => p.text).join(separator),
    parts.flatMap((p) => p.params),
  );
}

/**
 * An integer written into the SQL text. Only for the places SQLite does not
 * accept a placeholder (PRAGMA user_version = N, PRAGMA application_id = N).
 * WARNING: not for case data: use a plain interpolation, which binds.
 */
export function sqlInt(n: number): Query {
  if (!Number.isSafeInteger(n)) throw new TypeError(`Not a safe integer: ${String(n)}`);
  return makeQuery(String(n), []);
}

const VOCABULARY_WORD = /^[A-Za-z0-9_-]+$/;

/**
 * The CHECK a new migration puts on a column that holds one value of a closed
 * vocabulary from shared/vocabulary.ts: sqlCheckIn('code', GAP_CODES) gives
 * CHECK ("code" IN ('G1', 'G2', …)). DDL takes no placeholders, so the values
 * are written into the text: each must be a plain word (letters, digits, '-'
 * and '_'), as the vocabularies are.
 * WARNING: once a migration ships, its CHECK keeps the values it had; adding a
 * value to the list then needs a migration that rebuilds the table
 * (test/electron/store/vocabulary.test.ts fails until it does).
 */
export function sqlCheckIn(column: string, values: readonly string[]): Query {
  const bad = values.find((v) => !VOCABULARY_WORD.test(v));
  if (values.length === 0 || bad !== undefined) {
    throw new TypeError(`Not a list of plain words: ${JSON.stringify(values)}`);
  }
  return makeQuery(`CHECK (${sqlId(column).text} IN (${values.map((v) => `'${v}'`).join(', ')}))`, []);
}
