import { createServer } from 'node:net';

/**
 * A TCP port that is free on 127.0.0.1 right now, chosen by the operating system. Fixed port
 * ranges collide with parallel test files and with the kernel's ephemeral ports (32768–60999 on
 * Linux), which outgoing Kafka and MongoDB connections occupy. Never the same port twice in one
 * process.
 */
export async function freePort(): Promise<number> {
  // The operating system may hand the same port out again once it was closed: a platform that
  // takes several ports before its services listen on them would give two services one port.
  for (let i = 0; i < 50; i++) {
    const port = await anyFreePort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('no port that this process has not handed out already');
}

/** Every port freePort gave in this process. */
const handedOut = new Set<number>();

function anyFreePort(): Promise<number> {
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
