export * from './assessments.js';
export * from './results.js';
