import { isRetriableKafkaError, KafkaNotReadyError, withKafkaRetry } from './kafka-retry';

const kafkaError = (type: string, retriable: boolean) =>
  Object.assign(new Error(type), { name: 'KafkaJSProtocolError', type, retriable });

describe('withKafkaRetry', () => {
  it('should treat not-leader, leader-not-available and coordinator loading as retriable', () => {
    for (const type of [
      'NOT_LEADER_FOR_PARTITION',
      'LEADER_NOT_AVAILABLE',
      'COORDINATOR_LOAD_IN_PROGRESS',
    ]) {
      expect(isRetriableKafkaError(kafkaError(type, false))).toBe(true);
    }
    const wrapped = Object.assign(new Error('gave up'), {
      name: 'KafkaJSNonRetriableError',
      cause: kafkaError('NOT_LEADER_FOR_PARTITION', true),
    });
    expect(isRetriableKafkaError(wrapped)).toBe(true);
    expect(isRetriableKafkaError(kafkaError('TOPIC_AUTHORIZATION_FAILED', false))).toBe(false);
    expect(isRetriableKafkaError(new TypeError('x is undefined'))).toBe(false);
  });

  it('should retry a retriable error until the call succeeds', async () => {
    let calls = 0;
    const value = await withKafkaRetry(
      'topic t',
      () => {
        calls += 1;
        if (calls < 3) return Promise.reject(kafkaError('NOT_LEADER_FOR_PARTITION', true));
        return Promise.resolve('ok');
      },
      { initialWaitMs: 1 },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(3);
  });

  it('should throw any other error at once', async () => {
    let calls = 0;
    await expect(
      withKafkaRetry('topic t', () => {
        calls += 1;
        return Promise.reject(new TypeError('broken'));
      }),
    ).rejects.toThrow('broken');
    expect(calls).toBe(1);
  });

  it('should give up after its bound and name what was not ready', async () => {
    const attempt = withKafkaRetry(
      'end offsets of topic public.x.v1',
      () => Promise.reject(kafkaError('LEADER_NOT_AVAILABLE', true)),
      { timeoutMs: 30, initialWaitMs: 5 },
    );
    await expect(attempt).rejects.toBeInstanceOf(KafkaNotReadyError);
    await expect(attempt).rejects.toThrow(
      /end offsets of topic public\.x\.v1: still not ready after 30 ms \(LEADER_NOT_AVAILABLE/,
    );
  });
});
