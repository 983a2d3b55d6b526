// The development mailbox: a real SMTP server on 127.0.0.1 that keeps every message the
// notification service sends, and shows them at http://127.0.0.1:<MAIL_HTTP_PORT>/messages.
// Started by scripts/platform.mjs (the quick start); production uses the agency's SMTP server.
import { MailCatcher } from '@jenjang/testing';

const smtpPort = Number(process.env.MAIL_SMTP_PORT ?? 1025);
const httpPort = Number(process.env.MAIL_HTTP_PORT ?? 1080);
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const catcher = await new MailCatcher({ port: smtpPort }).start();
  let shown = 0;
  setInterval(() => {
    for (const mail of catcher.messages.slice(shown)) {
      log(`mail to ${mail.to.join(', ')}: ${mail.subject}`);
    }
    shown = catcher.messages.length;
  }, 200).unref();
  await catcher.serveHttp(httpPort);
  log(
    `mail catcher ready: SMTP 127.0.0.1:${smtpPort}, messages at http://127.0.0.1:${httpPort}/messages`,
  );
  const stop = () => {
    void catcher.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`mail catcher: ${String(error)}\n`);
  process.exit(1);
});
