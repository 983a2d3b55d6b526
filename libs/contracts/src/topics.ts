// Topic naming rules shared by the messaging library and the topics manifest.
export const dlqTopic = (topic: string): string => `${topic}.dlq`;
export const retryTopic = (groupId: string): string => `${groupId}.retry`;
