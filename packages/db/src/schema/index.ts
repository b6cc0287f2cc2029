export * from './audit.js';
export * from './auth.js';
export * from './jobs.js';
export * from './stewardship.js';
export * from './glossary.js';
