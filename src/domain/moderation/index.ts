export * from './action-log.js';
export * from './ports/action-log.js';
