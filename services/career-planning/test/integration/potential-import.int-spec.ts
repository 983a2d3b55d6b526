import type { Connection } from 'mongoose';
import { talentBoxAssignedV1, type TalentBoxAssignedV1 } from '@jenjang/contracts';
import { OutboxRelay } from '@jenjang/messaging';
import { agencyScope, MONGO_CONNECTION } from '@jenjang/persistence';
import { outboxDrained, randomLetters, waitUntil } from '@jenjang/testing';
import { TalentProfileRepository } from '../../src/talent/talent-profile.repository';
import { TALENT_PROFILE_COLLECTION } from '../../src/talent/talent-profile.schema';
import { TalentService } from '../../src/talent/talent.service';
import { careerSuite } from '../support/career-app';

const HEADER = 'nip,employee_id,skor,skala_min,skala_maks,sumber,tanggal_asesmen,catatan';

describe('CSV import of potential assessments', () => {
  const suite = careerSuite({ topics: [talentBoxAssignedV1.topic] });
  const { service, agency } = suite;

  const upload = (csv: string, query = '') =>
    service
      .http()
      .post(`/api/v1/imports/potential-assessments${query}`)
      .auth(suite.admin, { type: 'bearer' })
      .set('Content-Type', 'text/csv')
      .send(csv);

  const profileOf = (employeeId: string) =>
    service.app.get(TalentProfileRepository).of(agencyScope(agency), employeeId);

  const boxesOf = (employeeId: string) =>
    suite.recorder
      .on(talentBoxAssignedV1.topic)
      .map((m) => JSON.parse(m.value!) as TalentBoxAssignedV1)
      .filter((e) => e.employeeId === employeeId);

  /** Everything staged is published and recorded: a count taken now includes any duplicate. */
  const settled = async () => {
    await outboxDrained(service.app.get(OutboxRelay));
    await suite.recorder.caughtUp();
  };

  it('should place people with a kinerja, once each, and change nothing when the file comes again', async () => {
    const [high, middle, low, twice, placed] = ['h', 'm', 'l', 't', 'p'].map(
      (k) => `emp-${k}-${randomLetters()}`,
    );
    // A final annual BAIK (kinerja MEDIUM) for all but `placed`, who holds a post instead.
    for (const emp of [high, middle, low, twice]) await suite.appraise(emp, 2025);
    await suite.orgChart([['jab-pot', 'PELAKSANA', 7]], [[placed, 'jab-pot', null]]);
    const csv = [
      HEADER,
      `198703122010011002,${high},85,0,100,ASSESSMENT_CENTER,12-11-2025,Asesmen UPT BKD`,
      `,${middle},"3,6",1,5,Uji Kompetensi,2025-10-03,`,
      `,${low},30,0,100,TES_POTENSI,2025-10-03,`,
      // One person twice, the newer first: applied by date, so box 2 and then box 8.
      `,${twice},85,0,100,ASSESSMENT_CENTER,2025-11-12,`,
      `,${twice},30,0,100,PENILAIAN_ATASAN,2024-05-01,`,
      `,${placed},90,0,100,ASSESSMENT_CENTER,2025-11-12,`,
    ].join('\n');

    const dry = await upload(csv, '?dryRun=true').expect(200);
    expect(dry.body).toEqual({ kind: 'POTENTIAL_ASSESSMENTS', dryRun: true, rows: 6, written: 0 });
    expect((await profileOf(high))?.potentials).toEqual([]);

    await upload(csv).expect(201, {
      kind: 'POTENTIAL_ASSESSMENTS',
      dryRun: false,
      rows: 6,
      written: 6,
      alreadyRecorded: 0,
    });
    await waitUntil('a box for each person with a kinerja', () =>
      [high, middle, low].every((e) => boxesOf(e).length > 0) && boxesOf(twice).length > 1
        ? true
        : undefined,
    );
    await settled();
    const expected = { [high]: [[8, null]], [middle]: [[5, null]], [low]: [[2, null]] };
    for (const [emp, boxes] of Object.entries(expected)) {
      const events = boxesOf(emp);
      expect(events.map((e) => [e.box, e.previousBox])).toEqual(boxes);
      expect(events[0].cause).toEqual({
        kind: 'POTENTIAL_ASSESSED',
        eventId: null,
        eventType: null,
      });
      expect(talentBoxAssignedV1.validate(events[0]).ok).toBe(true);
      expect((await profileOf(emp))?.placement?.box).toBe(boxes[0][0]);
    }
    expect(boxesOf(twice).map((e) => [e.box, e.previousBox])).toEqual([
      [2, null],
      [8, 2],
    ]);
    expect(boxesOf(placed)).toEqual([]);
    expect(JSON.stringify(suite.recorder.on(talentBoxAssignedV1.topic))).not.toContain(
      '198703122010011002',
    );
    const before = new Map(
      await Promise.all(
        [high, middle, low, twice, placed].map(async (e) => [e, await profileOf(e)] as const),
      ),
    );
    expect(before.get(high)).toMatchObject({
      potential: { score: 85, scale: { min: 0, max: 100 }, source: 'ASSESSMENT_CENTER' },
      potentials: [{ assessedOn: '2025-11-12', note: 'Asesmen UPT BKD' }],
    });
    expect(before.get(middle)?.potential).toMatchObject({ score: 3.6, source: 'UJI_KOMPETENSI' });
    expect(before.get(twice)?.potential).toMatchObject({ score: 85, assessedOn: '2025-11-12' });
    expect(before.get(twice)?.potentials).toHaveLength(2);
    // No kinerja, no box; the unit comes from the post held today.
    expect(before.get(placed)).toMatchObject({
      unitId: 'dinkes.yankes',
      placement: null,
      potential: { score: 90 },
    });

    // Sent again (a retry after a time-out): nothing written, nothing published.
    await upload(csv).expect(201, {
      kind: 'POTENTIAL_ASSESSMENTS',
      dryRun: false,
      rows: 6,
      written: 0,
      alreadyRecorded: 6,
    });
    await settled();
    for (const [emp, profile] of before) {
      const again = await profileOf(emp);
      expect({ emp, revision: again?.revision, potentials: again?.potentials }).toEqual({
        emp,
        revision: profile?.revision,
        potentials: profile?.potentials,
      });
    }
    for (const [emp, boxes] of Object.entries(expected))
      expect(boxesOf(emp)).toHaveLength(boxes.length);
    expect(boxesOf(twice)).toHaveLength(2);
  });

  it('should reject the whole file for one bad cell, writing nothing', async () => {
    const [first, second] = [`emp-${randomLetters()}`, `emp-${randomLetters()}`];
    await suite.appraise(first, 2025);
    await suite.appraise(second, 2025);
    const before = await profileOf(first);
    const res = await upload(
      [
        HEADER,
        `,${first},85,0,100,ASSESSMENT_CENTER,2025-11-12,`,
        `,${second},120,0,100,ASSESSMENT_CENTER,2025-11-12,`,
      ].join('\n'),
    ).expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((res.body as { errors: unknown[] }).errors).toEqual([
      {
        field: 'line[3].skor',
        message: 'The score must lie on its scale, 0 to 100.',
        message_id: 'Nilai harus berada pada skalanya, 0 sampai 100.',
      },
    ]);
    await settled();
    expect(await profileOf(first)).toEqual(before);
    expect((await profileOf(second))?.potentials).toEqual([]);
    expect([...boxesOf(first), ...boxesOf(second)]).toEqual([]);
  });

  it("should read and write a file's profiles in a few commands, not one per row", async () => {
    const people = Array.from({ length: 40 }, (_, i) => `emp-bulk-${i}-${randomLetters()}`);
    const client = service.app.get<Connection>(MONGO_CONNECTION).getClient();
    /** The commands on talent profiles naming these people that importing `score` sent. */
    const commandsOf = async (score: number, assessedOn: string) => {
      const sent: string[] = [];
      const listener = (e: { commandName: string; command: Record<string, unknown> }) => {
        const text = JSON.stringify(e.command);
        if (
          e.command[e.commandName] === TALENT_PROFILE_COLLECTION &&
          people.some((p) => text.includes(p))
        ) {
          sent.push(e.commandName);
        }
      };
      client.on('commandStarted', listener);
      try {
        await upload(
          [HEADER, ...people.map((e) => `,${e},${score},0,100,TES_POTENSI,${assessedOn},`)].join(
            '\n',
          ),
        ).expect(201);
      } finally {
        client.off('commandStarted', listener);
      }
      return sent;
    };
    // Was a read and a write per row: 80 commands. One read, then one bulk write of them all.
    expect(await commandsOf(70, '2025-10-03')).toEqual(['find', 'insert']);
    expect(await commandsOf(75, '2025-11-03')).toEqual(['find', 'update']);
    for (const e of people) {
      expect(await profileOf(e)).toMatchObject({
        potential: { score: 75, assessedOn: '2025-11-03' },
        potentials: [{ score: 70 }, { score: 75 }],
        revision: 2,
      });
    }
  });

  it('should record both of two imports racing for the same people, each once', async () => {
    const people = Array.from({ length: 20 }, (_, i) => `emp-race-${i}-${randomLetters()}`);
    for (const e of people) await suite.appraise(e, 2025);
    const talent = service.app.get(TalentService);
    const records = (id: string, score: number) =>
      people.map((employeeId) => ({
        employeeId,
        note: null,
        potential: {
          assessmentId: `${id}-${employeeId}`,
          score,
          scale: { min: 0, max: 100 },
          source: 'TES_POTENSI',
          assessedOn: '2025-10-03',
        },
      }));
    // Both read the profiles before either writes: the second write of a person finds its
    // revision moved and is done again from a fresh read.
    const written = await Promise.all([
      talent.recordPotentials(agency, records('a', 85)),
      talent.recordPotentials(agency, records('b', 85)),
      talent.recordPotentials(agency, records('a', 85)),
    ]);
    expect(written.reduce((sum, n) => sum + n, 0)).toBe(2 * people.length);
    for (const e of people) {
      const profile = await profileOf(e);
      expect(profile?.potentials.map((p) => p.assessmentId).sort()).toEqual([`a-${e}`, `b-${e}`]);
      expect(profile).toMatchObject({ placement: { box: 8 }, revision: 3 });
    }
    await waitUntil('a box for each', () =>
      people.every((e) => boxesOf(e).length > 0) ? true : undefined,
    );
    await settled();
    for (const e of people) expect(boxesOf(e)).toHaveLength(1);
  });

  it('should record an assessment once when the API gets it twice and a file brings it again', async () => {
    const emp = `emp-api-${randomLetters()}`;
    await suite.appraise(emp, 2025);
    const record = (assessedOn: string, score: number, note: string) =>
      service
        .http()
        .post(`/api/v1/talent/employees/${emp}/potential-assessments`)
        .auth(suite.admin, { type: 'bearer' })
        .send({
          score,
          scale: { min: 0, max: 100 },
          source: 'ASSESSMENT_CENTER',
          assessedOn,
          note,
        });

    // Sent again without an Idempotency-Key (a client's retry), then in a file.
    await record('2025-11-12', 85, 'Asesmen UPT BKD').expect(201);
    await record('2025-11-12', 85, 'Asesmen UPT BKD (dikirim ulang)').expect(201);
    await upload([HEADER, `,${emp},85,0,100,ASSESSMENT_CENTER,2025-11-12,`].join('\n')).expect(
      201,
      {
        kind: 'POTENTIAL_ASSESSMENTS',
        dryRun: false,
        rows: 1,
        written: 0,
        alreadyRecorded: 1,
      },
    );
    await record('2026-06-01', 60, 'Asesmen ulang').expect(201);

    const profile = await profileOf(emp);
    expect(profile?.potentials.map((p) => [p.assessedOn, p.score, p.note])).toEqual([
      ['2025-11-12', 85, 'Asesmen UPT BKD'],
      ['2026-06-01', 60, 'Asesmen ulang'],
    ]);
  });
});
