import { Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { waitUntil } from '../wait';
import { closeApp } from './close-app';

/** A provider whose shutdown hook returns only once the test lets it. */
@Injectable()
class SlowToStop implements OnApplicationShutdown {
  stopped = false;
  private release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));

  letStop(): void {
    this.release();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.gate;
    this.stopped = true;
  }
}

@Module({ providers: [SlowToStop] })
class SlowModule {}

describe('closeApp', () => {
  const written: string[] = [];
  let write: jest.SpyInstance;

  beforeEach(() => {
    written.length = 0;
    write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => write.mockRestore());

  const app = async () => {
    const moduleRef = await Test.createTestingModule({ imports: [SlowModule] }).compile();
    return moduleRef.createNestApplication({ logger: false }).init();
  };

  it('should name the hook still running when the close takes longer than allowed', async () => {
    const nest = await app();

    const closing = closeApp(nest, 'slow', 50);
    await waitUntil('the report of a close still running', () =>
      written.join('').includes('still closing'),
    );
    nest.get(SlowToStop).letStop();
    await closing;

    expect(nest.get(SlowToStop).stopped).toBe(true);
    expect(written.join('')).toContain(
      '[closeApp] slow still closing after 50 ms: SlowToStop.onApplicationShutdown started at',
    );
    expect(written.join('')).toMatch(/\[closeApp\] slow closed in \d+ ms: .*SlowToStop\.onApp/);
  });

  it('should say nothing when the close is quick', async () => {
    const nest = await app();
    nest.get(SlowToStop).letStop();

    await closeApp(nest, 'quick', 5_000);

    expect(nest.get(SlowToStop).stopped).toBe(true);
    expect(written).toEqual([]);
  });
});
