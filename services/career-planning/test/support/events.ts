import { randomUUID } from 'node:crypto';
import {
  appraisalFinalizedV1,
  retryTopic,
  type AppraisalFinalizedV1,
  type EventContract,
} from '@jenjang/contracts';
import { createTopics, produceRaw, testEnv } from '@jenjang/testing';

export function ceHeaders(contract: EventContract, id: string, subject: string, agency: string) {
  return {
    ce_specversion: '1.0',
    ce_id: id,
    ce_source: '/jenjang/test',
    ce_type: contract.type,
    ce_time: new Date().toISOString(),
    ce_subject: subject,
    ce_agency: agency,
    'content-type': 'application/json',
  };
}

/** Produces one event as its producer would (or, with `raw`, any value and headers). */
export async function publish<T>(
  contract: EventContract,
  data: T & { employeeId: string; agencyId: string },
  options: { id?: string; raw?: string; headers?: Partial<ReturnType<typeof ceHeaders>> } = {},
): Promise<string> {
  const id = options.id ?? randomUUID();
  await produceRaw(testEnv().brokers, contract.topic, [
    {
      key: data.employeeId,
      value: options.raw ?? JSON.stringify(data),
      headers: { ...ceHeaders(contract, id, data.employeeId, data.agencyId), ...options.headers },
    },
  ]);
  return id;
}

/** The public topics and their DLQs exist (deploy/topics.yaml); a test group needs its retry topic. */
export async function createRetryTopic(groupId: string) {
  await createTopics(testEnv().brokers, [retryTopic(groupId)]);
}

export function annualAppraisal(
  employeeId: string,
  agencyId: string,
  overrides: Partial<AppraisalFinalizedV1> = {},
): AppraisalFinalizedV1 {
  const appraisalId = overrides.appraisalId ?? randomUUID();
  return {
    ...structuredClone(appraisalFinalizedV1.example),
    appraisalId,
    employeeId,
    agencyId,
    unitId: 'dinkes.yankes',
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilakuKerja: 'SESUAI_EKSPEKTASI',
    predikat: 'BAIK',
    objection: { outcome: 'NONE', decidedAt: null },
    link: `/api/v1/appraisals/${appraisalId}`,
    ...overrides,
  };
}

/**
 * How long to wait for a consumed effect: a new test group reads the shared topics from the
 * beginning, behind whatever other suites produced (a thousand and more gaps-assessed).
 */
export const CONSUMED_MS = 90_000;
