/* global fetch */
// Fetch an amendment from an OParl endpoint, find the motion it amends, and
// print the redline. The library does no network access: this script does it
// with fetch and hands the JSON (and, where a file has no `text`, its content)
// to fromOParl.
//
//   npm install motion-redline ajv
//   node docs/oparl-example.mjs https://ris.example.org/oparl/v1.1/paper/4720
//
// A file offered only as PDF has to be turned into text first (pdftotext); this
// script uses `mainFile.text` or a text/* download.
import { redline, toText } from 'motion-redline';
import { fromOParl } from 'motion-redline/oparl';

const url = process.argv[2];
if (url === undefined) {
  console.error('usage: node docs/oparl-example.mjs <URL of an OParl Paper (the amendment)>');
  process.exit(2);
}

/** GETs JSON from the endpoint. */
async function getJson(address) {
  const response = await fetch(address, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${address}: ${response.status} ${response.statusText}`);
  return response.json();
}

/** Reads a paper; when its main file has no text, fetches a text download of it. */
async function readPaper(address) {
  const paper = await getJson(address);
  const main = paper.mainFile;
  let file;
  if (main !== undefined && main.text === undefined && /^text\//.test(main.mimeType ?? '')) {
    const response = await fetch(main.downloadUrl ?? main.accessUrl);
    if (response.ok) file = new Uint8Array(await response.arrayBuffer());
  }
  return fromOParl(paper, file === undefined ? {} : { file });
}

const amendment = await readPaper(url);
if (amendment.role !== 'amendment' || amendment.base === undefined) {
  console.error(`${url} is not an amendment of another paper (paper type: ${amendment.kind ?? 'none'}).`);
  process.exit(1);
}
const base = await readPaper(amendment.base);
if (base.text === undefined || amendment.amendment === undefined) {
  console.error('The text of the motion or of the amendment is not available as text (a PDF needs pdftotext first).');
  process.exit(1);
}
console.log(`${amendment.reference ?? amendment.id}: ${amendment.title ?? ''}`);
console.log(`amends ${base.reference ?? base.id}: ${base.title ?? ''}\n`);
console.log(toText(redline(base.text, amendment.amendment.text), { color: process.stdout.isTTY === true }));
