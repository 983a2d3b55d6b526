import { handledLogEntry, type HandledEvent } from './handled-log';

const headers = {
  ce_id: 'evt-1',
  ce_type: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
  ce_subject: 'E1',
  ce_agency: 'AG1',
};
const base: HandledEvent = {
  topic: 'public.evaluation.appraisal-finalized.v1',
  partition: 2,
  offset: '41',
  headers,
  outcome: 'ok',
  ms: 12.4,
  attempt: 1,
};

describe(handledLogEntry.name, () => {
  it('should say in one line which event, for whom, and how long it took when it succeeds', () => {
    const entry = handledLogEntry(base);

    expect(entry.level).toBe('log');
    expect(entry.msg).toBe('evaluation.appraisal-finalized.v1 for E1: ok in 12 ms');
    expect(entry.event).toEqual({
      type: 'id.go.jenjang.evaluation.appraisal-finalized.v1',
      id: 'evt-1',
      subject: 'E1',
      agency: 'AG1',
      outcome: 'ok',
      ms: 12,
      attempt: 1,
      topic: base.topic,
      partition: 2,
      offset: '41',
    });
  });

  it('should warn with the attempt and the error when the event goes to the retry topic', () => {
    const entry = handledLogEntry({ ...base, outcome: 'retrying', error: 'store unreachable' });

    expect(entry.level).toBe('warn');
    expect(entry.msg).toBe(
      'evaluation.appraisal-finalized.v1 for E1: failed in 12 ms (attempt 1), retrying: store unreachable',
    );
  });

  it('should log an error with the reason when the event is dead-lettered, headers or not', () => {
    const entry = handledLogEntry({
      ...base,
      headers: {},
      outcome: 'dead-lettered',
      reason: 'not-a-cloudevent',
      error: 'missing headers: ce_id',
      ms: 0,
    });

    expect(entry.level).toBe('error');
    expect(entry.msg).toBe(
      'public.evaluation.appraisal-finalized.v1: dead-lettered in 0 ms (not-a-cloudevent, attempt 1): missing headers: ce_id',
    );
    expect(entry.event).toMatchObject({ reason: 'not-a-cloudevent', outcome: 'dead-lettered' });
  });
});
