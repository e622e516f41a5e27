#!/usr/bin/env node
// Usage: node packet.mjs OLD.jsonl NEW.jsonl MAX SEED OUT.md KEY.json [field ...]
// A blind review packet: each changed (article, field) item shows the text around the changed values and the two
// versions as A and B in random order; KEY.json says which is the new build's.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
const [oldF, newF, maxArg, seedArg, outF, keyF, ...fieldsArg] = process.argv.slice(2);
const fields = fieldsArg.length ? fieldsArg : ['locations', 'officials', 'agencies', 'initiatives', 'eventDate'];
let s = Number(seedArg) >>> 0;
const rnd = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
async function load(f) { const m = new Map(); for await (const l of createInterface({ input: createReadStream(f) })) { if (l.trim()) { const r = JSON.parse(l); m.set(r.id, r); } } return m; }
const show = {
  locations: (v) => `${v.name} (${v.kind})${v.aliases?.length ? ' aliases: ' + v.aliases.join(', ') : ''}`,
  agencies: (v) => `${v.name}${v.aliases?.length ? ' aliases: ' + v.aliases.join(', ') : ''}`,
  initiatives: (v) => `${v.name} (${v.kind})`,
  officials: (v) => `${v.name}${v.rank ? ' | rank: ' + v.rank : ''}${v.positions?.length ? ' | titles: ' + v.positions.map((p) => p.text).join(' ; ') : ''}`,
};
function items(r, f) {
  if (!r) return [];
  if (f === 'eventDate') return r.eventDate ? [{ label: `${r.eventDate.value} from «${r.eventDate.text}»`, spans: [r.eventDate.span] }] : [];
  return (r[f] ?? []).map((v) => ({ label: show[f](v), spans: [...(v.mentions ?? []).map((m) => m.span), ...(v.positions ?? []).map((p) => p.span)].filter(Boolean) }));
}
const [a, b] = await Promise.all([load(oldF), load(newF)]);
const changed = [];
for (const [id, rb] of b) for (const f of fields) {
  const ia = items(a.get(id), f), ib = items(rb, f);
  const la = ia.map((x) => x.label), lb = ib.map((x) => x.label);
  const only = (xs, other) => xs.filter((x) => !other.includes(x.label));
  const oa = only(ia, lb), ob = only(ib, la);
  if (oa.length || ob.length) changed.push({ id, f, oa, ob, path: rb.source.path });
}
const pick = changed.map((c) => [rnd(), c]).sort((x, y) => x[0] - y[0]).slice(0, Number(maxArg)).map((x) => x[1]).sort((x, y) => (x.id + x.f).localeCompare(y.id + y.f));
const key = {};
let md = `# Review packet (${pick.length} of ${changed.length} changed items)\n\n`;
pick.forEach((c, i) => {
  const n = i + 1;
  const text = readFileSync(c.path, 'utf8');
  const spans = [...c.oa, ...c.ob].flatMap((x) => x.spans).sort((x, y) => x[0] - y[0]);
  const windows = [];
  for (const [st, en] of spans) { const w = [Math.max(0, st - 250), Math.min(text.length, en + 250)]; const last = windows.at(-1); if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]); else windows.push(w); }
  const excerpt = windows.slice(0, 3).map(([x, y]) => '…' + text.slice(x, y).replace(/\s+/g, ' ') + '…').join('\n\n');
  const newIsA = rnd() < 0.5;
  key[n] = { id: c.id, field: c.f, newIs: newIsA ? 'A' : 'B' };
  const fmt = (xs) => (xs.length ? xs.map((x) => `  - ${x.label}`).join('\n') : '  - (nothing)');
  const [A, B] = newIsA ? [c.ob, c.oa] : [c.oa, c.ob];
  md += `## Item ${n}: article ${c.id}, field ${c.f}\n\nHeadline: ${text.split('\n')[0]}\n\n${excerpt || '(no span)'}\n\nOnly in version A:\n${fmt(A)}\n\nOnly in version B:\n${fmt(B)}\n\n`;
});
writeFileSync(outF, md);
writeFileSync(keyF, JSON.stringify(key, null, 1));
console.log(`${pick.length} items of ${changed.length}`);
