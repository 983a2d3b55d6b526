import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP endpoint standing in for an agency system: answers 204 and keeps what arrives. */
export class WebhookReceiver {
  readonly received: { headers: IncomingMessage['headers']; body: string }[] = [];
  private server?: Server;
  get url() {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hook`;
  }
  async start() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return this;
  }
  async stop() {
    await new Promise((r) => this.server?.close(r));
  }
}
