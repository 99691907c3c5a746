/**
 * ISO 3166-1 numeric codes to alpha-3, for the world map: world-atlas (Natural Earth) keys its
 * countries by the numeric code as a three-digit string ("004" is Afghanistan), the scenario by
 * alpha-3. Covers the 193 Member States and the non-members Natural Earth draws at 1:110m.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['004', 'AFG'], ['008', 'ALB'], ['012', 'DZA'], ['020', 'AND'], ['024', 'AGO'], ['028', 'ATG'], ['032', 'ARG'],
  ['051', 'ARM'], ['036', 'AUS'], ['040', 'AUT'], ['031', 'AZE'], ['044', 'BHS'], ['048', 'BHR'], ['050', 'BGD'],
  ['052', 'BRB'], ['112', 'BLR'], ['056', 'BEL'], ['084', 'BLZ'], ['204', 'BEN'], ['064', 'BTN'], ['068', 'BOL'],
  ['070', 'BIH'], ['072', 'BWA'], ['076', 'BRA'], ['096', 'BRN'], ['100', 'BGR'], ['854', 'BFA'], ['108', 'BDI'],
  ['132', 'CPV'], ['116', 'KHM'], ['120', 'CMR'], ['124', 'CAN'], ['140', 'CAF'], ['148', 'TCD'], ['152', 'CHL'],
  ['156', 'CHN'], ['170', 'COL'], ['174', 'COM'], ['178', 'COG'], ['188', 'CRI'], ['384', 'CIV'], ['191', 'HRV'],
  ['192', 'CUB'], ['196', 'CYP'], ['203', 'CZE'], ['408', 'PRK'], ['180', 'COD'], ['208', 'DNK'], ['262', 'DJI'],
  ['212', 'DMA'], ['214', 'DOM'], ['218', 'ECU'], ['818', 'EGY'], ['222', 'SLV'], ['226', 'GNQ'], ['232', 'ERI'],
  ['233', 'EST'], ['748', 'SWZ'], ['231', 'ETH'], ['242', 'FJI'], ['246', 'FIN'], ['250', 'FRA'], ['266', 'GAB'],
  ['270', 'GMB'], ['268', 'GEO'], ['276', 'DEU'], ['288', 'GHA'], ['300', 'GRC'], ['308', 'GRD'], ['320', 'GTM'],
  ['324', 'GIN'], ['624', 'GNB'], ['328', 'GUY'], ['332', 'HTI'], ['340', 'HND'], ['348', 'HUN'], ['352', 'ISL'],
  ['356', 'IND'], ['360', 'IDN'], ['364', 'IRN'], ['368', 'IRQ'], ['372', 'IRL'], ['376', 'ISR'], ['380', 'ITA'],
  ['388', 'JAM'], ['392', 'JPN'], ['400', 'JOR'], ['398', 'KAZ'], ['404', 'KEN'], ['296', 'KIR'], ['414', 'KWT'],
  ['417', 'KGZ'], ['418', 'LAO'], ['428', 'LVA'], ['422', 'LBN'], ['426', 'LSO'], ['430', 'LBR'], ['434', 'LBY'],
  ['438', 'LIE'], ['440', 'LTU'], ['442', 'LUX'], ['450', 'MDG'], ['454', 'MWI'], ['458', 'MYS'], ['462', 'MDV'],
  ['466', 'MLI'], ['470', 'MLT'], ['584', 'MHL'], ['478', 'MRT'], ['480', 'MUS'], ['484', 'MEX'], ['583', 'FSM'],
  ['492', 'MCO'], ['496', 'MNG'], ['499', 'MNE'], ['504', 'MAR'], ['508', 'MOZ'], ['104', 'MMR'], ['516', 'NAM'],
  ['520', 'NRU'], ['524', 'NPL'], ['528', 'NLD'], ['554', 'NZL'], ['558', 'NIC'], ['562', 'NER'], ['566', 'NGA'],
  ['807', 'MKD'], ['578', 'NOR'], ['512', 'OMN'], ['586', 'PAK'], ['585', 'PLW'], ['591', 'PAN'], ['598', 'PNG'],
  ['600', 'PRY'], ['604', 'PER'], ['608', 'PHL'], ['616', 'POL'], ['620', 'PRT'], ['634', 'QAT'], ['410', 'KOR'],
  ['498', 'MDA'], ['642', 'ROU'], ['643', 'RUS'], ['646', 'RWA'], ['659', 'KNA'], ['662', 'LCA'], ['670', 'VCT'],
  ['882', 'WSM'], ['674', 'SMR'], ['678', 'STP'], ['682', 'SAU'], ['686', 'SEN'], ['688', 'SRB'], ['690', 'SYC'],
  ['694', 'SLE'], ['702', 'SGP'], ['703', 'SVK'], ['705', 'SVN'], ['090', 'SLB'], ['706', 'SOM'], ['710', 'ZAF'],
  ['728', 'SSD'], ['724', 'ESP'], ['144', 'LKA'], ['729', 'SDN'], ['740', 'SUR'], ['752', 'SWE'], ['756', 'CHE'],
  ['760', 'SYR'], ['762', 'TJK'], ['764', 'THA'], ['626', 'TLS'], ['768', 'TGO'], ['776', 'TON'], ['780', 'TTO'],
  ['788', 'TUN'], ['792', 'TUR'], ['795', 'TKM'], ['798', 'TUV'], ['800', 'UGA'], ['804', 'UKR'], ['784', 'ARE'],
  ['826', 'GBR'], ['834', 'TZA'], ['840', 'USA'], ['858', 'URY'], ['860', 'UZB'], ['548', 'VUT'], ['862', 'VEN'],
  ['704', 'VNM'], ['887', 'YEM'], ['894', 'ZMB'], ['716', 'ZWE'],
  // Not Member States (drawn by Natural Earth; never coloured by an Assembly vote).
  ['275', 'PSE'], ['158', 'TWN'], ['732', 'ESH'], ['304', 'GRL'], ['238', 'FLK'], ['260', 'ATF'], ['540', 'NCL'],
  ['630', 'PRI'], ['010', 'ATA'],
];

export const ISO_NUMERIC_TO_ALPHA3: ReadonlyMap<string, string> = new Map(PAIRS);

/** The alpha-3 code of a world-atlas feature id ("004" or 4), or null. */
export function alpha3OfNumeric(id: string | number | undefined | null): string | null {
  if (id === undefined || id === null) return null;
  const key = typeof id === 'number' ? String(id).padStart(3, '0') : id.padStart(3, '0');
  return ISO_NUMERIC_TO_ALPHA3.get(key) ?? null;
}
