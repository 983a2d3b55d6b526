/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../api';
import { renderIn } from '../test/render';
import type { CurveOutlook } from '../types-pegawai-penilai';
import { FeedbackForm } from './FeedbackForm';
import { GoalsForm } from './GoalsForm';
import { StepForm } from './StepForm';
import { RatingForm } from './RatingForm';
import { SkpForm } from './SkpForm';
import { SkpReviewForm } from './SkpReviewForm';

const type = (label: string, value: string, index = 0) =>
  fireEvent.change(screen.getAllByLabelText(label)[index], { target: { value } });

describe('SkpForm', () => {
  it('should mark the fields the service would refuse and send nothing', () => {
    const submit = jest.fn();
    renderIn(<SkpForm onSubmit={submit} />);
    fireEvent.change(screen.getByLabelText('Jenis'), { target: { value: 'TAMBAHAN' } });
    type('Uraian hasil kerja', 'ab');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'SKP memerlukan paling sedikit satu hasil kerja utama.',
    );
    expect(screen.getByLabelText('Uraian hasil kerja').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Indikator kinerja').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Target').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Uraian paling sedikit 3 karakter.')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('should send the results with their indicators, trimmed, and keep the leader’s expectations', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    const perilaku = [{ value: 'AKUNTABEL' as const, ekspektasiKhusus: 'Laporan tepat waktu' }];
    renderIn(
      <SkpForm
        initial={{
          hasilKerja: [
            {
              id: 'h1',
              kind: 'UTAMA',
              description: 'Layanan izin cepat',
              indicators: [{ id: 'i1', description: 'Izin selesai 5 hari', target: '90%' }],
            },
          ],
          perilaku,
        }}
        onSubmit={submit}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tambah indikator' }));
    type('Indikator kinerja', '  Keluhan dijawab 1x24 jam ', 1);
    type('Target', '95%', 1);
    fireEvent.click(screen.getByRole('button', { name: 'Tambah hasil kerja' }));
    type('Uraian hasil kerja', 'Kajian regulasi', 1);
    type('Indikator kinerja', 'Kajian selesai', 2);
    type('Target', '2 dokumen', 2);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect((await screen.findByRole('status')).textContent).toBe('SKP tersimpan.');
    expect(submit).toHaveBeenCalledWith({
      hasilKerja: [
        {
          kind: 'UTAMA',
          description: 'Layanan izin cepat',
          indicators: [
            { description: 'Izin selesai 5 hari', target: '90%' },
            { description: 'Keluhan dijawab 1x24 jam', target: '95%' },
          ],
        },
        {
          kind: 'TAMBAHAN',
          description: 'Kajian regulasi',
          indicators: [{ description: 'Kajian selesai', target: '2 dokumen' }],
        },
      ],
      perilaku,
    });
  });

  it('should show the problem+json detail and the fields it names', async () => {
    const submit = jest.fn().mockRejectedValue(
      new ApiError(
        422,
        { en: 'The appraiser must be someone else.', id: 'Pejabat penilai harus orang lain.' },
        [
          {
            field: 'penilaiId',
            message: 'The appraiser must be someone else than the employee.',
            message_id: 'Pejabat penilai harus orang lain, bukan pegawai yang bersangkutan.',
          },
        ],
      ),
    );
    renderIn(<SkpForm onSubmit={submit} />, 'en');
    type('Work result', 'Licensing service');
    type('Performance indicator', 'Licences within 5 days');
    type('Target', '90%');
    fireEvent.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The appraiser must be someone else.',
    );
    const fields = screen.getByRole('list', { name: 'Field errors' });
    expect(fields.textContent).toBe(
      'penilaiId: The appraiser must be someone else than the employee.',
    );
  });
});

describe('SkpReviewForm', () => {
  it('should approve with one click and confirm', async () => {
    const approve = jest.fn().mockResolvedValue(undefined);
    const giveBack = jest.fn();
    renderIn(<SkpReviewForm onApprove={approve} onReturn={giveBack} />);
    fireEvent.click(screen.getByRole('button', { name: 'Setujui SKP' }));
    expect((await screen.findByRole('status')).textContent).toBe('SKP disetujui.');
    expect(approve).toHaveBeenCalledTimes(1);
    expect(giveBack).not.toHaveBeenCalled();
  });

  it('should require a reason of 3 characters before returning, then send it trimmed', async () => {
    const giveBack = jest.fn().mockResolvedValue(undefined);
    renderIn(<SkpReviewForm onApprove={jest.fn()} onReturn={giveBack} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan SKP' }));
    type('Alasan pengembalian', ' ok ');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim pengembalian' }));
    expect(screen.getByRole('alert').textContent).toMatch(/paling sedikit 3 karakter/);
    expect(giveBack).not.toHaveBeenCalled();
    type('Alasan pengembalian', '  Target indikator kedua belum terukur. ');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim pengembalian' }));
    expect((await screen.findByRole('status')).textContent).toBe('SKP dikembalikan ke pegawai.');
    expect(giveBack).toHaveBeenCalledWith('Target indikator kedua belum terukur.');
  });

  it("should show the service's refusal (a stale revision) in the reader's language", async () => {
    const approve = jest
      .fn()
      .mockRejectedValue(
        new ApiError(409, { en: 'Someone changed the SKP.', id: 'SKP telah diubah orang lain.' }),
      );
    renderIn(<SkpReviewForm onApprove={approve} onReturn={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Setujui SKP' }));
    expect((await screen.findByRole('alert')).textContent).toBe('SKP telah diubah orang lain.');
  });
});

describe('FeedbackForm', () => {
  const results = [{ id: 'h1', description: 'Layanan izin cepat' }];

  it('should ask what the feedback is about and for its text before calling the service', () => {
    const submit = jest.fn();
    renderIn(<FeedbackForm results={results} onSubmit={submit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kirim umpan balik' }));
    expect(screen.getByText('Pilih hasil kerja atau nilai BerAKHLAK.')).toBeTruthy();
    expect(screen.getByText('Tuliskan umpan balik.')).toBeTruthy();
    expect(screen.getByLabelText('Tentang').getAttribute('aria-invalid')).toBe('true');
    expect(submit).not.toHaveBeenCalled();
  });

  it('should send feedback on a work result or on a BerAKHLAK value', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<FeedbackForm results={results} onSubmit={submit} />);
    fireEvent.change(screen.getByLabelText('Tentang'), { target: { value: 'h:h1' } });
    type('Umpan balik', ' Percepat verifikasi berkas. ');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim umpan balik' }));
    expect((await screen.findByRole('status')).textContent).toBe('Umpan balik terkirim.');
    expect(submit).toHaveBeenLastCalledWith({
      about: { kind: 'HASIL_KERJA', hasilKerjaId: 'h1' },
      text: 'Percepat verifikasi berkas.',
    });
    fireEvent.change(screen.getByLabelText('Tentang'), { target: { value: 'p:KOLABORATIF' } });
    type('Umpan balik', 'Libatkan bidang lain.');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim umpan balik' }));
    await waitFor(() =>
      expect(submit).toHaveBeenLastCalledWith({
        about: { kind: 'PERILAKU', value: 'KOLABORATIF' },
        text: 'Libatkan bidang lain.',
      }),
    );
  });

  it('should show a refusal with the field it names', async () => {
    const submit = jest
      .fn()
      .mockRejectedValue(
        new ApiError(422, { en: 'Unknown work result.', id: 'Hasil kerja tidak dikenal.' }, [
          { field: 'about.hasilKerjaId', message: 'Unknown', message_id: 'Tidak dikenal' },
        ]),
      );
    renderIn(<FeedbackForm results={results} onSubmit={submit} />);
    fireEvent.change(screen.getByLabelText('Tentang'), { target: { value: 'h:h1' } });
    type('Umpan balik', 'Teks');
    fireEvent.click(screen.getByRole('button', { name: 'Kirim umpan balik' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Hasil kerja tidak dikenal.');
    expect(screen.getByRole('list', { name: 'Kesalahan isian' }).textContent).toBe(
      'about.hasilKerjaId: Tidak dikenal',
    );
  });
});

describe('RatingForm with the unit curve', () => {
  const curve: CurveOutlook = {
    appraisalId: 'a1',
    unitId: 'dinkes',
    organisationPredikat: 'ISTIMEWA',
    unitSize: 3,
    counts: { SANGAT_BAIK: 2, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 0 },
    bounds: [{ predikat: 'SANGAT_BAIK', bound: 'MAX', share: 0.7, limitCount: 2 }],
    outlook: [
      {
        predikat: 'SANGAT_BAIK',
        ok: false,
        message: { en: 'At most 70% Sangat Baik.', id: 'Paling banyak 70% Sangat Baik.' },
      },
      { predikat: 'BAIK', ok: true, message: null },
      { predikat: 'BUTUH_PERBAIKAN', ok: true, message: null },
      { predikat: 'KURANG_MISCONDUCT', ok: true, message: null },
      { predikat: 'SANGAT_KURANG', ok: true, message: null },
    ],
  };
  const choose = (group: number, label: string) =>
    fireEvent.click(
      [...screen.getAllByRole('group')[group].querySelectorAll('label')]
        .find((l) => l.textContent === label)!
        .querySelector('input')!,
    );
  const row = (name: string) =>
    [...document.querySelectorAll('.curve tbody tr')].find(
      (r) => r.querySelector('th')?.textContent === name,
    )!;

  it('should show the count after this predikat and the refusal the service would give, live', () => {
    renderIn(<RatingForm onSubmit={jest.fn()} curve={curve} />);
    expect(screen.getByText('paling banyak 2')).toBeTruthy();
    choose(0, 'Di atas ekspektasi');
    choose(1, 'Di atas ekspektasi');
    expect([...row('Sangat Baik').querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      '2',
      '3',
      'paling banyak 2',
    ]);
    expect(row('Sangat Baik').getAttribute('aria-current')).toBe('true');
    expect(screen.getByText('Paling banyak 70% Sangat Baik.').className).toBe('error');
    choose(1, 'Sesuai ekspektasi');
    expect(row('Baik').querySelectorAll('td')[1].textContent).toBe('1');
    expect(screen.getByText('Penetapan ini sesuai kurva unit.')).toBeTruthy();
  });
});

describe('GoalsForm', () => {
  it('should mark a short goal and a wrong year and send nothing', () => {
    const submit = jest.fn();
    renderIn(<GoalsForm initial={[]} onSubmit={submit} />);
    type('Tujuan karier', 'ab');
    type('Tahun target (boleh dikosongkan)', '27');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tujuan' }));
    expect(screen.getByText('Tujuan paling sedikit 3 karakter.')).toBeTruthy();
    expect(screen.getByText('Tahun antara 2000 dan 2100.')).toBeTruthy();
    expect(screen.getByLabelText('Tujuan karier').getAttribute('aria-invalid')).toBe('true');
    expect(submit).not.toHaveBeenCalled();
  });

  it('should send the goals trimmed, with a target year only where one is given', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(
      <GoalsForm
        initial={[{ id: 'g1', text: 'Kepala Seksi', horizon: 'SHORT', targetYear: 2027 }]}
        onSubmit={submit}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tambah tujuan' }));
    type('Tujuan karier', '  Kepala Bidang Perizinan ', 1);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tujuan' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Tujuan tersimpan/);
    expect(submit).toHaveBeenCalledWith([
      { text: 'Kepala Seksi', horizon: 'SHORT', targetYear: 2027 },
      { text: 'Kepala Bidang Perizinan', horizon: 'LONG', targetYear: null },
    ]);
  });

  it("should show the service's refusal and the field it names", async () => {
    const submit = jest
      .fn()
      .mockRejectedValue(
        new ApiError(409, { en: 'The plan changed.', id: 'Rencana telah berubah.' }, [
          { field: 'revision', message: 'Stale', message_id: 'Usang' },
        ]),
      );
    renderIn(<GoalsForm initial={[]} onSubmit={submit} />);
    type('Tujuan karier', 'Analis Kebijakan Ahli Muda');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tujuan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Rencana telah berubah.');
    expect(screen.getByRole('list', { name: 'Kesalahan isian' }).textContent).toBe(
      'revision: Usang',
    );
  });
});

describe('StepForm', () => {
  it('should refuse an end before the start and a missing name', () => {
    const submit = jest.fn();
    renderIn(<StepForm onSubmit={submit} />);
    type('Mulai', '2026-06-01');
    type('Selesai', '2026-05-01');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan langkah' }));
    expect(screen.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai.')).toBeTruthy();
    expect(screen.getByText('Nama langkah paling sedikit 3 karakter.')).toBeTruthy();
    expect(submit).not.toHaveBeenCalled();
  });

  it('should send the step with its kind and dates', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<StepForm onSubmit={submit} />, 'en');
    fireEvent.change(screen.getByLabelText('Kind of step'), { target: { value: 'ROTATION' } });
    type('Name of the step', ' Rotasi ke Bidang Pelayanan ');
    type('Starts', '2026-07-01');
    type('Ends', '2027-06-30');
    fireEvent.click(screen.getByRole('button', { name: 'Save the step' }));
    expect((await screen.findByRole('status')).textContent).toBe('Step added.');
    expect(submit).toHaveBeenCalledWith({
      kind: 'ROTATION',
      title: 'Rotasi ke Bidang Pelayanan',
      startDate: '2026-07-01',
      endDate: '2027-06-30',
    });
  });
});
