#!/usr/bin/env python3
"""Generate src/data/countries.tsv.

Sources:
  * ISO 3166-1 codes and ISO short/official names from the PyPI package
    `pycountry` (LGPL-2.1; data from Debian's iso-codes).
  * A hand-curated table (below) with Wikidata QIDs, news short names, aliases,
    demonyms and capitals.  QIDs were checked against a public country table
    (ISO code -> Wikidata URI); Kosovo is not in pycountry and is coded XK/XKX by hand.

Scope: the 193 UN member states, the 2 UN observer states (Palestine, Holy See /
Vatican City), Kosovo and Taiwan = 197 rows.

Usage:  python countries.py   (needs `pycountry` importable)
"""

from __future__ import annotations

import pycountry

from _common import join_multi, write_tsv

# alpha2: (qid, name, aliases, demonyms, capitals)
# Aliases: abbreviations, formal names, alternate names used by news.  ISO short and
# official names from pycountry are appended automatically when they read naturally
# (no comma / parenthesis).  Demonyms: adjectival and plural nationality forms.
# Capitals: capital city names incl. forms used as metonyms for the government;
# a capital identical to the country name is omitted (e.g. Singapore).
TABLE = {
    "AF": ("Q889", "Afghanistan", ["Islamic Emirate of Afghanistan"], ["Afghan", "Afghans"], ["Kabul"]),
    "AL": ("Q222", "Albania", [], ["Albanian", "Albanians"], ["Tirana"]),
    "DZ": ("Q262", "Algeria", [], ["Algerian", "Algerians"], ["Algiers"]),
    "AD": ("Q228", "Andorra", [], ["Andorran", "Andorrans"], ["Andorra la Vella"]),
    "AO": ("Q916", "Angola", [], ["Angolan", "Angolans"], ["Luanda"]),
    "AG": ("Q781", "Antigua and Barbuda", ["Antigua & Barbuda"], ["Antiguan", "Antiguans"], ["St. John's", "Saint John's"]),
    "AR": ("Q414", "Argentina", ["Argentine Republic"], ["Argentine", "Argentines", "Argentinian", "Argentinians"], ["Buenos Aires"]),
    "AM": ("Q399", "Armenia", [], ["Armenian", "Armenians"], ["Yerevan"]),
    "AU": ("Q408", "Australia", ["Commonwealth of Australia"], ["Australian", "Australians"], ["Canberra"]),
    "AT": ("Q40", "Austria", [], ["Austrian", "Austrians"], ["Vienna"]),
    "AZ": ("Q227", "Azerbaijan", [], ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"], ["Baku"]),
    "BS": ("Q778", "Bahamas", ["The Bahamas"], ["Bahamian", "Bahamians"], ["Nassau"]),
    "BH": ("Q398", "Bahrain", ["Kingdom of Bahrain"], ["Bahraini", "Bahrainis"], ["Manama"]),
    "BD": ("Q902", "Bangladesh", [], ["Bangladeshi", "Bangladeshis"], ["Dhaka"]),
    "BB": ("Q244", "Barbados", [], ["Barbadian", "Barbadians"], ["Bridgetown"]),
    "BY": ("Q184", "Belarus", [], ["Belarusian", "Belarusians"], ["Minsk"]),
    "BE": ("Q31", "Belgium", [], ["Belgian", "Belgians"], ["Brussels"]),
    "BZ": ("Q242", "Belize", [], ["Belizean", "Belizeans"], ["Belmopan"]),
    "BJ": ("Q962", "Benin", [], ["Beninese"], ["Porto-Novo", "Cotonou"]),
    "BT": ("Q917", "Bhutan", [], ["Bhutanese"], ["Thimphu"]),
    "BO": ("Q750", "Bolivia", [], ["Bolivian", "Bolivians"], ["Sucre", "La Paz"]),
    "BA": ("Q225", "Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"], ["Bosnian", "Bosnians"], ["Sarajevo"]),
    "BW": ("Q963", "Botswana", [], ["Motswana", "Batswana"], ["Gaborone"]),
    "BR": ("Q155", "Brazil", ["Federative Republic of Brazil"], ["Brazilian", "Brazilians"], ["Brasília", "Brasilia"]),
    "BN": ("Q921", "Brunei", [], ["Bruneian", "Bruneians"], ["Bandar Seri Begawan"]),
    "BG": ("Q219", "Bulgaria", [], ["Bulgarian", "Bulgarians"], ["Sofia"]),
    "BF": ("Q965", "Burkina Faso", [], ["Burkinabe", "Burkinabè"], ["Ouagadougou"]),
    "BI": ("Q967", "Burundi", [], ["Burundian", "Burundians"], ["Gitega", "Bujumbura"]),
    "CV": ("Q1011", "Cape Verde", ["Cabo Verde"], ["Cape Verdean", "Cape Verdeans"], ["Praia"]),
    "KH": ("Q424", "Cambodia", ["Kingdom of Cambodia"], ["Cambodian", "Cambodians"], ["Phnom Penh"]),
    "CM": ("Q1009", "Cameroon", [], ["Cameroonian", "Cameroonians"], ["Yaoundé", "Yaounde"]),
    "CA": ("Q16", "Canada", [], ["Canadian", "Canadians"], ["Ottawa"]),
    "CF": ("Q929", "Central African Republic", ["CAR"], ["Central African", "Central Africans"], ["Bangui"]),
    "TD": ("Q657", "Chad", [], ["Chadian", "Chadians"], ["N'Djamena", "Ndjamena"]),
    "CL": ("Q298", "Chile", [], ["Chilean", "Chileans"], ["Santiago"]),
    "CN": ("Q148", "China", ["People's Republic of China", "PRC", "P.R.C.", "Mainland China"], ["Chinese", "Sino"], ["Beijing"]),
    "CO": ("Q739", "Colombia", [], ["Colombian", "Colombians"], ["Bogotá", "Bogota"]),
    "KM": ("Q970", "Comoros", ["Union of the Comoros"], ["Comorian", "Comorians"], ["Moroni"]),
    "CG": ("Q971", "Republic of the Congo", ["Congo-Brazzaville", "Republic of Congo", "Congo Republic", "Congo"], [], ["Brazzaville"]),
    "CD": ("Q974", "Democratic Republic of the Congo", ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "DR of Congo", "Zaire"], ["Congolese", "Zairean"], ["Kinshasa"]),
    "CR": ("Q800", "Costa Rica", [], ["Costa Rican", "Costa Ricans"], ["San José", "San Jose"]),
    "CI": ("Q1008", "Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"], ["Ivorian", "Ivorians"], ["Yamoussoukro", "Abidjan"]),
    "HR": ("Q224", "Croatia", [], ["Croatian", "Croatians", "Croat", "Croats"], ["Zagreb"]),
    "CU": ("Q241", "Cuba", [], ["Cuban", "Cubans"], ["Havana"]),
    "CY": ("Q229", "Cyprus", [], ["Cypriot", "Cypriots"], ["Nicosia"]),
    "CZ": ("Q213", "Czech Republic", ["Czechia"], ["Czech", "Czechs"], ["Prague"]),
    "DK": ("Q35", "Denmark", ["Kingdom of Denmark"], ["Danish", "Dane", "Danes"], ["Copenhagen"]),
    "DJ": ("Q977", "Djibouti", [], ["Djiboutian", "Djiboutians"], []),
    "DM": ("Q784", "Dominica", ["Commonwealth of Dominica"], [], ["Roseau"]),
    "DO": ("Q786", "Dominican Republic", [], ["Dominican", "Dominicans"], ["Santo Domingo"]),
    "EC": ("Q736", "Ecuador", [], ["Ecuadorian", "Ecuadorians", "Ecuadorean"], ["Quito"]),
    "EG": ("Q79", "Egypt", ["Arab Republic of Egypt"], ["Egyptian", "Egyptians"], ["Cairo"]),
    "SV": ("Q792", "El Salvador", [], ["Salvadoran", "Salvadorans", "Salvadorean"], ["San Salvador"]),
    "GQ": ("Q983", "Equatorial Guinea", [], ["Equatorial Guinean", "Equatoguinean"], ["Malabo"]),
    "ER": ("Q986", "Eritrea", [], ["Eritrean", "Eritreans"], ["Asmara"]),
    "EE": ("Q191", "Estonia", [], ["Estonian", "Estonians"], ["Tallinn"]),
    "SZ": ("Q1050", "Eswatini", ["Swaziland"], ["Swazi", "Swazis"], ["Mbabane", "Lobamba"]),
    "ET": ("Q115", "Ethiopia", [], ["Ethiopian", "Ethiopians"], ["Addis Ababa"]),
    "FJ": ("Q712", "Fiji", [], ["Fijian", "Fijians"], ["Suva"]),
    "FI": ("Q33", "Finland", [], ["Finnish", "Finn", "Finns"], ["Helsinki"]),
    "FR": ("Q142", "France", ["French Republic"], ["French"], ["Paris"]),
    "GA": ("Q1000", "Gabon", ["Gabonese Republic"], ["Gabonese"], ["Libreville"]),
    "GM": ("Q1005", "Gambia", ["The Gambia"], ["Gambian", "Gambians"], ["Banjul"]),
    "GE": ("Q230", "Georgia", [], ["Georgian", "Georgians"], ["Tbilisi"]),
    "DE": ("Q183", "Germany", ["Federal Republic of Germany"], ["German", "Germans"], ["Berlin"]),
    "GH": ("Q117", "Ghana", [], ["Ghanaian", "Ghanaians"], ["Accra"]),
    "GR": ("Q41", "Greece", ["Hellenic Republic"], ["Greek", "Greeks"], ["Athens"]),
    "GD": ("Q769", "Grenada", [], ["Grenadian", "Grenadians"], ["St. George's", "Saint George's"]),
    "GT": ("Q774", "Guatemala", [], ["Guatemalan", "Guatemalans"], ["Guatemala City"]),
    "GN": ("Q1006", "Guinea", ["Guinea-Conakry"], ["Guinean", "Guineans"], ["Conakry"]),
    "GW": ("Q1007", "Guinea-Bissau", ["Guinea Bissau"], ["Bissau-Guinean", "Bissau-Guineans"], ["Bissau"]),
    "GY": ("Q734", "Guyana", [], ["Guyanese"], ["Georgetown"]),
    "HT": ("Q790", "Haiti", [], ["Haitian", "Haitians"], ["Port-au-Prince"]),
    "HN": ("Q783", "Honduras", [], ["Honduran", "Hondurans"], ["Tegucigalpa"]),
    "HU": ("Q28", "Hungary", [], ["Hungarian", "Hungarians"], ["Budapest"]),
    "IS": ("Q189", "Iceland", [], ["Icelandic", "Icelander", "Icelanders"], ["Reykjavík", "Reykjavik"]),
    "IN": ("Q668", "India", ["Republic of India", "Bharat"], ["Indian", "Indians"], ["New Delhi"]),
    "ID": ("Q252", "Indonesia", ["Republic of Indonesia"], ["Indonesian", "Indonesians"], ["Jakarta"]),
    "IR": ("Q794", "Iran", ["Islamic Republic of Iran", "Islamic Republic"], ["Iranian", "Iranians"], ["Tehran"]),
    "IQ": ("Q796", "Iraq", ["Republic of Iraq"], ["Iraqi", "Iraqis"], ["Baghdad"]),
    "IE": ("Q27", "Ireland", ["Republic of Ireland", "Éire", "Eire"], ["Irish"], ["Dublin"]),
    "IL": ("Q801", "Israel", ["State of Israel", "Jewish state"], ["Israeli", "Israelis"], ["Jerusalem"]),
    "IT": ("Q38", "Italy", ["Italian Republic"], ["Italian", "Italians"], ["Rome"]),
    "JM": ("Q766", "Jamaica", [], ["Jamaican", "Jamaicans"], ["Kingston"]),
    "JP": ("Q17", "Japan", [], ["Japanese"], ["Tokyo"]),
    "JO": ("Q810", "Jordan", ["Hashemite Kingdom of Jordan"], ["Jordanian", "Jordanians"], ["Amman"]),
    "KZ": ("Q232", "Kazakhstan", [], ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"], ["Astana"]),
    "KE": ("Q114", "Kenya", [], ["Kenyan", "Kenyans"], ["Nairobi"]),
    "KI": ("Q710", "Kiribati", [], ["I-Kiribati"], ["Tarawa", "South Tarawa"]),
    "KP": ("Q423", "North Korea", ["DPRK", "D.P.R.K.", "N. Korea", "N.Korea"], ["North Korean", "North Koreans"], ["Pyongyang"]),
    "KR": ("Q884", "South Korea", ["Republic of Korea", "ROK", "S. Korea", "S.Korea"], ["South Korean", "South Koreans"], ["Seoul"]),
    "XK": ("Q1246", "Kosovo", ["Republic of Kosovo"], ["Kosovar", "Kosovars", "Kosovan", "Kosovans"], ["Pristina", "Prishtina"]),
    "KW": ("Q817", "Kuwait", ["State of Kuwait"], ["Kuwaiti", "Kuwaitis"], ["Kuwait City"]),
    "KG": ("Q813", "Kyrgyzstan", ["Kyrgyz Republic"], ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"], ["Bishkek"]),
    "LA": ("Q819", "Laos", ["Lao PDR"], ["Laotian", "Laotians", "Lao"], ["Vientiane"]),
    "LV": ("Q211", "Latvia", [], ["Latvian", "Latvians"], ["Riga"]),
    "LB": ("Q822", "Lebanon", ["Lebanese Republic"], ["Lebanese"], ["Beirut"]),
    "LS": ("Q1013", "Lesotho", [], ["Basotho", "Mosotho"], ["Maseru"]),
    "LR": ("Q1014", "Liberia", [], ["Liberian", "Liberians"], ["Monrovia"]),
    "LY": ("Q1016", "Libya", ["State of Libya"], ["Libyan", "Libyans"], ["Tripoli"]),
    "LI": ("Q347", "Liechtenstein", ["Principality of Liechtenstein"], ["Liechtensteiner", "Liechtensteiners"], ["Vaduz"]),
    "LT": ("Q37", "Lithuania", [], ["Lithuanian", "Lithuanians"], ["Vilnius"]),
    "LU": ("Q32", "Luxembourg", ["Grand Duchy of Luxembourg"], ["Luxembourgish", "Luxembourger", "Luxembourgers"], []),
    "MG": ("Q1019", "Madagascar", [], ["Malagasy"], ["Antananarivo"]),
    "MW": ("Q1020", "Malawi", [], ["Malawian", "Malawians"], ["Lilongwe"]),
    "MY": ("Q833", "Malaysia", [], ["Malaysian", "Malaysians"], ["Kuala Lumpur", "Putrajaya"]),
    "MV": ("Q826", "Maldives", ["The Maldives"], ["Maldivian", "Maldivians"], ["Malé"]),
    "ML": ("Q912", "Mali", [], ["Malian", "Malians"], ["Bamako"]),
    "MT": ("Q233", "Malta", [], ["Maltese"], ["Valletta"]),
    "MH": ("Q709", "Marshall Islands", [], ["Marshallese"], ["Majuro"]),
    "MR": ("Q1025", "Mauritania", [], ["Mauritanian", "Mauritanians"], ["Nouakchott"]),
    "MU": ("Q1027", "Mauritius", [], ["Mauritian", "Mauritians"], ["Port Louis"]),
    "MX": ("Q96", "Mexico", ["United Mexican States"], ["Mexican", "Mexicans"], ["Mexico City"]),
    "FM": ("Q702", "Micronesia", [], ["Micronesian", "Micronesians"], ["Palikir"]),
    "MD": ("Q217", "Moldova", [], ["Moldovan", "Moldovans"], ["Chișinău", "Chisinau"]),
    "MC": ("Q235", "Monaco", ["Principality of Monaco"], ["Monegasque", "Monégasque"], []),
    "MN": ("Q711", "Mongolia", [], ["Mongolian", "Mongolians"], ["Ulaanbaatar", "Ulan Bator"]),
    "ME": ("Q236", "Montenegro", [], ["Montenegrin", "Montenegrins"], ["Podgorica"]),
    "MA": ("Q1028", "Morocco", ["Kingdom of Morocco"], ["Moroccan", "Moroccans"], ["Rabat"]),
    "MZ": ("Q1029", "Mozambique", [], ["Mozambican", "Mozambicans"], ["Maputo"]),
    "MM": ("Q836", "Myanmar", ["Burma"], ["Burmese"], ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"]),
    "NA": ("Q1030", "Namibia", [], ["Namibian", "Namibians"], ["Windhoek"]),
    "NR": ("Q697", "Nauru", [], ["Nauruan", "Nauruans"], ["Yaren"]),
    "NP": ("Q837", "Nepal", [], ["Nepali", "Nepalis", "Nepalese"], ["Kathmandu"]),
    "NL": ("Q55", "Netherlands", ["The Netherlands", "Holland"], ["Dutch"], ["Amsterdam", "The Hague"]),
    "NZ": ("Q664", "New Zealand", ["NZ"], ["New Zealander", "New Zealanders"], ["Wellington"]),
    "NI": ("Q811", "Nicaragua", [], ["Nicaraguan", "Nicaraguans"], ["Managua"]),
    "NE": ("Q1032", "Niger", [], ["Nigerien", "Nigeriens"], ["Niamey"]),
    "NG": ("Q1033", "Nigeria", ["Federal Republic of Nigeria"], ["Nigerian", "Nigerians"], ["Abuja"]),
    "MK": ("Q221", "North Macedonia", ["Macedonia"], ["Macedonian", "Macedonians"], ["Skopje"]),
    "NO": ("Q20", "Norway", [], ["Norwegian", "Norwegians"], ["Oslo"]),
    "OM": ("Q842", "Oman", ["Sultanate of Oman"], ["Omani", "Omanis"], ["Muscat"]),
    "PK": ("Q843", "Pakistan", ["Islamic Republic of Pakistan"], ["Pakistani", "Pakistanis"], ["Islamabad"]),
    "PW": ("Q695", "Palau", [], ["Palauan", "Palauans"], ["Ngerulmud"]),
    "PS": ("Q219060", "Palestine", ["State of Palestine", "Palestinian territories", "Occupied Palestinian Territories", "occupied Palestinian territory"], ["Palestinian", "Palestinians"], ["Ramallah", "East Jerusalem"]),
    "PA": ("Q804", "Panama", [], ["Panamanian", "Panamanians"], ["Panama City"]),
    "PG": ("Q691", "Papua New Guinea", ["PNG"], ["Papua New Guinean", "Papua New Guineans"], ["Port Moresby"]),
    "PY": ("Q733", "Paraguay", [], ["Paraguayan", "Paraguayans"], ["Asunción", "Asuncion"]),
    "PE": ("Q419", "Peru", [], ["Peruvian", "Peruvians"], ["Lima"]),
    "PH": ("Q928", "Philippines", ["The Philippines", "Republic of the Philippines"], ["Filipino", "Filipinos", "Filipina", "Philippine"], ["Manila"]),
    "PL": ("Q36", "Poland", [], ["Polish", "Poles"], ["Warsaw"]),
    "PT": ("Q45", "Portugal", [], ["Portuguese"], ["Lisbon"]),
    "QA": ("Q846", "Qatar", [], ["Qatari", "Qataris"], ["Doha"]),
    "RO": ("Q218", "Romania", [], ["Romanian", "Romanians"], ["Bucharest"]),
    "RU": ("Q159", "Russia", ["Russian Federation"], ["Russian", "Russians"], ["Moscow"]),
    "RW": ("Q1037", "Rwanda", [], ["Rwandan", "Rwandans"], ["Kigali"]),
    "KN": ("Q763", "Saint Kitts and Nevis", ["St. Kitts and Nevis", "St Kitts and Nevis"], ["Kittitian", "Nevisian"], ["Basseterre"]),
    "LC": ("Q760", "Saint Lucia", ["St. Lucia", "St Lucia"], ["Saint Lucian", "Saint Lucians"], ["Castries"]),
    "VC": ("Q757", "Saint Vincent and the Grenadines", ["St. Vincent and the Grenadines", "St Vincent and the Grenadines"], ["Vincentian", "Vincentians"], ["Kingstown"]),
    "WS": ("Q683", "Samoa", [], ["Samoan", "Samoans"], ["Apia"]),
    "SM": ("Q238", "San Marino", [], ["Sammarinese"], []),
    "ST": ("Q1039", "São Tomé and Príncipe", ["Sao Tome and Principe"], ["Santomean", "Santomeans"], ["São Tomé", "Sao Tome"]),
    "SA": ("Q851", "Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA"], ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"], ["Riyadh"]),
    "SN": ("Q1041", "Senegal", [], ["Senegalese"], ["Dakar"]),
    # the Federal Republic of Yugoslavia (1992-2003) of the 1990s news, whose successor Serbia is
    # (as Zaire is an alias of DR Congo and Burma of Myanmar); not the demonym "Yugoslav", which
    # also names the other former republics ("the former Yugoslav republic of Macedonia")
    "RS": ("Q403", "Serbia", ["Yugoslavia", "Federal Republic of Yugoslavia", "FR Yugoslavia"],
           ["Serbian", "Serbians", "Serb", "Serbs"], ["Belgrade"]),
    "SC": ("Q1042", "Seychelles", [], ["Seychellois"], []),
    "SL": ("Q1044", "Sierra Leone", [], ["Sierra Leonean", "Sierra Leoneans"], ["Freetown"]),
    "SG": ("Q334", "Singapore", ["Republic of Singapore"], ["Singaporean", "Singaporeans"], []),
    "SK": ("Q214", "Slovakia", ["Slovak Republic"], ["Slovak", "Slovaks", "Slovakian"], ["Bratislava"]),
    "SI": ("Q215", "Slovenia", [], ["Slovenian", "Slovenians", "Slovene", "Slovenes"], ["Ljubljana"]),
    "SB": ("Q685", "Solomon Islands", ["Solomons"], ["Solomon Islander", "Solomon Islanders"], ["Honiara"]),
    "SO": ("Q1045", "Somalia", [], ["Somali", "Somalis"], ["Mogadishu"]),
    "ZA": ("Q258", "South Africa", ["Republic of South Africa"], ["South African", "South Africans"], ["Pretoria", "Cape Town", "Bloemfontein"]),
    "SS": ("Q958", "South Sudan", [], ["South Sudanese"], ["Juba"]),
    "ES": ("Q29", "Spain", ["Kingdom of Spain"], ["Spanish", "Spaniard", "Spaniards"], ["Madrid"]),
    "LK": ("Q854", "Sri Lanka", [], ["Sri Lankan", "Sri Lankans"], ["Sri Jayawardenepura Kotte", "Colombo"]),
    "SD": ("Q1049", "Sudan", [], ["Sudanese"], ["Khartoum"]),
    "SR": ("Q730", "Suriname", ["Surinam"], ["Surinamese"], ["Paramaribo"]),
    "SE": ("Q34", "Sweden", [], ["Swedish", "Swede", "Swedes"], ["Stockholm"]),
    "CH": ("Q39", "Switzerland", ["Swiss Confederation"], ["Swiss"], ["Bern", "Berne"]),
    "SY": ("Q858", "Syria", [], ["Syrian", "Syrians"], ["Damascus"]),
    "TW": ("Q865", "Taiwan", ["Republic of China", "ROC", "Chinese Taipei"], ["Taiwanese"], ["Taipei"]),
    "TJ": ("Q863", "Tajikistan", [], ["Tajik", "Tajiks", "Tajikistani"], ["Dushanbe"]),
    "TZ": ("Q924", "Tanzania", [], ["Tanzanian", "Tanzanians"], ["Dodoma"]),
    "TH": ("Q869", "Thailand", ["Kingdom of Thailand"], ["Thai", "Thais"], ["Bangkok"]),
    "TL": ("Q574", "East Timor", ["Timor-Leste", "Timor Leste"], ["Timorese", "East Timorese"], ["Dili"]),
    "TG": ("Q945", "Togo", [], ["Togolese"], ["Lomé", "Lome"]),
    "TO": ("Q678", "Tonga", [], ["Tongan", "Tongans"], ["Nukuʻalofa", "Nuku'alofa"]),
    "TT": ("Q754", "Trinidad and Tobago", ["Trinidad & Tobago", "Trinidad"], ["Trinidadian", "Trinidadians", "Tobagonian"], ["Port of Spain", "Port-of-Spain"]),
    "TN": ("Q948", "Tunisia", [], ["Tunisian", "Tunisians"], ["Tunis"]),
    "TR": ("Q43", "Turkey", ["Türkiye", "Turkiye"], ["Turkish", "Turk", "Turks"], ["Ankara"]),
    "TM": ("Q874", "Turkmenistan", [], ["Turkmen", "Turkmens"], ["Ashgabat"]),
    "TV": ("Q672", "Tuvalu", [], ["Tuvaluan", "Tuvaluans"], ["Funafuti"]),
    "UG": ("Q1036", "Uganda", [], ["Ugandan", "Ugandans"], ["Kampala"]),
    "UA": ("Q212", "Ukraine", [], ["Ukrainian", "Ukrainians"], ["Kyiv", "Kiev"]),
    "AE": ("Q878", "United Arab Emirates", ["UAE", "U.A.E."], ["Emirati", "Emiratis"], ["Abu Dhabi"]),
    "GB": ("Q145", "United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"], ["British", "Briton", "Britons", "Brit", "Brits"], ["London"]),
    "US": ("Q30", "United States", ["U.S.", "US", "USA", "U.S.A.", "United States of America", "America"], ["American", "Americans"], ["Washington", "Washington, D.C.", "Washington D.C.", "Washington, DC", "Washington DC"]),
    "UY": ("Q77", "Uruguay", ["Oriental Republic of Uruguay"], ["Uruguayan", "Uruguayans"], ["Montevideo"]),
    "UZ": ("Q265", "Uzbekistan", [], ["Uzbek", "Uzbeks", "Uzbekistani"], ["Tashkent"]),
    "VU": ("Q686", "Vanuatu", [], ["Ni-Vanuatu"], ["Port Vila"]),
    "VA": ("Q237", "Vatican City", ["Holy See", "Vatican", "Vatican City State"], [], []),
    "VE": ("Q717", "Venezuela", [], ["Venezuelan", "Venezuelans"], ["Caracas"]),
    "VN": ("Q881", "Vietnam", ["Viet Nam"], ["Vietnamese"], ["Hanoi"]),
    "YE": ("Q805", "Yemen", ["Republic of Yemen"], ["Yemeni", "Yemenis"], ["Sanaa", "Sana'a"]),
    "ZM": ("Q953", "Zambia", [], ["Zambian", "Zambians"], ["Lusaka"]),
    "ZW": ("Q954", "Zimbabwe", [], ["Zimbabwean", "Zimbabweans"], ["Harare"]),
}

# States that are not in pycountry (user-assigned ISO code).
EXTRA_CODES = {"XK": ("XKX", "Kosovo", "Republic of Kosovo")}

# ISO-derived forms that are ambiguous or politically loaded in news text and are
# therefore not added automatically as aliases.
SKIP_ISO_ALIASES = {"Congo", "Taiwan, Province of China"}


def natural(name):
    """ISO name forms without inverted order ('Iran, Islamic Republic of') or notes in parentheses."""
    if not name:
        return None
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if "," in name or "(" in name:
        return None
    return name


def build_rows():
    rows = []
    for a2, (qid, name, aliases, demonyms, capitals) in TABLE.items():
        if a2 in EXTRA_CODES:
            a3, iso_name, iso_official = EXTRA_CODES[a2]
            iso_forms = [iso_name, iso_official]
        else:
            rec = pycountry.countries.get(alpha_2=a2)
            if rec is None:
                raise SystemExit(f"pycountry has no alpha_2 {a2}")
            a3 = rec.alpha_3
            iso_forms = [getattr(rec, "common_name", None), rec.name, getattr(rec, "official_name", None)]
        extra = []
        for form in iso_forms:
            nat = natural(form)
            if nat and nat not in SKIP_ISO_ALIASES or (nat == "Congo" and a2 == "CG"):
                extra.append(nat)
        alias_cell = join_multi(list(aliases) + extra, exclude={name})
        dem_cell = join_multi(demonyms)
        cap_cell = join_multi(capitals, exclude={name})
        rows.append((a2, a3, qid, name, alias_cell, dem_cell, cap_cell))
    rows.sort(key=lambda r: r[0])
    return rows


def check(rows):
    assert len(rows) == 197, len(rows)
    a2s = [r[0] for r in rows]
    a3s = [r[1] for r in rows]
    assert len(set(a2s)) == len(a2s) and len(set(a3s)) == len(a3s)
    # every surface form (name/alias/demonym) must map to a single country
    owner = {}
    for r in rows:
        for col in (3, 4, 5):
            for form in filter(None, r[col].split("|")):
                prev = owner.setdefault(form, r[0])
                assert prev == r[0], f"{form!r} used by {prev} and {r[0]}"


def main():
    rows = build_rows()
    check(rows)
    comments = [
        "countries.tsv - sovereign states for newsgraph: the 193 UN member states, the 2 UN observer states",
        "(Palestine, Holy See/Vatican City), Kosovo and Taiwan (197 rows). Generated by scripts/gen_data/countries.py; do not edit by hand.",
        "Sources: ISO 3166-1 codes and ISO names from the PyPI package pycountry (LGPL-2.1, data from Debian iso-codes);",
        "Kosovo uses the user-assigned code XK/XKX. Wikidata QIDs (Wikidata data is CC0) and all names, aliases, demonyms",
        "and capitals are hand-curated in the generator script. Netherlands uses Q55 (the item of the 'Netherlands' article),",
        "not Q29999 (Kingdom of the Netherlands).",
        "Columns: alpha2 = ISO 3166-1 alpha-2; alpha3 = ISO 3166-1 alpha-3; qid = Wikidata item of the country;",
        "name = common English short name used in news; aliases = other names (abbreviations, formal/ISO names, alternate names);",
        "demonyms = adjectival and nationality forms (singular and plural); capitals = capital city names, incl. forms used as",
        "metonyms for the government. Multi-valued cells are separated by '|'; an empty cell is an empty string.",
        "Rows are sorted by alpha2. Every name/alias/demonym string is unique across rows.",
    ]
    header = ["alpha2", "alpha3", "qid", "name", "aliases", "demonyms", "capitals"]
    path = write_tsv("countries.tsv", comments, header, rows)
    print(f"wrote {path}: {len(rows)} rows")


if __name__ == "__main__":
    main()
