export * from './criteria.js';
export * from './programs.js';
