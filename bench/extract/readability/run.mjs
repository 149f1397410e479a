// run.mjs — Mozilla's Readability.js (Firefox reader view) on a directory of
// pages, for bench/extract/run.sh: writes OUT/<id>.txt and prints pages/s.
// Pages are decoded as UTF-8 before jsdom sees them (the dataset's README:
// undeclared pages would otherwise be read as windows-1252).
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [dir, out] = process.argv.slice(2);
const names = readdirSync(dir).filter((n) => n.endsWith(".html")).sort();
const pages = names.map((n) => readFileSync(`${dir}/${n}`, "utf8"));
const quiet = new VirtualConsole();
let bytes = 0;
const t0 = process.hrtime.bigint();
names.forEach((name, i) => {
  bytes += Buffer.byteLength(pages[i]);
  const dom = new JSDOM(pages[i], { virtualConsole: quiet });
  let text = "";
  try {
    const art = new Readability(dom.window.document).parse();
    text = art && art.textContent ? art.textContent : "";
  } catch (e) {
    text = "";
  }
  dom.window.close();
  writeFileSync(`${out}/${name.slice(0, -5)}.txt`, text);
});
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(
  `readability.js: ${names.length} pages: ${(names.length / s).toFixed(1)} pages/s, ` +
    `${(bytes / 1e6 / s).toFixed(1)} MB/s, ${((s * 1000) / names.length).toFixed(2)} ms/page`
);
