export * from './criteria.js';
export * from './deliverable-links.js';
export * from './documents.js';
export * from './next-actions.js';
export * from './programs.js';
export * from './roadmap.js';
export * from './step-comments.js';
