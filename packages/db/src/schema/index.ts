export * from './audit.js';
export * from './auth.js';
export * from './catalog.js';
export * from './glossary.js';
export * from './issues.js';
export * from './jobs.js';
export * from './quality.js';
export * from './stewardship.js';
