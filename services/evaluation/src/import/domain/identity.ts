import { parseNip } from '../../employee/domain/nip';
import { maskNip } from './mask-nip';
import type { RowReader } from './values';

const ID_MAX = 100;

/**
 * The nip and employee_id columns of a row: the NIP must be valid (parseNip) and, across the file,
 * one NIP names one employee id and the other way round. The NIP itself is personal data: it is
 * checked here and then dropped; messages show at most its last four digits.
 */
export class IdentityCheck {
  private readonly employeeOfNip = new Map<string, { employeeId: string; line: number }>();
  private readonly nipOfEmployee = new Map<string, { nip: string; line: number }>();

  /** The employee id when both columns are valid and consistent with earlier rows. */
  read(row: RowReader): string | undefined {
    const employeeId = row.text('employee_id', ID_MAX);
    const rawNip = row.raw('nip');
    if (rawNip === '') {
      row.fail('nip', 'This column must be filled in.', 'Kolom ini wajib diisi.');
      return undefined;
    }
    const nip = parseNip(rawNip, 'nip');
    if (!nip.ok) {
      for (const e of nip.errors) row.fail('nip', e.message.en, e.message.id);
      return undefined;
    }
    if (employeeId === undefined) return undefined;
    const known = this.employeeOfNip.get(nip.value.nip);
    const other = this.nipOfEmployee.get(employeeId);
    if (known && known.employeeId !== employeeId) {
      row.fail(
        'employee_id',
        `The NIP ${maskNip(rawNip)} was given for another employee_id on line ${known.line}.`,
        `NIP ${maskNip(rawNip)} tercantum untuk employee_id lain pada baris ${known.line}.`,
      );
      return undefined;
    }
    if (other && other.nip !== nip.value.nip) {
      row.fail(
        'nip',
        `This employee_id was given with another NIP on line ${other.line}.`,
        `employee_id ini tercantum dengan NIP lain pada baris ${other.line}.`,
      );
      return undefined;
    }
    this.employeeOfNip.set(nip.value.nip, known ?? { employeeId, line: row.line });
    this.nipOfEmployee.set(employeeId, other ?? { nip: nip.value.nip, line: row.line });
    return employeeId;
  }
}
