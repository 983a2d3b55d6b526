import { Presets, SingleBar } from 'cli-progress';

/** A progress bar on stderr (stdout stays clean for data); silent when stderr is not a TTY. */
export function progressBar(label: string, total: number): SingleBar {
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
      stream: process.stderr,
      noTTYOutput: false,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}
