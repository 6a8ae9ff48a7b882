export { appendToOutbox } from './append-to-outbox.js';
export { OutboxRelay, OUTBOX_CHANNEL, outboxJobId, type OutboxRelayOptions } from './outbox-relay.js';
