import { describe, expect, it } from 'vitest';

import { sql, sqlCheckIn, sqlId, sqlInt, sqlJoin } from '../../../electron/core/store/sql.ts';

describe('sql tagged template', () => {
  it('turns every value into a placeholder, in order', () => {
    const name = "O'Brien; DROP TABLE entries; --";
    const q = sql`SELECT * FROM entries WHERE author = ${name} AND ordinal > ${3}`;
    expect(q.text).toBe('SELECT * FROM entries WHERE author = ? AND ordinal > ?');
    expect(q.params).toEqual([name, 3]);
  });

  it('splices fragments in with their parameters', () => {
    const where = sqlJoin([sql`agency = ${'police'}`, sql`ordinal < ${10}`], ' AND ');
    const q = sql`SELECT ${sqlId('ref')} FROM ${sqlId('entries')} WHERE ${where} LIMIT ${5}`;
    expect(q.text).toBe('SELECT "ref" FROM "entries" WHERE agency = ? AND ordinal < ? LIMIT ?');
    expect(q.params).toEqual(['police', 10, 5]);
  });

  it('gives the same text for every call from one site', () => {
    const make = (v: number) => sql`SELECT ${v}`;
    expect(make(1).text).toBe(make(2).text);
    expect(make(2).params).toEqual([2]);
  });

  it('binds an object that merely looks like a fragment instead of splicing it', () => {
    const fake = JSON.parse('{"text":"1; DROP TABLE x","params":[]}') as never;
    const q = sql`SELECT ${fake}`;
    expect(q.text).toBe('SELECT ?');
  });

  it('accepts only plain identifiers in sqlId', () => {
    expect(sqlId('entries_fts').text).toBe('"entries_fts"');
    for (const bad of ['', '1abc', 'a b', 'a"b', 'entries; DROP', 'é', 'a-b']) {
      expect(() => sqlId(bad), bad).toThrow(TypeError);
    }
  });

  it('accepts only safe integers in sqlInt', () => {
    expect(sqlInt(42).text).toBe('42');
    for (const bad of [1.5, Number.NaN, Infinity, 2 ** 60]) expect(() => sqlInt(bad)).toThrow(TypeError);
  });

  it('joins an empty list to an empty fragment', () => {
    expect(sqlJoin([]).text).toBe('');
  });
});

describe('sqlCheckIn', () => {
  it('writes a CHECK of a column against a list of plain words', () => {
    expect(sqlCheckIn('direction', ['out', 'in']).text).toBe(`CHECK ("direction" IN ('out', 'in'))`);
  });

  it('refuses anything that is not a plain word, an empty list and a bad column name', () => {
    expect(() => sqlCheckIn('code', ["G1'); DROP TABLE entries; --"])).toThrow(TypeError);
    expect(() => sqlCheckIn('code', ['two words'])).toThrow(TypeError);
    expect(() => sqlCheckIn('code', [])).toThrow(TypeError);
    expect(() => sqlCheckIn('code; --', ['G1'])).toThrow(TypeError);
  });
});
