// The Kafka client security of a service from its config: shared with the CLI and the test
// helpers, so it lives in the messaging library.
export { kafkaSecurityFrom } from '@jenjang/messaging';
