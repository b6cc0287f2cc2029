export * from './criteria.js';
export * from './next-actions.js';
export * from './programs.js';
export * from './roadmap.js';
