#!/usr/bin/env node
// Usage: node recount.mjs KEY.json VERDICTS.txt... — verdict lines "N: A|B|same|unsure [reason]"; prints new better/worse per item and totals.
import { readFileSync } from 'node:fs';
const [keyF, ...vf] = process.argv.slice(2);
const key = JSON.parse(readFileSync(keyF, 'utf8'));
const tot = { better: 0, worse: 0, same: 0, unsure: 0 };
const per = {};
for (const f of vf) for (const line of readFileSync(f, 'utf8').split('\n')) {
  const m = line.match(/^\s*(?:Item\s*)?(\d+)\s*[:.)-]\s*(A|B|same|unsure)\b/i);
  if (!m || !key[m[1]]) continue;
  const v = m[2].toLowerCase();
  const out = v === 'same' || v === 'unsure' ? v : v.toUpperCase() === key[m[1]].newIs ? 'better' : 'worse';
  tot[out]++;
  (per[m[1]] ??= []).push(out);
}
for (const [n, vs] of Object.entries(per)) console.log(n, key[n].id, key[n].field, vs.join(' '));
console.log('totals', JSON.stringify(tot));
