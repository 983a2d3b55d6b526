// Synthetic SKP and final-result CSV files for the benchmark's bulk path (the evaluation import
// API): valid NIPs, one SKP indicator and one annual result per employee; and a potential
// assessment per employee (career-planning's import), so that an annual result places them in
// the 9-box.

export interface BenchEmployee {
  employeeId: string;
  nip: string;
  unitId: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A NIP that passes the checks, unique per i (up to 6.7 million): the sequence is i mod 1000. */
export function benchNip(i: number): string {
  const k = Math.floor(i / 1000);
  const year = 1980 + (k % 20);
  const month = 1 + (Math.floor(k / 20) % 12);
  const day = 1 + (Math.floor(k / 240) % 28);
  return `${year}${pad(month, 2)}${pad(day, 2)}${year + 25}${pad(month, 2)}${1 + (i % 2)}${pad(i % 1000, 3)}`;
}

export function benchEmployees(run: string, count: number, units = 20): BenchEmployee[] {
  return Array.from({ length: count }, (_, i) => ({
    employeeId: `bench-${run}-${i}`,
    nip: benchNip(i),
    unitId: `unit-${i % units}`,
  }));
}

export function skpCsv(employees: BenchEmployee[], year: number): string {
  const header =
    'nip,employee_id,tahun,unit_id,jabatan_id,jabatan_nama,kelompok_jabatan,penilai_id,jenis_hasil_kerja,hasil_kerja,indikator,target';
  const rows = employees.map(
    (e) =>
      `${e.nip},${e.employeeId},${year},${e.unitId},jab-analis,Analis Kebijakan,FUNGSIONAL,penilai-${e.unitId},UTAMA,Terselenggaranya layanan yang cepat,Permohonan selesai tepat waktu,90%`,
  );
  return [header, ...rows].join('\n');
}

const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'];

export function finalResultsCsv(employees: BenchEmployee[], year: number): string {
  const header =
    'nip,employee_id,tahun,periode,nomor_periode,rating_hasil_kerja,rating_perilaku_kerja';
  const rows = employees.map(
    (e, i) =>
      `${e.nip},${e.employeeId},${year},TAHUNAN,,${RATINGS[i % 3]},${RATINGS[Math.floor(i / 3) % 3]}`,
  );
  return [header, ...rows].join('\n');
}

/** One potential assessment per employee, scores spread over 30–99 of 100 (every potensi level). */
export function potentialCsv(employeeIds: string[], year: number): string {
  const header = 'employee_id,skor,skala_min,skala_maks,sumber,tanggal_asesmen';
  const rows = employeeIds.map(
    (id, i) => `${id},${30 + ((i * 37) % 70)},0,100,ASSESSMENT_CENTER,${year}-01-15`,
  );
  return [header, ...rows].join('\n');
}
