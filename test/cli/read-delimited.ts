/** Readers for humfig's CSV and TSV output, written independently of the writers they check. */

/** RFC 4180: fields split on commas, quoted fields with doubled quotes, CRLF between records. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

/** TSV: fields split on tabs, lines on LF, \t \n \r \\ unescaped. */
export function readTsv(text: string): string[][] {
  const unescape = (f: string) => f.replace(/\\([tnr\\])/g, (_m, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c]!);
  return text.trimEnd().split('\n').map((line) => line.split('\t').map(unescape));
}
