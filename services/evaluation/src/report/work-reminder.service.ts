import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { WORK_WAITING_MAX_ITEMS, workWaitingV1 } from '@jenjang/contracts';
import { sourceOf, stageEvent } from '@jenjang/messaging';
import { agencyScope } from '@jenjang/persistence';
import { AppraisalReportRepository } from './appraisal-report.repository';
import { stuckAppraisals, stuckSkps } from './domain/stuck';
import { WAITING_RULES, waitingReminders, type RecordOwners } from './domain/waiting';
import { SkpReportRepository } from './skp-report.repository';
import { WorkReminderRepository } from './work-reminder.repository';

const WIB_OFFSET_MS = 7 * 3600_000;
const dayOf = (at: Date): string =>
  new Date(at.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);

/** Same parts, same id (UUID layout of a SHA-1): one reminder per person, agency and day. */
function reminderId(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * The stuck report as reminders: once a day, everyone on whom late SKPs, appraisals or
 * objections wait gets one work-waiting event (notification turns it into a notice).
 */
@Injectable()
export class WorkReminderService {
  constructor(
    private readonly skps: SkpReportRepository,
    private readonly appraisals: AppraisalReportRepository,
    private readonly reminders: WorkReminderRepository,
  ) {}

  /** Returns how many reminders were staged (0 when today's were staged already). */
  async remind(now = new Date()): Promise<number> {
    const rules = { ...WAITING_RULES, asOf: now };
    const asOf = dayOf(now);
    const [skps, appraisals] = await Promise.all([
      this.skps.submittedEverywhere(Number(asOf.slice(0, 4))),
      this.appraisals.notFinalEverywhere(),
    ]);
    const owners = new Map<string, RecordOwners>([...skps, ...appraisals].map((r) => [r.id, r]));
    const late = [...stuckSkps(skps, rules), ...stuckAppraisals(appraisals, rules)];
    let staged = 0;
    for (const r of waitingReminders(late, owners)) {
      const id = reminderId('work-waiting', r.agencyId, r.personId, asOf);
      const event = stageEvent(
        workWaitingV1,
        {
          id,
          data: {
            reminderId: id,
            employeeId: r.personId,
            agencyId: r.agencyId,
            asOf,
            counts: r.counts,
            mostDaysLate: r.items[0].daysLate,
            items: r.items.slice(0, WORK_WAITING_MAX_ITEMS).map((i) => ({
              kind: i.kind,
              recordId: i.id,
              employeeId: i.employeeId,
              period: i.period,
              deadline: i.deadline.toISOString().slice(0, 10),
              daysLate: i.daysLate,
            })),
            link: '/api/v1/appraisals',
            skpLink: '/api/v1/skp',
          },
        },
        sourceOf('evaluation'),
      );
      if (await this.reminders.insertOnce(agencyScope(r.agencyId), id, r.personId, event)) {
        staged += 1;
      }
    }
    return staged;
  }
}
