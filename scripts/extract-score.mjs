/**
 * The corpus README's scoring of extracted drafts against hand-labelled figures, shared by
 * `npm run eval:extract` and the real-data test (test/corpus/extract.test.ts). A draft matches a
 * label when its value (or the label's low bound) and unit agree; each label and each draft is
 * matched at most once, labels in order, each to the first unmatched draft. Among matches it
 * counts qualifier, stated-equivalent and asOf agreement.
 */

/** The scoring functions, comparing units through `canonicalUnit` ("tonne" is t). */
export function scorer(canonicalUnit) {
  const sameValue = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  /** Units agree when they name the same unit ("tonne" and "t", "families" and "family"). */
  const sameUnit = (a, b) => a === b || (canonicalUnit(a) ?? a) === (canonicalUnit(b) ?? b);
  /** A label's qualifier "range" (with low/high) is a draft with the same low and high: the facts format has no 'range' qualifier. */
  const sameQualifier = (label, draft) =>
    label.qualifier === 'range' ? draft.low !== undefined && sameValue(draft.low, label.low) && sameValue(draft.high, label.high) : label.qualifier === draft.qualifier;
  const pct = (n, d) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
  const describe = (f) => `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${f.value} ${f.unit}`;

  /** Matches labels to drafts: for each label in order, the first unmatched draft of the same value and unit. */
  function score(labels, drafts) {
    const used = new Set();
    const pairs = [];
    const missed = [];
    for (const label of labels) {
      const at = drafts.findIndex((d, i) => !used.has(i) && sameUnit(d.unit, label.unit) && sameValue(d.value, label.low ?? label.value));
      if (at === -1) {
        missed.push(label);
        continue;
      }
      used.add(at);
      pairs.push([label, drafts[at]]);
    }
    const counts = { labels: labels.length, drafts: drafts.length, matched: pairs.length, qualifier: 0, statedLabels: 0, stated: 0, asOfLabels: 0, asOf: 0 };
    for (const [label, draft] of pairs) {
      if (sameQualifier(label, draft)) counts.qualifier++;
      if (label.stated) {
        counts.statedLabels++;
        if ((draft.stated ?? []).some((s) => sameUnit(s.unit, label.stated.unit) && sameValue(s.value, label.stated.value))) counts.stated++;
      }
      if (label.asOf) {
        counts.asOfLabels++;
        if (draft.asOf === label.asOf) counts.asOf++;
      }
    }
    const falseDrafts = drafts.filter((_, i) => !used.has(i));
    const disagreements = pairs.filter(([l, d]) => !sameQualifier(l, d) || (l.asOf && d.asOf !== l.asOf) || (l.stated && !(d.stated ?? []).some((s) => sameUnit(s.unit, l.stated.unit) && sameValue(s.value, l.stated.value))));
    return { counts, missed, falseDrafts, disagreements };
  }

  return { score, describe, pct, sameValue };
}
