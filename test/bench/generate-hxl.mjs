/**
 * An HNO-shaped HXL file for the benchmark: admin 1 and admin 2 p-codes, sector, gender, age
 * range, population group, and four figure columns, rows repeating places and breakdowns as
 * real HNO tables do. Deterministic: the same rows for the same size. Invented numbers.
 *
 *   node test/bench/generate-hxl.mjs --mib 10 --out /tmp/hno-10.csv
 */
import { createWriteStream } from 'node:fs';

const SECTORS = ['ALL', 'FSC', 'EDU', 'HEA', 'WSH', 'PRO', 'SHL', 'NUT', 'CCM', 'ERL'];
const GENDERS = ['a', 'f', 'm'];
const AGES = ['ALL', '0-4', '5-17', '18-59', '60+'];
const GROUPS = ['ALL', 'IDP', 'REF', 'HST', 'RET'];

/** Writes about `bytes` bytes of HNO-shaped rows to `out`; resolves with the rows written. */
export function generateHxl(bytes, out) {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(out);
    stream.on('error', reject);
    let written = 0;
    let rows = 0;
    const head = 'Admin 1 PCode,Admin 2 PCode,Sector,Gender,Age Range,Population Group,Population,In Need,Targeted,Reached\n#adm1+code,#adm2+code,#sector+code,#gender+code,#age+range,#population_group+code,#population,#inneed,#targeted,#reached\n';
    stream.write(head);
    written += head.length;
    const write = () => {
      let ok = true;
      while (written < bytes && ok) {
        const i = rows++;
        // 99 admin 1 areas of 99 admin 2 areas each; every breakdown of an area, then the next area
        const combo = i % 750;
        const area = Math.floor(i / 750);
        const a1 = (area % 99) + 1;
        const a2 = (Math.floor(area / 99) % 99) + 1;
        const p1 = `ML${String(a1).padStart(2, '0')}`;
        const line = `${p1},${p1}${String(a2).padStart(2, '0')},${SECTORS[combo % 10]},${GENDERS[Math.floor(combo / 10) % 3]},${AGES[Math.floor(combo / 30) % 5]},${GROUPS[Math.floor(combo / 150) % 5]},${100000 + (i % 9973)},${50000 + (i % 7919)},${20000 + (i % 5003)},${i % 3 === 0 ? '' : 10000 + (i % 3001)}\n`;
        written += line.length;
        ok = stream.write(line);
      }
      if (written >= bytes) stream.end(() => resolve(rows));
      else stream.once('drain', write);
    };
    write();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => process.argv[process.argv.indexOf(name) + 1];
  const mib = Number(arg('--mib'));
  const out = arg('--out');
  if (!(mib > 0) || !out) {
    console.error('usage: node test/bench/generate-hxl.mjs --mib N --out FILE');
    process.exit(2);
  }
  const rows = await generateHxl(mib * 1024 * 1024, out);
  console.error(`generate-hxl: ${rows} rows, ${mib} MiB into ${out}`);
}
