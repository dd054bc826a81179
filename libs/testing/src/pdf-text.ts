import { execFile } from 'node:child_process';

// pdf-parse 2 loads pdf.js's worker with a dynamic import, which Jest's VM refuses without
// --experimental-vm-modules: the text is extracted in a plain Node process instead.
const SCRIPT = `
import { PDFParse } from 'pdf-parse';
const chunks = [];
for await (const c of process.stdin) chunks.push(c);
const { text } = await new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) }).getText();
process.stdout.write(text);
`;

/** The text of a PDF, extracted by an independent parser (pdf-parse, on pdf.js). */
export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', SCRIPT],
      { cwd: process.cwd(), maxBuffer: 10 * 1024 * 1024, timeout: 30_000 },
      (e, stdout, stderr) => (e ? reject(new Error(`pdf-parse failed: ${stderr || e.message}`)) : resolve(stdout)),
    );
    child.stdin?.end(pdf);
  });
}
