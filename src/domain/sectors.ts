/**
 * Humanitarian sectors (clusters) and the HPC global cluster codes that HNO and FTS files write in
 * their `#sector` columns (HEA, WSH, FSC ...): what an HXL attribute (`#inneed +health`) stands for,
 * and what a user may type for `--sector` (a code, or a name: "Health", "WASH", "food security").
 */

/**
 * Sector and cluster attributes (`#inneed +health`, `#targeted +wash`, `#value +funding +edu`) and
 * the code each stands for, so that a sector column and a sector attribute give the same breakdown.
 * Attribute spellings from the HXL dictionary's sector list and HDX practice.
 */
const SECTOR_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['health', 'HEA'], ['hea', 'HEA'],
  ['wash', 'WSH'], ['wsh', 'WSH'],
  ['edu', 'EDU'], ['education', 'EDU'],
  ['fsc', 'FSC'], ['fs', 'FSC'], ['food_security', 'FSC'], ['foodsec', 'FSC'], ['fsl', 'FSC'], ['food', 'FSC'],
  ['nut', 'NUT'], ['nutrition', 'NUT'],
  ['pro', 'PRO'], ['prot', 'PRO'], ['protection', 'PRO'],
  ['cp', 'PRO_CPM'], ['child_protection', 'PRO_CPM'],
  ['gbv', 'PRO_GBV'], ['hlp', 'PRO_HLP'], ['mine_action', 'PRO_MIN'], ['ma', 'PRO_MIN'],
  ['shelter', 'SHL'], ['shl', 'SHL'], ['esnfi', 'SHL'], ['shelter_nfi', 'SHL'], ['nfi', 'SHL'],
  ['cccm', 'CCM'], ['ccm', 'CCM'],
  ['logistics', 'LOG'], ['logs', 'LOG'], ['log', 'LOG'],
  ['etc', 'ETC'], ['telecoms', 'ETC'],
  ['erl', 'ERY'], ['early_recovery', 'ERY'], ['ery', 'ERY'],
  ['multi', 'MS'], ['multisector', 'MS'], ['multi_sector', 'MS'],
]);

/** The cluster code of a sector attribute (`health` -> HEA), if it is one. */
export function sectorOfAttribute(attribute: string): string | undefined {
  return SECTOR_ATTRIBUTES.get(attribute);
}

/**
 * The names users and files write for a sector beyond its attribute, each reduced as sectorKey
 * reduces text (the clusters' own names; the codes themselves, PRO_CPM written PRO-CPM too).
 */
const SECTOR_NAMES: ReadonlyMap<string, string> = new Map([
  ['water_sanitation_hygiene', 'WSH'], ['water_sanitation_and_hygiene', 'WSH'],
  ['food_security_and_livelihoods', 'FSC'], ['food_security_livelihoods', 'FSC'],
  // (HPC's needs and plans write child protection PRO-CPN, about 25,800 rows of the 2025 HNO)
  ['child_protection', 'PRO_CPM'], ['pro_cpm', 'PRO_CPM'], ['pro_cpn', 'PRO_CPM'],
  ['gender_based_violence', 'PRO_GBV'], ['pro_gbv', 'PRO_GBV'],
  ['housing_land_and_property', 'PRO_HLP'], ['housing_land_property', 'PRO_HLP'], ['pro_hlp', 'PRO_HLP'],
  ['pro_min', 'PRO_MIN'],
  ['emergency_shelter_and_nfi', 'SHL'], ['shelter_and_nfi', 'SHL'], ['shelter_and_non_food_items', 'SHL'], ['emergency_shelter', 'SHL'],
  ['camp_coordination_and_camp_management', 'CCM'], ['camp_coordination_camp_management', 'CCM'],
  ['emergency_telecommunications', 'ETC'],
  // (FTS's plan clusters: "Education in Emergencies")
  ['education_in_emergencies', 'EDU'],
  ['multi_purpose_cash', 'MPC'], ['multipurpose_cash', 'MPC'], ['mpc', 'MPC'],
  ['ms', 'MS'],
  // the clusters' names in Spanish and French, as OCHA's Latin American and West and Central African offices write them
  ['educacion', 'EDU'], ['salud', 'HEA'], ['sante', 'HEA'], ['proteccion', 'PRO'],
  ['seguridad_alimentaria', 'FSC'], ['securite_alimentaire', 'FSC'], ['nutricion', 'NUT'],
  ['agua_saneamiento_e_higiene', 'WSH'], ['agua_saneamiento_y_higiene', 'WSH'], ['eau_hygiene_et_assainissement', 'WSH'], ['eha', 'WSH'], ['ash', 'WSH'],
  ['albergue', 'SHL'], ['alojamiento', 'SHL'], ['alojamientos_temporales', 'SHL'], ['abris', 'SHL'], ['abris_et_biens_non_alimentaires', 'SHL'], ['abris_ame', 'SHL'],
  ['logistica', 'LOG'], ['logistique', 'LOG'],
  ['telecomunicaciones_de_emergencia', 'ETC'], ['telecommunications_d_urgence', 'ETC'],
  ['recuperacion_temprana', 'ERY'], ['relevement_precoce', 'ERY'],
  ['proteccion_de_la_infancia', 'PRO_CPM'], ['proteccion_infantil', 'PRO_CPM'], ['protection_de_l_enfant', 'PRO_CPM'], ['protection_de_l_enfance', 'PRO_CPM'],
  ['violencia_basada_en_genero', 'PRO_GBV'], ['violences_basees_sur_le_genre', 'PRO_GBV'], ['vbg', 'PRO_GBV'],
  ['accion_contra_minas', 'PRO_MIN'], ['lutte_antimines', 'PRO_MIN'],
  ['coordinacion_y_gestion_de_campamentos', 'CCM'], ['coordination_et_gestion_des_camps', 'CCM'],
]);

/** Text reduced for comparison: lower case, accents dropped (Educación, Santé), each run of other characters one underscore. */
function sectorKey(text: string): string {
  return text.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/**
 * The cluster code a sector is written as (`Health`, `health`, `HEA` -> HEA; `WASH` -> WSH;
 * `Food Security` -> FSC), or the text itself in lower case where it names no known cluster
 * (a file's own sectors are then compared as written, without regard to case).
 */
export function sectorCode(text: string): string {
  const key = sectorKey(text);
  // ("Food Security Sector", "Health Cluster", "Emergency Shelter and NFIs": the cluster's name with a word more)
  const bare = key.replace(/_(?:sector|cluster|working_group)$/, '').replace(/_nfis$/, '_nfi');
  return SECTOR_ATTRIBUTES.get(key) ?? SECTOR_NAMES.get(key) ?? SECTOR_ATTRIBUTES.get(bare) ?? SECTOR_NAMES.get(bare) ?? text.trim().toLowerCase();
}

/** Whether a code is a cluster's (HEA, WSH, PRO_CPM), not a file's own sector text that sectorCode returned as written. */
export function isClusterCode(code: string): boolean {
  return CLUSTER_CODES.has(code);
}
const CLUSTER_CODES: ReadonlySet<string> = new Set([...SECTOR_ATTRIBUTES.values(), ...SECTOR_NAMES.values()]);
