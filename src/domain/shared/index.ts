export * from './result.js';
export * from './domain-event.js';
export * from './ports/clock.js';
export * from './ports/job-queue.js';
export * from './ports/random.js';
export * from './ports/mailer.js';
export * from './ports/rate-limiter.js';
export * from './page.js';
