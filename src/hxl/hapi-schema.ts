/**
 * HDX HAPI's exports without their hashtag row. HAPI wrote an HXL hashtag row under its column names until
 * October 2025; its exports since have the column names alone, which are HAPI's fixed, documented schema
 * (`location_code`, `admin1_code`, `reference_period_start`, `population` ...). A file whose header is that
 * schema and that has no hashtag row is read with the hashtags HAPI wrote under the same names (as its
 * scrapers' own fixtures show them), and the report says so. Only the themes whose hashtags are known:
 * not the refugee tables (origin and asylum), whose hashtags differ by table.
 */

/** HAPI's column names and the hashtags HAPI wrote under them. */
const HAPI_HASHTAGS: ReadonlyMap<string, string> = new Map([
  ['location_code', '#country+code'],
  ['admin1_code', '#adm1+code'],
  ['admin1_name', '#adm1+name'],
  ['admin2_code', '#adm2+code'],
  ['admin2_name', '#adm2+name'],
  ['admin3_code', '#adm3+code'],
  ['admin3_name', '#adm3+name'],
  ['provider_admin1_name', '#adm1+name+provider'],
  ['provider_admin2_name', '#adm2+name+provider'],
  ['provider_admin3_name', '#adm3+name+provider'],
  ['admin_level', '#adm+level'],
  ['reference_period_start', '#date+start'],
  ['reference_period_end', '#date+end'],
  ['gender', '#gender+code'],
  ['age_range', '#age+range'],
  ['min_age', '#age+min'],
  ['max_age', '#age+max'],
  ['sector_code', '#sector+code'],
  ['sector_name', '#sector+name'],
  ['category', '#category'],
  ['population_status', '#population+status'],
  ['event_type', '#event+type'],
  ['events', '#indicator+event+num'],
  ['fatalities', '#affected+killed'],
  ['ipc_phase', '#severity+v_ipc'],
  ['ipc_type', '#period+v_ipc'],
  ['population_in_phase', '#affected+num'],
  ['population_fraction_in_phase', '#affected+pct'],
  ['appeal_code', '#activity+appeal+id+external'],
  ['appeal_name', '#activity+appeal+name'],
  ['appeal_type', '#activity+appeal+type+name'],
  ['requirements_usd', '#value+funding+required+usd'],
  ['funding_usd', '#value+funding+total+usd'],
  ['funding_pct', '#value+funding+pct'],
  ['operation', '#operation+name'],
  ['assessment_type', '#assessment+type'],
  ['reporting_round', '#round+code'],
  ['market_code', '#loc+market+code'],
  ['market_name', '#loc+market+name'],
  ['commodity_category', '#item+type'],
  ['commodity_code', '#item+code'],
  ['commodity_name', '#item+name'],
  ['unit', '#item+unit'],
  ['price_flag', '#item+price+flag'],
  ['price_type', '#item+price+type'],
  ['currency_code', '#currency'],
  ['price', '#value'],
  ['usd_price', '#value+usd'],
  ['lat', '#geo+lat'],
  ['lon', '#geo+lon'],
  ['org_acronym', '#org+acronym'],
  ['org_name', '#org+name'],
  ['org_type_description', '#org+type+desc'],
  ['mpi', '#indicator+mpi'],
  ['headcount_ratio', '#indicator+headcount_ratio'],
  ['intensity_of_deprivation', '#indicator+intensity_of_deprivation'],
  ['vulnerable_to_poverty', '#indicator+vulnerable_to_poverty'],
  ['in_severe_poverty', '#indicator+in_severe_poverty'],
  ['dataset_hdx_id', '#meta+dataset_id'],
  ['resource_hdx_id', '#meta+resource_id'],
  ['warning', '#meta+warning'],
  ['error', '#meta+error'],
]);

/**
 * The hashtags HAPI wrote under a header of its schema (each column's, '' where HAPI names a column otherwise), where
 * the header is HAPI's; undefined otherwise.
 */
export function hapiHashtags(header: readonly string[]): { tags: string[]; note: string } | undefined {
  const names = header.map((h) => h.replace(/^\ufeff/, '').trim());
  if (!names.every((n) => /^[a-z0-9_]*$/.test(n))) return undefined;
  if (!names.includes('location_code') || !(names.includes('reference_period_start') || names.includes('reference_period_end'))) return undefined;
  if (names.includes('origin_location_code') || names.includes('asylum_location_code')) return undefined;
  // (HAPI's IDP table counts its people under "population": the displaced, #affected+idps)
  const idps = names.includes('assessment_type') || names.includes('reporting_round');
  const tags = names.map((n) => (n === 'population' ? (idps ? '#affected+idps' : '#population') : HAPI_HASHTAGS.get(n) ?? ''));
  if (tags.filter((t) => t !== '').length < 3) return undefined;
  return {
    tags,
    note: `the file has no hashtag row, but its columns are HDX HAPI's (${names.slice(0, 3).join(', ')} ...): read with the hashtags HAPI wrote under the same names on its exports until 2025 (columns it names otherwise are left untagged)`,
  };
}
