import { Inject, Injectable } from '@nestjs/common';
import type { Connection, Model } from 'mongoose';
import {
  CONFIG_CACHE_MS,
  MONGO_CONNECTION,
  provinceScope,
  TenantScopedRepository,
  TtlCache,
  type AgencyScope,
} from '@jenjang/persistence';
import type { Program, Session } from './domain/program';
import { ProgramSchema, SessionSchema, type ProgramDoc, type SessionDoc } from './catalog.schema';

const toProgram = ({ _id, createdAt: _c, updatedAt: _u, ...rest }: ProgramDoc): Program => ({
  id: _id,
  ...rest,
});
const toSession = ({ _id, seats: _s, createdAt: _c, ...rest }: SessionDoc): Session => ({
  id: _id,
  ...rest,
});

// Programs open to an agency: its own, and the province-wide ones of any agency.
const openTo = (agencyId: string) => ({
  $or: [{ agencyId }, { availability: 'PROVINCE' }],
});

/** The active programs open to an agency and their sessions, as every recommendation reads them. */
export interface OpenCatalog {
  readonly programs: Program[];
  /** The sessions of those programs that start after `from`. */
  readonly sessions: Session[];
  readonly from: Date;
}

/**
 * The open catalog per agency from memory for CONFIG_CACHE_MS (the recommendations read it for
 * every set); every catalog write in this process (programs, sessions, seats) clears it all, since
 * a province-wide program is open to every agency. Another replica's write is seen within the TTL;
 * a seat is still taken against the store, never against this copy.
 */
@Injectable()
export class OpenCatalogCache extends TtlCache<OpenCatalog> {
  constructor() {
    super(CONFIG_CACHE_MS);
  }
}

@Injectable()
export class ProgramRepository extends TenantScopedRepository<ProgramDoc, Program> {
  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    private readonly openCatalog: OpenCatalogCache,
  ) {
    super(connection.model<ProgramDoc>('Program', ProgramSchema));
  }

  protected toPlain(doc: ProgramDoc): Program {
    return toProgram(doc);
  }

  /** Creates or replaces a program of the scope's agency (idempotent on its id). */
  async save(scope: AgencyScope, p: Program, now: Date): Promise<Program> {
    const { id, agencyId: _a, ...rest } = p;
    this.openCatalog.clear();
    const saved = await this.findOneAndUpdate(
      scope,
      { _id: id },
      { $set: { ...rest, updatedAt: now }, $setOnInsert: { createdAt: now } },
      { upsert: true },
    );
    return saved!;
  }

  byId(scope: AgencyScope, id: string): Promise<Program | null> {
    return this.findOne(scope, { _id: id });
  }

  /** A program by id if the agency may use it (own or province-wide). */
  openById(agencyId: string, id: string): Promise<Program | null> {
    return this.findOne(provinceScope('catalog: programs open to an agency'), {
      _id: id,
      ...openTo(agencyId),
    });
  }

  /** Any program by id, whoever owns it (to say "not open to your agency" rather than 404). */
  anyById(id: string): Promise<Program | null> {
    return this.findOne(provinceScope('catalog: does the program exist at all'), { _id: id });
  }

  listOpenTo(agencyId: string, activeOnly = true): Promise<Program[]> {
    return this.find(
      provinceScope('catalog: programs open to an agency'),
      { ...openTo(agencyId), ...(activeOnly ? { active: true } : {}) },
      { sort: { title: 1 }, limit: 1000 },
    );
  }
}

@Injectable()
export class SessionRepository extends TenantScopedRepository<SessionDoc, Session> {
  constructor(
    @Inject(MONGO_CONNECTION) connection: Connection,
    private readonly openCatalog: OpenCatalogCache,
  ) {
    super(connection.model<SessionDoc>('Session', SessionSchema));
  }

  protected toPlain(doc: SessionDoc): Session {
    return toSession(doc);
  }

  private get raw(): Model<SessionDoc> {
    return this.model;
  }

  async save(scope: AgencyScope, s: Omit<Session, 'seatsTaken'>, now: Date): Promise<Session> {
    const { id, agencyId: _a, ...rest } = s;
    this.openCatalog.clear();
    const saved = await this.findOneAndUpdate(
      scope,
      { _id: id },
      { $set: rest, $setOnInsert: { createdAt: now, seatsTaken: 0, seats: [] } },
      { upsert: true },
    );
    return saved!;
  }

  byId(id: string): Promise<Session | null> {
    return this.findOne(provinceScope('catalog: sessions of open programs'), { _id: id });
  }

  ofPrograms(programIds: string[], from?: Date): Promise<Session[]> {
    return this.find(
      provinceScope('catalog: sessions of open programs'),
      { programId: { $in: programIds }, ...(from ? { startsAt: { $gt: from } } : {}) },
      { sort: { startsAt: 1 }, limit: 5000 },
    );
  }

  /**
   * Takes a seat for the enrollment if one is free. Idempotent: an enrollment that already holds
   * a seat keeps it. Returns false when the session is full.
   */
  async takeSeat(session: Session, enrollmentId: string): Promise<boolean> {
    const opts = this.options(provinceScope('enrollment: seats of a province-wide session'));
    const held = await this.raw
      .countDocuments({ _id: session.id, seats: enrollmentId }, opts)
      .exec();
    if (held > 0) return true;
    this.openCatalog.clear();
    const res = await this.raw
      .updateOne(
        { _id: session.id, seatsTaken: { $lt: session.capacity }, seats: { $ne: enrollmentId } },
        { $inc: { seatsTaken: 1 }, $push: { seats: enrollmentId } },
        opts,
      )
      .exec();
    return res.modifiedCount === 1;
  }

  async releaseSeat(sessionId: string, enrollmentId: string): Promise<void> {
    this.openCatalog.clear();
    await this.raw
      .updateOne(
        { _id: sessionId, seats: enrollmentId },
        { $inc: { seatsTaken: -1 }, $pull: { seats: enrollmentId } },
        this.options(provinceScope('enrollment: seats of a province-wide session')),
      )
      .exec();
  }
}
