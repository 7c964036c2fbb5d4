export * from './taxonomy.ts';
export * from './lexicon.ts';
export * from './suggest.ts';
