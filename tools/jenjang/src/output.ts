// Output of the CLI: data to stdout, messages to stderr.
export const out = (line = ''): void => void process.stdout.write(`${line}\n`);
export const say = (line = ''): void => void process.stderr.write(`${line}\n`);
