// Types of import-cycles.js (plain JavaScript, so the ESLint configuration can load it).
export interface ImportEdge {
  readonly specifier: string;
  readonly typeOnly: boolean;
}
export function importsOf(file: string): ImportEdge[];
export function components<T>(graph: ReadonlyMap<T, readonly T[]>): Map<T, number>;
export function pathBack<T>(graph: ReadonlyMap<T, readonly T[]>, from: T, to: T): T[] | undefined;
export function featureFolder(root: string, file: string): string | undefined;
export function listCycles(root: string): { files: string[][]; folders: string[][] };
