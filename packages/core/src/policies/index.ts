export * from './controls.js';
export * from './coverage.js';
export * from './evidence.js';
export * from './lifecycle.js';
export * from './policies.js';
