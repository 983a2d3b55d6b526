import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventContract } from './define-event';

// Snapshots of every schema version ever published. They are written once and never edited:
// the compatibility test compares each live contract with its snapshot.
export const PUBLISHED_DIR = join(__dirname, '..', 'published');

export function readPublished(dir = PUBLISHED_DIR): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) {
    out.set(file.replace(/\.schema\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  return out;
}

/** Writes snapshots for contracts that have none; returns the topics written. */
export function snapshotNew(contracts: EventContract[], dir = PUBLISHED_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const existing = readPublished(dir);
  const written: string[] = [];
  for (const c of contracts) {
    if (existing.has(c.topic)) continue;
    writeFileSync(join(dir, `${c.topic}.schema.json`), `${JSON.stringify(c.schema, null, 2)}\n`);
    written.push(c.topic);
  }
  return written;
}
