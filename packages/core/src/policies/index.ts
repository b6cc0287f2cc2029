export * from './controls.js';
export * from './policies.js';
