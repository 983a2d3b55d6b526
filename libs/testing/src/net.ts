import { createServer } from 'node:net';

/**
 * A TCP port that is free on 127.0.0.1 right now, chosen by the operating system. Fixed port
 * ranges collide with parallel test files and with the kernel's ephemeral ports (32768–60999 on
 * Linux), which outgoing Kafka and MongoDB connections occupy.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}
