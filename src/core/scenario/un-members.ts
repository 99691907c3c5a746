import type { RegionalGroup } from './schema';

/**
 * The 193 Member States of the United Nations (Charter Art. 4: membership; Art. 23: the five
 * permanent members of the Security Council).
 *
 * - `code` is the ISO 3166-1 alpha-3 code. Non-members are absent: the Holy See and the State of
 *   Palestine are observer States, and Kosovo and Taiwan are not members.
 * - `name` is the short English name in the UN's list of Member States, except "United Kingdom",
 *   "United States" and "Netherlands", which use the familiar short forms instead of the UN's
 *   "United Kingdom of Great Britain and Northern Ireland", "United States of America" and
 *   "Netherlands (Kingdom of the)".
 * - `regionalGroup` follows the UN's list of regional groups (UN DGACM, "United Nations Regional
 *   Groups of Member States"), as used for elections (GA res 1991 A (XVIII) allocates
 *   Security Council seats by group). Counts: African 54, Asia-Pacific 54, EEG 23, GRULAC 33,
 *   WEOG 29 = 193. Türkiye takes part in both WEOG and Asia-Pacific and counts as WEOG for
 *   elections, so it is WEOG here. Israel is a full WEOG member. The United States belongs to no
 *   group officially ("Other") but attends WEOG as an observer and counts as WEOG for elections,
 *   so it is WEOG here and 'Other' is unused. Kiribati (no group until 2010) is Asia-Pacific.
 * - `admitted` is the year the present State, or the seat it continues, became a member. For a
 *   successor State this is the year of the seat it holds today:
 *   - Russian Federation 1945: continues the USSR's seat (letter of 24 December 1991).
 *   - China 1945: the seat has been held by the People's Republic since GA res 2758 (XXVI), 1971.
 *   - Germany 1973: both German States were admitted in 1973; they united in 1990 in one seat.
 *   - Yemen 1947: North Yemen 1947, South Yemen 1967, united in 1990 in one seat.
 *   - United Republic of Tanzania 1961: Tanganyika 1961, Zanzibar 1963, united in 1964.
 *   - Czechia and Slovakia 1993: Czechoslovakia (an original member) dissolved on 1 January 1993.
 *   - Slovenia, Croatia, Bosnia and Herzegovina 1992; North Macedonia 1993; Montenegro 2006.
 *   - Serbia 2000: the Federal Republic of Yugoslavia was admitted as a new member on
 *     1 November 2000 (GA res 55/12). From 1992 to 2000 it could not take up the former
 *     Yugoslavia's seat (SC res 777 (1992), GA res 47/1), so no member here holds that seat before
 *     2000.
 */
export interface UnMember {
  /** ISO 3166-1 alpha-3. */
  code: string;
  /** Short English UN name. */
  name: string;
  regionalGroup: RegionalGroup;
  /** Year of admission to the United Nations (1945 for original members). */
  admitted: number;
}

function member(
  code: string,
  name: string,
  regionalGroup: RegionalGroup,
  admitted: number,
): UnMember {
  return { code, name, regionalGroup, admitted };
}

/** All current Member States, in the UN's alphabetical order of English short names. */
export const UN_MEMBERS: readonly UnMember[] = Object.freeze([
  member('AFG', 'Afghanistan', 'Asia-Pacific', 1946),
  member('ALB', 'Albania', 'EEG', 1955),
  member('DZA', 'Algeria', 'African', 1962),
  member('AND', 'Andorra', 'WEOG', 1993),
  member('AGO', 'Angola', 'African', 1976),
  member('ATG', 'Antigua and Barbuda', 'GRULAC', 1981),
  member('ARG', 'Argentina', 'GRULAC', 1945),
  member('ARM', 'Armenia', 'EEG', 1992),
  member('AUS', 'Australia', 'WEOG', 1945),
  member('AUT', 'Austria', 'WEOG', 1955),
  member('AZE', 'Azerbaijan', 'EEG', 1992),
  member('BHS', 'Bahamas', 'GRULAC', 1973),
  member('BHR', 'Bahrain', 'Asia-Pacific', 1971),
  member('BGD', 'Bangladesh', 'Asia-Pacific', 1974),
  member('BRB', 'Barbados', 'GRULAC', 1966),
  member('BLR', 'Belarus', 'EEG', 1945),
  member('BEL', 'Belgium', 'WEOG', 1945),
  member('BLZ', 'Belize', 'GRULAC', 1981),
  member('BEN', 'Benin', 'African', 1960),
  member('BTN', 'Bhutan', 'Asia-Pacific', 1971),
  member('BOL', 'Bolivia (Plurinational State of)', 'GRULAC', 1945),
  member('BIH', 'Bosnia and Herzegovina', 'EEG', 1992),
  member('BWA', 'Botswana', 'African', 1966),
  member('BRA', 'Brazil', 'GRULAC', 1945),
  member('BRN', 'Brunei Darussalam', 'Asia-Pacific', 1984),
  member('BGR', 'Bulgaria', 'EEG', 1955),
  member('BFA', 'Burkina Faso', 'African', 1960),
  member('BDI', 'Burundi', 'African', 1962),
  member('CPV', 'Cabo Verde', 'African', 1975),
  member('KHM', 'Cambodia', 'Asia-Pacific', 1955),
  member('CMR', 'Cameroon', 'African', 1960),
  member('CAN', 'Canada', 'WEOG', 1945),
  member('CAF', 'Central African Republic', 'African', 1960),
  member('TCD', 'Chad', 'African', 1960),
  member('CHL', 'Chile', 'GRULAC', 1945),
  member('CHN', 'China', 'Asia-Pacific', 1945),
  member('COL', 'Colombia', 'GRULAC', 1945),
  member('COM', 'Comoros', 'African', 1975),
  member('COG', 'Congo', 'African', 1960),
  member('CRI', 'Costa Rica', 'GRULAC', 1945),
  member('CIV', "Côte d'Ivoire", 'African', 1960),
  member('HRV', 'Croatia', 'EEG', 1992),
  member('CUB', 'Cuba', 'GRULAC', 1945),
  member('CYP', 'Cyprus', 'Asia-Pacific', 1960),
  member('CZE', 'Czechia', 'EEG', 1993),
  member('PRK', "Democratic People's Republic of Korea", 'Asia-Pacific', 1991),
  member('COD', 'Democratic Republic of the Congo', 'African', 1960),
  member('DNK', 'Denmark', 'WEOG', 1945),
  member('DJI', 'Djibouti', 'African', 1977),
  member('DMA', 'Dominica', 'GRULAC', 1978),
  member('DOM', 'Dominican Republic', 'GRULAC', 1945),
  member('ECU', 'Ecuador', 'GRULAC', 1945),
  member('EGY', 'Egypt', 'African', 1945),
  member('SLV', 'El Salvador', 'GRULAC', 1945),
  member('GNQ', 'Equatorial Guinea', 'African', 1968),
  member('ERI', 'Eritrea', 'African', 1993),
  member('EST', 'Estonia', 'EEG', 1991),
  member('SWZ', 'Eswatini', 'African', 1968),
  member('ETH', 'Ethiopia', 'African', 1945),
  member('FJI', 'Fiji', 'Asia-Pacific', 1970),
  member('FIN', 'Finland', 'WEOG', 1955),
  member('FRA', 'France', 'WEOG', 1945),
  member('GAB', 'Gabon', 'African', 1960),
  member('GMB', 'Gambia', 'African', 1965),
  member('GEO', 'Georgia', 'EEG', 1992),
  member('DEU', 'Germany', 'WEOG', 1973),
  member('GHA', 'Ghana', 'African', 1957),
  member('GRC', 'Greece', 'WEOG', 1945),
  member('GRD', 'Grenada', 'GRULAC', 1974),
  member('GTM', 'Guatemala', 'GRULAC', 1945),
  member('GIN', 'Guinea', 'African', 1958),
  member('GNB', 'Guinea-Bissau', 'African', 1974),
  member('GUY', 'Guyana', 'GRULAC', 1966),
  member('HTI', 'Haiti', 'GRULAC', 1945),
  member('HND', 'Honduras', 'GRULAC', 1945),
  member('HUN', 'Hungary', 'EEG', 1955),
  member('ISL', 'Iceland', 'WEOG', 1946),
  member('IND', 'India', 'Asia-Pacific', 1945),
  member('IDN', 'Indonesia', 'Asia-Pacific', 1950),
  member('IRN', 'Iran (Islamic Republic of)', 'Asia-Pacific', 1945),
  member('IRQ', 'Iraq', 'Asia-Pacific', 1945),
  member('IRL', 'Ireland', 'WEOG', 1955),
  member('ISR', 'Israel', 'WEOG', 1949),
  member('ITA', 'Italy', 'WEOG', 1955),
  member('JAM', 'Jamaica', 'GRULAC', 1962),
  member('JPN', 'Japan', 'Asia-Pacific', 1956),
  member('JOR', 'Jordan', 'Asia-Pacific', 1955),
  member('KAZ', 'Kazakhstan', 'Asia-Pacific', 1992),
  member('KEN', 'Kenya', 'African', 1963),
  member('KIR', 'Kiribati', 'Asia-Pacific', 1999),
  member('KWT', 'Kuwait', 'Asia-Pacific', 1963),
  member('KGZ', 'Kyrgyzstan', 'Asia-Pacific', 1992),
  member('LAO', "Lao People's Democratic Republic", 'Asia-Pacific', 1955),
  member('LVA', 'Latvia', 'EEG', 1991),
  member('LBN', 'Lebanon', 'Asia-Pacific', 1945),
  member('LSO', 'Lesotho', 'African', 1966),
  member('LBR', 'Liberia', 'African', 1945),
  member('LBY', 'Libya', 'African', 1955),
  member('LIE', 'Liechtenstein', 'WEOG', 1990),
  member('LTU', 'Lithuania', 'EEG', 1991),
  member('LUX', 'Luxembourg', 'WEOG', 1945),
  member('MDG', 'Madagascar', 'African', 1960),
  member('MWI', 'Malawi', 'African', 1964),
  member('MYS', 'Malaysia', 'Asia-Pacific', 1957),
  member('MDV', 'Maldives', 'Asia-Pacific', 1965),
  member('MLI', 'Mali', 'African', 1960),
  member('MLT', 'Malta', 'WEOG', 1964),
  member('MHL', 'Marshall Islands', 'Asia-Pacific', 1991),
  member('MRT', 'Mauritania', 'African', 1961),
  member('MUS', 'Mauritius', 'African', 1968),
  member('MEX', 'Mexico', 'GRULAC', 1945),
  member('FSM', 'Micronesia (Federated States of)', 'Asia-Pacific', 1991),
  member('MCO', 'Monaco', 'WEOG', 1993),
  member('MNG', 'Mongolia', 'Asia-Pacific', 1961),
  member('MNE', 'Montenegro', 'EEG', 2006),
  member('MAR', 'Morocco', 'African', 1956),
  member('MOZ', 'Mozambique', 'African', 1975),
  member('MMR', 'Myanmar', 'Asia-Pacific', 1948),
  member('NAM', 'Namibia', 'African', 1990),
  member('NRU', 'Nauru', 'Asia-Pacific', 1999),
  member('NPL', 'Nepal', 'Asia-Pacific', 1955),
  member('NLD', 'Netherlands', 'WEOG', 1945),
  member('NZL', 'New Zealand', 'WEOG', 1945),
  member('NIC', 'Nicaragua', 'GRULAC', 1945),
  member('NER', 'Niger', 'African', 1960),
  member('NGA', 'Nigeria', 'African', 1960),
  member('MKD', 'North Macedonia', 'EEG', 1993),
  member('NOR', 'Norway', 'WEOG', 1945),
  member('OMN', 'Oman', 'Asia-Pacific', 1971),
  member('PAK', 'Pakistan', 'Asia-Pacific', 1947),
  member('PLW', 'Palau', 'Asia-Pacific', 1994),
  member('PAN', 'Panama', 'GRULAC', 1945),
  member('PNG', 'Papua New Guinea', 'Asia-Pacific', 1975),
  member('PRY', 'Paraguay', 'GRULAC', 1945),
  member('PER', 'Peru', 'GRULAC', 1945),
  member('PHL', 'Philippines', 'Asia-Pacific', 1945),
  member('POL', 'Poland', 'EEG', 1945),
  member('PRT', 'Portugal', 'WEOG', 1955),
  member('QAT', 'Qatar', 'Asia-Pacific', 1971),
  member('KOR', 'Republic of Korea', 'Asia-Pacific', 1991),
  member('MDA', 'Republic of Moldova', 'EEG', 1992),
  member('ROU', 'Romania', 'EEG', 1955),
  member('RUS', 'Russian Federation', 'EEG', 1945),
  member('RWA', 'Rwanda', 'African', 1962),
  member('KNA', 'Saint Kitts and Nevis', 'GRULAC', 1983),
  member('LCA', 'Saint Lucia', 'GRULAC', 1979),
  member('VCT', 'Saint Vincent and the Grenadines', 'GRULAC', 1980),
  member('WSM', 'Samoa', 'Asia-Pacific', 1976),
  member('SMR', 'San Marino', 'WEOG', 1992),
  member('STP', 'Sao Tome and Principe', 'African', 1975),
  member('SAU', 'Saudi Arabia', 'Asia-Pacific', 1945),
  member('SEN', 'Senegal', 'African', 1960),
  member('SRB', 'Serbia', 'EEG', 2000),
  member('SYC', 'Seychelles', 'African', 1976),
  member('SLE', 'Sierra Leone', 'African', 1961),
  member('SGP', 'Singapore', 'Asia-Pacific', 1965),
  member('SVK', 'Slovakia', 'EEG', 1993),
  member('SVN', 'Slovenia', 'EEG', 1992),
  member('SLB', 'Solomon Islands', 'Asia-Pacific', 1978),
  member('SOM', 'Somalia', 'African', 1960),
  member('ZAF', 'South Africa', 'African', 1945),
  member('SSD', 'South Sudan', 'African', 2011),
  member('ESP', 'Spain', 'WEOG', 1955),
  member('LKA', 'Sri Lanka', 'Asia-Pacific', 1955),
  member('SDN', 'Sudan', 'African', 1956),
  member('SUR', 'Suriname', 'GRULAC', 1975),
  member('SWE', 'Sweden', 'WEOG', 1946),
  member('CHE', 'Switzerland', 'WEOG', 2002),
  member('SYR', 'Syrian Arab Republic', 'Asia-Pacific', 1945),
  member('TJK', 'Tajikistan', 'Asia-Pacific', 1992),
  member('THA', 'Thailand', 'Asia-Pacific', 1946),
  member('TLS', 'Timor-Leste', 'Asia-Pacific', 2002),
  member('TGO', 'Togo', 'African', 1960),
  member('TON', 'Tonga', 'Asia-Pacific', 1999),
  member('TTO', 'Trinidad and Tobago', 'GRULAC', 1962),
  member('TUN', 'Tunisia', 'African', 1956),
  member('TUR', 'Türkiye', 'WEOG', 1945),
  member('TKM', 'Turkmenistan', 'Asia-Pacific', 1992),
  member('TUV', 'Tuvalu', 'Asia-Pacific', 2000),
  member('UGA', 'Uganda', 'African', 1962),
  member('UKR', 'Ukraine', 'EEG', 1945),
  member('ARE', 'United Arab Emirates', 'Asia-Pacific', 1971),
  member('GBR', 'United Kingdom', 'WEOG', 1945),
  member('TZA', 'United Republic of Tanzania', 'African', 1961),
  member('USA', 'United States', 'WEOG', 1945),
  member('URY', 'Uruguay', 'GRULAC', 1945),
  member('UZB', 'Uzbekistan', 'Asia-Pacific', 1992),
  member('VUT', 'Vanuatu', 'Asia-Pacific', 1981),
  member('VEN', 'Venezuela (Bolivarian Republic of)', 'GRULAC', 1945),
  member('VNM', 'Viet Nam', 'Asia-Pacific', 1977),
  member('YEM', 'Yemen', 'Asia-Pacific', 1947),
  member('ZMB', 'Zambia', 'African', 1964),
  member('ZWE', 'Zimbabwe', 'African', 1980),
]);

export const UN_MEMBER_BY_CODE: ReadonlyMap<string, UnMember> = new Map(
  UN_MEMBERS.map((m) => [m.code, m]),
);

export function isUnMember(code: string): boolean {
  return UN_MEMBER_BY_CODE.has(code);
}

/**
 * The present Member States that were members at the end of `year`: everyone admitted in or
 * before that year. Because each State is listed once, under the seat it holds today, a count
 * can differ from the UN's own count for years when a seat was later merged or dissolved. Counts:
 * 1945: 49 (the 51 original members less Czechoslovakia and Yugoslavia), 1994 and 1995: 184
 * (Palau, admitted 15 December 1994, is included; the UN counted 185, the 185th being the former
 * Yugoslavia's seat, which the Federal Republic of Yugoslavia could not occupy), 2000: 189,
 * 2002: 191 (Switzerland, Timor-Leste), 2006: 192 (Montenegro), from 2011: 193 (South Sudan).
 */
export function membersInYear(year: number): readonly UnMember[] {
  return UN_MEMBERS.filter((m) => m.admitted <= year);
}
