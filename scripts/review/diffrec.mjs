#!/usr/bin/env node
// Usage: node diffrec.mjs OLD.jsonl NEW.jsonl [field ...]
// Prints, per article and field, the values only in OLD (-) and only in NEW (+). Fields: locations officials agencies initiatives eventDate
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
const [oldF, newF, ...fieldsArg] = process.argv.slice(2);
const fields = fieldsArg.length ? fieldsArg : ['locations', 'officials', 'agencies', 'initiatives', 'eventDate'];
async function load(f) {
  const m = new Map();
  for await (const line of createInterface({ input: createReadStream(f) })) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    m.set(r.id, r);
  }
  return m;
}
const key = {
  locations: (v) => v.name,
  officials: (v) => `${v.name} | ${v.rank ?? ''} | ${(v.positions ?? []).map((t) => t.text).join(' ; ')}`,
  agencies: (v) => v.name,
  initiatives: (v) => v.name,
};
function vals(r, f) {
  if (!r) return [];
  if (f === 'eventDate') return r.eventDate ? [`${r.eventDate.value} «${r.eventDate.text}»`] : [];
  return (r[f] ?? []).map(key[f]);
}
const [a, b] = await Promise.all([load(oldF), load(newF)]);
const counts = Object.fromEntries(fields.map((f) => [f, 0]));
for (const [id, rb] of b) {
  const ra = a.get(id);
  for (const f of fields) {
    const va = vals(ra, f), vb = vals(rb, f);
    const minus = va.filter((x) => !vb.includes(x)), plus = vb.filter((x) => !va.includes(x));
    if (!minus.length && !plus.length) continue;
    counts[f]++;
    console.log(`${id} ${f}`);
    for (const x of minus) console.log(`  - ${x}`);
    for (const x of plus) console.log(`  + ${x}`);
  }
}
console.error('changed articles per field:', JSON.stringify(counts));
