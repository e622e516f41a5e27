#!/usr/bin/env node
// Usage: node pick.mjs SEED N OUTDIR — N random corpus articles of 1.5–9 KB, 3/4 of them naming a rank or post
// (like dev), none from dev or $VNPRESS_NOTES/used-ids.txt; copies their texts to OUTDIR and appends their ids to used-ids.
import { readdirSync, readFileSync, statSync, mkdirSync, copyFileSync, appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
const [seedArg, nArg, out] = process.argv.slice(2);
const N = Number(nArg);
let s = Number(seedArg) >>> 0;
const rnd = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const dir = process.env.VNPRESS_CORPUS ?? '/tmp/baomoi-2017';
const notes = process.env.VNPRESS_NOTES ?? '/work/notes';
const usedF = join(notes, 'used-ids.txt');
const used = new Set([
  ...readdirSync(join(process.env.VNPRESS_SHARED ?? '/work/shared', 'gold/dev')).map((f) => f.split('.')[0]),
  ...(existsSync(usedF) ? readFileSync(usedF, 'utf8').split(/\s+/).filter(Boolean) : []),
]);
const files = readdirSync(dir).sort().filter((f) => { const b = statSync(join(dir, f)).size; return b >= 1500 && b <= 9000 && !used.has(f.replace('.txt', '')); });
const POST = /(Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|Trung úy|Thiếu úy|Bộ trưởng|Thứ trưởng|Giám đốc|Chủ tịch|Bí thư|Trưởng phòng|Đội trưởng|Cục trưởng|Chánh|Đại sứ|Tổng thống|Thủ tướng|Phó)/;
const want = Math.round(N * 0.75);
const withPost = [], without = [];
const order = files.map((f) => [rnd(), f]).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
for (const f of order) {
  const has = POST.test(readFileSync(join(dir, f), 'utf8'));
  if (has && withPost.length < want) withPost.push(f);
  else if (!has && without.length < N - want) without.push(f);
  if (withPost.length + without.length >= N) break;
}
mkdirSync(out, { recursive: true });
const picked = [...withPost, ...without].sort();
for (const f of picked) copyFileSync(join(dir, f), join(out, f));
appendFileSync(usedF, picked.map((f) => f.replace('.txt', '')).join('\n') + '\n');
console.log(picked.join(' '));
