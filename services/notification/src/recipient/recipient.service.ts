import { Injectable } from '@nestjs/common';
import type { RequestScope } from '@jenjang/platform';
import type { EmployeePlacedV1 } from '@jenjang/contracts';
import { agencyScope, NotFoundError } from '@jenjang/persistence';
import { unknownRecipient, type Recipient } from './domain/recipient';
import type { PreferencesDto, RecipientInputDto, RecipientQueryDto } from './dto/recipient.dto';
import { RecipientRepository, type RecipientFields } from './recipient.repository';

const WHAT = { en: 'recipient', id: 'penerima' };

export function fieldsFrom(dto: RecipientInputDto, base: Recipient): RecipientFields {
  return {
    name: dto.name === undefined ? (base.name ?? null) : dto.name,
    email: dto.email === undefined ? base.email : dto.email,
    phone: dto.phone === undefined ? base.phone : dto.phone,
    language: dto.language ?? base.language,
    timeZone: dto.timeZone ?? base.timeZone,
    unitId: dto.unitId === undefined ? base.unitId : dto.unitId,
    teams: dto.teams ?? base.teams,
    preferences: dto.preferences ?? base.preferences,
    quietHours: dto.quietHours === undefined ? base.quietHours : dto.quietHours,
    digestAt: dto.digestAt === undefined ? base.digestAt : dto.digestAt,
  };
}

@Injectable()
export class RecipientService {
  constructor(private readonly recipients: RecipientRepository) {}

  list(caller: RequestScope, q: RecipientQueryDto) {
    const scope = caller.agency;
    return this.recipients.list(
      scope,
      { team: q.team, unitId: q.unitId },
      q.limit ?? 50,
      q.skip ?? 0,
    );
  }

  async get(caller: RequestScope, employeeId: string) {
    const { agency: scope, agencyId } = caller;
    const found = await this.recipients.get(scope, agencyId, employeeId);
    if (!found) throw new NotFoundError(WHAT, employeeId);
    return found;
  }

  /** Creates or replaces an entry; fields left out keep their value (or the default). */
  async put(caller: RequestScope, employeeId: string, dto: RecipientInputDto) {
    const { agency: scope, agencyId } = caller;
    const base =
      (await this.recipients.get(scope, agencyId, employeeId)) ??
      unknownRecipient(agencyId, employeeId);
    return this.recipients.save(scope, agencyId, employeeId, fieldsFrom(dto, base), 'API');
  }

  /** From employee-placed: a current placement sets the unit; an ended one changes nothing. */
  async placed(p: EmployeePlacedV1, eventId: string, today = new Date()): Promise<void> {
    if (p.validTo !== null && p.validTo < today.toISOString().slice(0, 10)) return;
    const {
      agencyId: _a,
      employeeId: _e,
      ...defaults
    } = unknownRecipient(p.agencyId, p.employeeId);
    await this.recipients.placed(
      agencyScope(p.agencyId),
      p.agencyId,
      p.employeeId,
      p.unitId,
      eventId,
      defaults,
    );
  }

  /** The caller's own entry (defaults when the directory does not have them yet). */
  async mine(caller: RequestScope): Promise<Recipient> {
    const employeeId = caller.self();
    const scope = caller.agency;
    return (
      (await this.recipients.get(scope, caller.agencyId, employeeId)) ??
      unknownRecipient(caller.agencyId, employeeId)
    );
  }

  /** A person changes their language, opt-outs, quiet hours and digest; not their contacts. */
  async setMine(caller: RequestScope, dto: PreferencesDto): Promise<Recipient> {
    const employeeId = caller.self();
    const scope = caller.agency;
    const base = await this.mine(caller);
    const {
      name: _n,
      email: _e,
      phone: _p,
      unitId: _u,
      teams: _t,
      ...own
    } = dto as RecipientInputDto;
    const fields = fieldsFrom(own, base);
    const exists = await this.recipients.get(scope, caller.agencyId, employeeId);
    return exists
      ? (await this.recipients.patch(scope, caller.agencyId, employeeId, fields))!
      : this.recipients.save(scope, caller.agencyId, employeeId, fields, 'API');
  }
}
