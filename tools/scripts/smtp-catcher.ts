// `npm start`'s mail catcher: a real SMTP server on 127.0.0.1:2525 (scheduling's default SMTP_URL)
// that keeps every email it receives as an .eml file and lists them over HTTP.
// Usage: tsx tools/scripts/smtp-catcher.ts [SMTP port] [HTTP port] [directory]
import { createServer } from 'node:http';
import { startSmtpCatcher } from '@binome/testing';

const [smtpPort = '2525', httpPort = '2580', dir = '.infra/mail'] = process.argv.slice(2);

async function main() {
  const catcher = await startSmtpCatcher({ port: Number(smtpPort), dir });
  const http = createServer((req, res) => {
    const n = /^\/(\d+)\.eml$/.exec(req.url ?? '');
    if (n) {
      const m = catcher.messages[Number(n[1]) - 1];
      res.writeHead(m ? 200 : 404, { 'content-type': 'message/rfc822' }).end(m?.raw ?? '');
      return;
    }
    const list = catcher.messages.map((m, i) => ({
      n: i + 1,
      eml: `/${i + 1}.eml`,
      to: m.to,
      subject: m.parsed.subject,
      receivedAt: m.receivedAt,
      text: m.parsed.text,
    }));
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(list, null, 2));
  });
  http.listen(Number(httpPort), '127.0.0.1');
  console.log(`[smtp-catcher] SMTP 127.0.0.1:${catcher.port}; mail at http://127.0.0.1:${httpPort}/ and ${dir}/`);
  const stop = () => void catcher.stop().then(() => (http.close(), process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: Error) => {
  console.error(`[smtp-catcher] ${e.message}`);
  process.exit(1);
});
