/**
 * Pure layout maths for the views (no DOM, no d3): time scales and ticks,
 * swimlanes, the timeline model and what is visible in a frame, hit-testing,
 * keyboard movement, the gap graph's data, who knew what and when, filters.
 */
export * from './agencies.ts';
export * from './aggregate.ts';
export * from './filter.ts';
export * from './graph.ts';
export * from './graph-layout.ts';
export * from './hit-test.ts';
export * from './knowledge.ts';
export * from './lanes.ts';
export * from './navigation.ts';
export * from './palette.ts';
export * from './time.ts';
export * from './timeline-model.ts';
export * from './labels.ts';
