import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mintDevToken } from '@jenjang/auth';
import {
  EvaluationDriver,
  freePort,
  randomLetters,
  ServiceProcess,
  SharedPlatform,
  waitUntil,
  type AppraisalPlan,
} from '@jenjang/testing';

const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(__dirname, 'artifacts', 'portal');
const CHROMIUM = process.env.JENJANG_CHROMIUM ?? '/usr/bin/chromium';
const WEB = join(ROOT, 'services', 'portal', 'web');
const WEB_OUT = join(ROOT, 'dist', 'portal-web', 'index.html');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The newest change under the SPA's sources, to rebuild it only when stale.
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
    ),
  );
}

function ensureBrowserAndWeb(): void {
  execFileSync(join(ROOT, 'scripts', 'install-chromium.sh'), { stdio: 'inherit' });
  if (!existsSync(WEB_OUT) || statSync(WEB_OUT).mtimeMs < newest(WEB)) {
    execFileSync(process.execPath, [join(WEB, 'build-web.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
}

// The portal in a real browser over the real platform: the penilai rates with the live predikat
// matrix, the pegawai accepts the predikat and then finds the feedback notice and the training
// recommendation, accepts it and enrolls; the admin runs a dry-run import and downloads a report.
// Every page visited is checked with axe-core (no serious or critical violation) and screenshotted
// at 360 px into test/e2e/artifacts/portal (git-ignored).
describe('the portal in a browser (penilai, pegawai, admin)', () => {
  const platform = SharedPlatform.attach();
  const agency = `ag-portal-${randomLetters(5)}`;
  const employeeId = `emp-${randomLetters(6)}`;
  const penilaiId = `pen-${randomLetters(6)}`;
  const atasanId = `ata-${randomLetters(6)}`;
  // A second member of the penilai's team, whose SKP waits for approval.
  const colleagueId = `emp-${randomLetters(6)}`;
  const year = new Date().getFullYear();
  const people = [
    {
      id: employeeId,
      name: 'Sari Pegawai',
      agencyId: agency,
      unitId: 'dpmptsp',
      employeeId,
      roles: ['PEGAWAI'],
    },
    {
      id: penilaiId,
      name: 'Rahmat Penilai',
      agencyId: agency,
      unitId: 'dpmptsp',
      employeeId: penilaiId,
      roles: ['PEGAWAI', 'PENILAI'],
    },
    {
      id: `adm-${randomLetters(5)}`,
      name: 'Dewi Admin',
      agencyId: agency,
      roles: ['ADMIN_INSTANSI'],
    },
  ];
  let portal: ServiceProcess;
  let portalUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const visited: string[] = [];
  // Errors the browser reported (a CSP refusal, a failed script): none is expected.
  const consoleErrors: string[] = [];

  const ok = async (url: string, method: string, token: string, body?: unknown) => {
    const res = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as Record<string, unknown>;
  };

  // An appraisal waiting for its rating: SKP approved, realisation recorded, feedback given.
  async function appraisalToRate(): Promise<void> {
    const plan: AppraisalPlan = {
      agencyId: agency,
      employeeId,
      penilaiId,
      atasanPenilaiId: atasanId,
      unitId: 'dpmptsp',
      position: { id: 'jab-analis', name: 'Analis Perizinan', group: 'PELAKSANA' },
      year,
      period: { kind: 'TAHUNAN' },
      hasilKerja: 'SESUAI_EKSPEKTASI',
      perilakuKerja: 'DI_BAWAH_EKSPEKTASI',
    };
    const driver = new EvaluationDriver(platform.url('evaluation'));
    await driver.setOrganisationPredikat(agency, 'dpmptsp', year, 'BAIK');
    const skp = await driver.approvedSkp(plan);
    const pegawai = await driver.token(agency, employeeId, 'PEGAWAI');
    const penilai = await driver.token(agency, penilaiId, 'PEGAWAI', 'PENILAI');
    const a = await driver.call<{ id: string }>('POST', '/api/v1/appraisals', pegawai, {
      skpId: skp.id,
      period: plan.period,
    });
    await driver.call('PUT', `/api/v1/appraisals/${a.id}/realisasi`, pegawai, {
      revision: 1,
      entries: [{ indicatorId: skp.hasilKerja![0].indicators[0].id, value: '93%' }],
    });
    await driver.call('POST', `/api/v1/appraisals/${a.id}/feedback`, penilai, {
      revision: 2,
      about: { kind: 'PERILAKU', value: 'KOLABORATIF' },
      text: 'Tingkatkan kerja sama lintas bidang.',
    });
  }

  // The colleague's SKP, submitted to the penilai (once evaluation has learnt the placement).
  async function submittedSkp(): Promise<void> {
    const driver = new EvaluationDriver(platform.url('evaluation'));
    const token = await driver.token(agency, colleagueId, 'PEGAWAI');
    const skp = await waitUntil('the colleague placed in evaluation', () =>
      driver
        .call<{ id: string }>('POST', '/api/v1/skp', token, {
          year,
          hasilKerja: [
            {
              kind: 'UTAMA',
              description: 'Tertatanya arsip perizinan',
              indicators: [{ description: 'Berkas diarsipkan dalam 2 hari', target: '95%' }],
            },
          ],
        })
        .catch((error: Error) => {
          if (error.message.includes('SKP_NOT_IN_ORG_CHART')) return undefined;
          throw error;
        }),
    );
    await driver.call('POST', `/api/v1/skp/${skp.id}/submit`, token, { revision: 1 });
  }

  beforeAll(async () => {
    ensureBrowserAndWeb();
    mkdirSync(ARTIFACTS, { recursive: true });
    const admin = await mintDevToken({ roles: ['ADMIN_INSTANSI'], agencyId: agency });
    await ok(
      `${platform.url('notification')}/api/v1/agencies/${agency}/recipients/${employeeId}`,
      'PUT',
      admin,
      {
        email: `${employeeId}@portal.go.id`,
        language: 'id',
      },
    );
    // A program that develops Kerja Sama (a weak Kolaboratif maps to it), with a session soon.
    const program = await ok(`${platform.url('training')}/api/v1/programs`, 'POST', admin, {
      code: `kerja-sama-${randomLetters(4)}`,
      title: 'Kerja Sama Lintas Bidang',
      form: 'PELATIHAN_TEKNIS',
      provider: { kind: 'INTERNAL', name: 'BPSDM' },
      jp: 16,
      competencies: [{ competencyCode: 'KERJA_SAMA', level: 3, raisesAssessedLevel: true }],
      berakhlakValues: ['KOLABORATIF'],
      availability: 'OWN',
    });
    const start = new Date(Date.now() + 14 * 86_400_000);
    await ok(
      `${platform.url('training')}/api/v1/programs/${String(program.id)}/sessions`,
      'POST',
      admin,
      {
        code: 'angkatan-1',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 86_400_000).toISOString(),
        capacity: 30,
        location: 'BPSDM DIY',
      },
    );
    // The org chart, in career planning (the other services learn it from employee-placed):
    // the pegawai reports to the penilai, who reports to the atasan penilai.
    const chart = [
      { id: atasanId, position: 'jab-kadis', name: 'Kepala Dinas', group: 'JPT', superior: null },
      {
        id: penilaiId,
        position: 'jab-kasi',
        name: 'Kepala Seksi Perizinan',
        group: 'PENGAWAS',
        superior: atasanId,
      },
      {
        id: employeeId,
        position: 'jab-analis',
        name: 'Analis Perizinan',
        group: 'PELAKSANA',
        superior: penilaiId,
      },
      {
        id: colleagueId,
        position: 'jab-pengadministrasi',
        name: 'Pengadministrasi Perizinan',
        group: 'PELAKSANA',
        superior: penilaiId,
      },
    ];
    for (const line of chart) {
      await ok(
        `${platform.url('career-planning')}/api/v1/positions/${line.position}`,
        'PUT',
        admin,
        {
          unitId: 'dpmptsp',
          name: line.name,
          group: line.group,
          grade: 8,
        },
      );
      await ok(`${platform.url('career-planning')}/api/v1/placements`, 'POST', admin, {
        employeeId: line.id,
        positionId: line.position,
        ...(line.superior ? { superiorEmployeeId: line.superior } : {}),
        validFrom: `${year}-01-02`,
      });
    }
    await appraisalToRate();
    await submittedSkp();

    const peopleFile = join(ARTIFACTS, `people-${platform.run}.json`);
    writeFileSync(peopleFile, JSON.stringify(people));
    const port = await freePort();
    portalUrl = `http://127.0.0.1:${port}`;
    portal = new ServiceProcess(
      'services/portal/src/main.ts',
      {
        PORT: String(port),
        PORTAL_DEMO_PEOPLE_FILE: peopleFile,
        EVALUATION_URL: platform.url('evaluation'),
        COMPETENCY_URL: platform.url('competency'),
        TRAINING_URL: platform.url('training'),
        CAREER_PLANNING_URL: platform.url('career-planning'),
        NOTIFICATION_URL: platform.url('notification'),
      },
      'portal',
    );
    await waitUntil(
      'the portal ready',
      async () => {
        const res = await fetch(`${portalUrl}/health/ready`).catch(() => undefined);
        return res?.ok ? true : undefined;
      },
      60_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${portal.output()}`);
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  // What the browser showed when a step ended, kept beside the page screenshots.
  afterEach(async () => {
    const name = expect.getState().currentTestName ?? 'step';
    await page
      ?.screenshot({ path: join(ARTIFACTS, `last-${name.replace(/\W+/g, '-').slice(-60)}.png`) })
      .catch(() => undefined);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await portal?.stop();
  });

  // A fresh browser profile per person, as on a phone: 360 px wide, Indonesian.
  async function signIn(name: string): Promise<void> {
    await context?.close();
    context = await browser.newContext({
      viewport: { width: 360, height: 780 },
      locale: 'id-ID',
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('console', (message) => {
      // The import the admin dry-runs with a wrong row is refused (422) on purpose; a person
      // without a career plan or a 9-box place yet gets 404 there, which the page shows as none.
      const expected =
        /status of 422/.test(message.text()) ||
        (/status of 404/.test(message.text()) &&
          /\/bff\/api\/career-planning\/(plans\/|talent\/me)/.test(message.location().url));
      if (message.type() === 'error' && !expected) consoleErrors.push(message.text());
    });
    await page.goto(portalUrl);
    await page.getByRole('link', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: /Masuk ke Jenjang/ }).waitFor();
    await checkPage('sign-in');
    await page.getByRole('button', { name: new RegExp(name) }).click();
    await page.getByRole('navigation', { name: 'Menu utama' }).waitFor();
  }

  async function checkPage(name: string): Promise<void> {
    // Evaluated over the DevTools protocol: the portal's CSP (no inline script) stays on.
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: {
            run: (o: unknown) => Promise<{
              violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    });
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    visited.push(name);
    expect({ page: name, consoleErrors }).toEqual({ page: name, consoleErrors: [] });
    expect({
      page: name,
      violations: violations.filter((v) => ['serious', 'critical'].includes(v.impact)),
    }).toEqual({ page: name, violations: [] });
  }

  // Reloads until the text shows: the loop runs through Kafka, so what a page shows may follow.
  async function reloadUntil(text: string | RegExp, timeoutMs = 90_000): Promise<void> {
    await waitUntil(
      `"${String(text)}" on ${page.url()}`,
      async () => {
        if (await page.getByText(text).first().isVisible()) return true;
        await page.reload();
        await page.getByRole('navigation', { name: 'Menu utama' }).waitFor();
        await page.waitForLoadState('networkidle');
        return (await page.getByText(text).first().isVisible()) ? true : undefined;
      },
      timeoutMs,
    );
  }

  it('should let the penilai see the team and rate with the predikat matrix shown live', async () => {
    await signIn('Rahmat Penilai');
    await page.getByRole('link', { name: 'Tim saya' }).click();
    const team = page.getByRole('region', { name: /Anggota tim/ });
    await team.getByRole('cell', { name: employeeId }).waitFor();
    const card = page.getByRole('article', { name: new RegExp(employeeId) });
    await card
      .getByRole('group', { name: 'Rating hasil kerja' })
      .getByLabel('Sesuai ekspektasi')
      .check();
    await card
      .getByRole('group', { name: 'Rating perilaku kerja' })
      .getByLabel('Di bawah ekspektasi')
      .check();
    await expect(card.getByRole('status').first().textContent()).resolves.toBe(
      'Predikat yang akan ditetapkan: Kurang/Misconduct',
    );
    // The unit's curve, live: Kurang/Misconduct is within organisation Baik's bounds.
    await card.getByText('Penetapan ini sesuai kurva unit.').waitFor();
    await checkPage('penilai-rating');
    await card.getByRole('button', { name: 'Simpan rating' }).click();
    await card.getByRole('button', { name: 'Tetapkan predikat' }).click();
    await card.getByText('Predikat ditetapkan: Kurang/Misconduct.').waitFor();
  });

  it("should let the penilai approve a member's SKP and see the team's JP and uptake", async () => {
    const review = page.getByRole('article', { name: new RegExp(`SKP ${year} · ${colleagueId}`) });
    await review.getByText('Tertatanya arsip perizinan').waitFor();
    await page
      .getByRole('region', { name: 'Tabel JP dan rekomendasi anggota tim' })
      .getByRole('rowheader', { name: colleagueId })
      .waitFor();
    await checkPage('penilai-skp');
    await review.getByRole('button', { name: 'Setujui SKP' }).click();
    await review.getByText('SKP disetujui.').waitFor();
  });

  it('should show the pegawai the predikat with the objection deadline, and make it final on accept', async () => {
    await signIn('Sari Pegawai');
    await page
      .getByRole('article', { name: new RegExp(`SKP saya ${year}`) })
      .getByText('Disetujui')
      .waitFor();
    const card = page.getByRole('article', { name: /Tahunan/ });
    await card.getByText('Batas pengajuan keberatan').waitFor();
    await card.getByText('Kurang/Misconduct').waitFor();
    await card.getByText('Ajukan keberatan').click();
    await card.getByLabel('Alasan keberatan').waitFor();
    await checkPage('pegawai-appraisal');
    await card.getByRole('button', { name: 'Terima predikat' }).click();
    await page.getByText('Predikat diterima; penilaian menjadi final.').waitFor();
    await card.getByText('Final', { exact: true }).waitFor();
  });

  it('should bring the feedback notice to the inbox with an unread badge', async () => {
    await page.getByRole('link', { name: /Kotak masuk/ }).click();
    await reloadUntil(/Kurang\/Misconduct/);
    await page
      .getByRole('link', { name: /Kotak masuk/ })
      .getByLabel(/belum dibaca/)
      .waitFor();
    await checkPage('pegawai-inbox');
    await page.getByRole('button', { name: 'Tandai dibaca' }).first().click();
  });

  it('should show the recommendation with its reasons, and accept and enroll', async () => {
    await page.getByRole('link', { name: 'Kinerja saya' }).click();
    await reloadUntil('Kerja Sama Lintas Bidang');
    const item = page.getByRole('listitem').filter({ hasText: 'Kerja Sama Lintas Bidang' });
    await item.getByRole('heading', { name: 'Alasan' }).waitFor();
    await item.getByRole('button', { name: 'Terima' }).click();
    await item.getByRole('button', { name: 'Daftar ke sesi' }).click();
    await item.getByText(/^Terdaftar/).waitFor();
    await checkPage('pegawai-recommendations');
    // The career plan: the first goal creates it (career planning, through the portal).
    const career = page.getByRole('region', { name: 'Rencana karier' });
    await career.getByRole('button', { name: 'Ubah tujuan' }).click();
    await career.getByLabel('Tujuan karier').fill('Kepala Seksi Perizinan');
    await career.getByRole('button', { name: 'Simpan tujuan' }).click();
    await career.getByText('Tujuan tersimpan; persetujuan atasan perlu diminta lagi.').waitFor();
    await career.getByText(/Kepala Seksi Perizinan \(Jangka pendek/).waitFor();
    // The English switch: the same page in the other language.
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await page.getByRole('heading', { name: 'My performance' }).waitFor();
  });

  it('should let the admin dry-run an import with row errors, then download the report', async () => {
    await signIn('Dewi Admin');
    const header =
      'nip,employee_id,tahun,periode,nomor_periode,rating_hasil_kerja,rating_perilaku_kerja,predikat';
    const row = (predikat: string) =>
      `199001012015011001,${employeeId},${year},TRIWULANAN,1,DI_ATAS_EKSPEKTASI,SESUAI_EKSPEKTASI,${predikat}`;
    const form = page.getByRole('form', { name: 'Impor CSV' });
    await form.getByLabel('Berkas CSV').setInputFiles({
      name: 'hasil.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n${row('SANGAT_BAIK')}\n`),
    });
    await form.getByRole('button', { name: 'Jalankan impor' }).click();
    const errors = form.getByRole('table', { name: 'Kesalahan per baris' });
    await errors.getByText('line[2].predikat').waitFor();
    await checkPage('admin-import-errors');
    await form.getByLabel('Berkas CSV').setInputFiles({
      name: 'hasil.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n${row('BAIK')}\n`),
    });
    await form.getByRole('button', { name: 'Jalankan impor' }).click();
    await form.getByText(/Uji coba berhasil/).waitFor();

    await page.getByRole('button', { name: 'Laporan' }).click();
    await page.getByLabel('Tahun').selectOption(String(year));
    await page.getByRole('img', { name: /Grafik: Distribusi predikat/ }).waitFor();
    await checkPage('admin-report');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh CSV' }).click(),
    ]);
    const file = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'unit_id,unit_size,with_predikat,SANGAT_BAIK,BAIK,BUTUH_PERBAIKAN,KURANG_MISCONDUCT,SANGAT_KURANG,curve_status',
    );
    // One appraisal with a predikat in the unit (its size follows the org chart): Kurang/Misconduct.
    expect(csv).toMatch(/^dpmptsp,\d+,1,0,0,0,1,0,\w+$/m);

    // Settings: the agency's documents read back into forms; a template rendered by the service.
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByRole('heading', { name: 'Kurva distribusi dan masa keberatan' }).waitFor();
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    await page.getByRole('region', { name: /Pratinjau dengan contoh event/ }).waitFor();
    await checkPage('admin-settings');
    expect(visited).toEqual(
      expect.arrayContaining([
        'sign-in',
        'penilai-rating',
        'penilai-skp',
        'pegawai-appraisal',
        'pegawai-inbox',
        'pegawai-recommendations',
        'admin-import-errors',
        'admin-report',
        'admin-settings',
      ]),
    );
  });
});
