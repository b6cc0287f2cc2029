export * from './compute.js';
export * from './metrics.js';
export * from './scorecard.js';
