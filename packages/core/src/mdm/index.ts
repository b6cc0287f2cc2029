export * from './domains.js';
export * from './policies.js';
export * from './review.js';
export * from './samples.js';
export * from './simulations.js';
