export { type AppDependencies, createApp } from './app.js';
export { type Config, ConfigError, loadConfig } from './config.js';
export { seedDemo } from './demo/seed-demo.js';
export { createLogger } from './logger.js';
export { startSteward } from './main.js';
