/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../api';
import { renderIn } from '../test/render';
import { DecisionForm } from './DecisionForm';
import { DeclineForm } from './DeclineForm';
import { ImportForm } from './ImportForm';
import { ObjectionForm } from './ObjectionForm';
import { PreferencesForm } from './PreferencesForm';
import { RatingForm } from './RatingForm';

describe('ObjectionForm', () => {
  it('should refuse a reason shorter than 3 characters without calling the service', () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<ObjectionForm onSubmit={submit} />);
    fireEvent.change(screen.getByLabelText('Alasan keberatan'), { target: { value: 'ab' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim keberatan' }));
    expect(screen.getByRole('alert').textContent).toMatch(/paling sedikit 3 karakter/);
    expect(screen.getByLabelText('Alasan keberatan').getAttribute('aria-invalid')).toBe('true');
    expect(submit).not.toHaveBeenCalled();
  });

  it('should send the trimmed reason and confirm when the service accepts it', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<ObjectionForm onSubmit={submit} />);
    fireEvent.change(screen.getByLabelText('Alasan keberatan'), {
      target: { value: '  Realisasi triwulan IV belum dihitung.  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim keberatan' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Keberatan terkirim.');
    expect(submit).toHaveBeenCalledWith('Realisasi triwulan IV belum dihitung.');
  });

  it("should show the service's refusal in the reader's language", async () => {
    const submit = jest.fn().mockRejectedValue(
      new ApiError(409, {
        en: 'The objection window has closed.',
        id: 'Masa keberatan sudah berakhir.',
      }),
    );
    renderIn(<ObjectionForm onSubmit={submit} />, 'en');
    fireEvent.change(screen.getByLabelText('Reason for the objection'), {
      target: { value: 'Late data' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send the objection' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The objection window has closed.');
  });
});

describe('RatingForm', () => {
  it('should show the predikat live and mark its cell in the matrix as ratings are chosen', () => {
    renderIn(<RatingForm onSubmit={jest.fn()} />);
    expect(screen.getByRole('status').textContent).toMatch(/Pilih kedua rating/);
    const [hasil, perilaku] = screen.getAllByRole('group');
    fireEvent.click(within(hasil, 'Di bawah ekspektasi'));
    fireEvent.click(within(perilaku, 'Sesuai ekspektasi'));
    expect(screen.getByRole('status').textContent).toBe(
      'Predikat yang akan ditetapkan: Butuh Perbaikan',
    );
    const marked = document.querySelector('td[aria-current="true"]');
    expect(marked?.textContent).toMatch(/^Butuh Perbaikan/);
    fireEvent.click(within(perilaku, 'Di bawah ekspektasi'));
    expect(screen.getByRole('status').textContent).toMatch(/Sangat Kurang$/);
  });

  it('should refuse to submit until both ratings are chosen, then send them', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<RatingForm onSubmit={submit} />);
    const [hasil, perilaku] = screen.getAllByRole('group');
    fireEvent.click(within(hasil, 'Di atas ekspektasi'));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rating' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Pilih rating hasil kerja/);
    expect(submit).not.toHaveBeenCalled();
    fireEvent.click(within(perilaku, 'Di atas ekspektasi'));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan rating' }));
    await waitFor(() =>
      expect(submit).toHaveBeenCalledWith({
        hasilKerja: 'DI_ATAS_EKSPEKTASI',
        perilakuKerja: 'DI_ATAS_EKSPEKTASI',
      }),
    );
  });
});

describe('DeclineForm', () => {
  it('should send the reason, or none when left empty', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<DeclineForm onSubmit={submit} onCancel={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penolakan' }));
    await waitFor(() => expect(submit).toHaveBeenLastCalledWith(undefined));
    fireEvent.change(screen.getByLabelText('Alasan menolak (boleh dikosongkan)'), {
      target: { value: 'Sudah ikut tahun lalu' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Kirim penolakan' }));
    await waitFor(() => expect(submit).toHaveBeenLastCalledWith('Sudah ikut tahun lalu'));
  });
});

describe('ImportForm', () => {
  const file = new File(['nip,employee_id\n1,e1\n'], 'hasil.csv', { type: 'text/csv' });

  it('should ask for a file before calling the service', () => {
    const submit = jest.fn();
    renderIn(<ImportForm onSubmit={submit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Jalankan impor' }));
    expect(screen.getByRole('alert').textContent).toBe('Pilih berkas CSV terlebih dahulu.');
    expect(submit).not.toHaveBeenCalled();
  });

  it('should run a dry run by default and report what the import would write', async () => {
    const submit = jest.fn().mockResolvedValue({ dryRun: true, rows: 1, documents: 1, events: 1 });
    renderIn(<ImportForm onSubmit={submit} />);
    act(() => {
      fireEvent.change(screen.getByLabelText('Berkas CSV'), { target: { files: [file] } });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Jalankan impor' }));
    expect((await screen.findByRole('status')).textContent).toMatch(
      /Uji coba berhasil.*1 baris, 1 dokumen, 1 peristiwa/,
    );
    expect(submit).toHaveBeenCalledWith(
      'evaluation/imports/final-results',
      'nip,employee_id\n1,e1\n',
      true,
    );
  });

  it('should list the row errors with line and column', async () => {
    const submit = jest.fn().mockRejectedValue(
      new ApiError(
        422,
        {
          en: 'Nothing was imported: 1 error(s).',
          id: 'Tidak ada data yang diimpor: 1 kesalahan.',
        },
        [
          {
            field: 'line[2].predikat',
            message: 'The predikat follows from the two ratings.',
            message_id: 'Predikat mengikuti kedua rating.',
          },
        ],
      ),
    );
    renderIn(<ImportForm onSubmit={submit} />);
    act(() => {
      fireEvent.change(screen.getByLabelText('Berkas CSV'), { target: { files: [file] } });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Jalankan impor' }));
    const table = await screen.findByRole('table', { name: 'Kesalahan per baris' });
    expect(table.textContent).toContain('line[2].predikat');
    expect(table.textContent).toContain('Predikat mengikuti kedua rating.');
  });
});

function within(group: HTMLElement, label: string): HTMLElement {
  const input = [...group.querySelectorAll('label')]
    .find((l) => l.textContent === label)
    ?.querySelector('input');
  if (!input) throw new Error(`no choice ${label}`);
  return input;
}

describe('DecisionForm', () => {
  it('should require a note, then send it with only the ratings that change', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<DecisionForm onSubmit={submit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Putuskan keberatan' }));
    expect(screen.getByRole('alert').textContent).toMatch(/catatan keputusan/);
    expect(submit).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Catatan keputusan'), {
      target: { value: 'Realisasi triwulan IV diperhitungkan.' },
    });
    fireEvent.change(screen.getByLabelText('Rating hasil kerja'), {
      target: { value: 'DI_ATAS_EKSPEKTASI' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Putuskan keberatan' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/penilaian menjadi final/);
    expect(submit).toHaveBeenCalledWith({
      note: 'Realisasi triwulan IV diperhitungkan.',
      hasilKerja: 'DI_ATAS_EKSPEKTASI',
    });
  });
});

describe('PreferencesForm', () => {
  it('should start from the saved preferences and send the chosen ones', async () => {
    const submit = jest.fn().mockResolvedValue(undefined);
    renderIn(<PreferencesForm initial={{ language: 'en' }} onSubmit={submit} />);
    expect(screen.getByLabelText<HTMLSelectElement>('Bahasa pemberitahuan').value).toBe('en');
    fireEvent.change(screen.getByLabelText('Zona waktu tenggat'), {
      target: { value: 'Asia/Makassar' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan preferensi' }));
    expect((await screen.findByRole('status')).textContent).toBe('Preferensi tersimpan.');
    expect(submit).toHaveBeenCalledWith({ language: 'en', timeZone: 'Asia/Makassar' });
  });
});
