// Generates docs/asyncapi.yaml and docs/personal-data.md from libs/contracts and snapshots newly published schemas.
//   --write  regenerate and snapshot;  --check  fail if the committed document drifted.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  allContracts,
  ASYNCAPI_PATH,
  PERSONAL_DATA_PATH,
  renderAsyncApi,
  renderPersonalData,
  snapshotNew,
} from '@jenjang/contracts';

function main(): void {
  const mode = process.argv[2];
  if (mode === '--write') {
    writeFileSync(ASYNCAPI_PATH, renderAsyncApi());
    writeFileSync(PERSONAL_DATA_PATH, renderPersonalData());
    const written = snapshotNew(allContracts());
    console.log(`wrote ${ASYNCAPI_PATH}; new schema snapshots: ${written.join(', ') || 'none'}`);
  } else if (mode === '--check') {
    if (
      readFileSync(ASYNCAPI_PATH, 'utf8') !== renderAsyncApi() ||
      readFileSync(PERSONAL_DATA_PATH, 'utf8') !== renderPersonalData()
    ) {
      console.error(
        'docs/asyncapi.yaml or docs/personal-data.md is out of date: run npm run contracts:generate',
      );
      process.exit(1);
    }
    console.log('docs/asyncapi.yaml is up to date');
  } else {
    console.error('usage: contracts.ts --write | --check');
    process.exit(2);
  }
}

main();
