"""The words claimcheck reads numbers with: small tables, kept apart from the regexes.

Every table maps a lower-case surface form to what it means. The extractor
builds its patterns from these keys, so adding a currency or a unit is one line.
"""

from __future__ import annotations

SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "grand": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "bil": 1e9,
    "trillion": 1e12, "tn": 1e12, "tr": 1e12, "trn": 1e12, "tln": 1e12, "t": 1e12, "mm": 1e6, "dozen": 12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Short scale forms read as scales only when glued to the number or after a currency ("$5m", "EUR 5m").
SHORT_SCALES = {"k", "m", "b", "t", "mm", "mn", "bn", "tn", "tr", "trn", "tln", "mln", "bln", "mil", "bil"}
# Short scales no unit or word shares, read even when spaced from the number: "10 bln", "5 mn".
SPACED_SHORT_SCALES = {"mn", "bn", "tn", "trn", "tln", "mln", "bln"}

UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
MAGNITUDE_WORDS: dict[str, float] = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
DOZEN_WORDS: dict[str, int] = {"dozen": 12, "score": 20}
# Plurals that give an order of magnitude only: "thousands of tests" is at least 1,000.
VAGUE_PLURALS: dict[str, float] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    "trillions": 1e12, "tens": 10,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15,
    "twentieth": 20,
}
# "third-largest", "second-best": a rank among peers.
SUPERLATIVES = (
    "largest", "biggest", "best", "worst", "highest", "lowest", "most", "least", "richest",
    "poorest", "busiest", "fastest", "slowest", "oldest", "youngest", "strongest", "weakest",
    "greatest", "smallest", "longest", "deadliest", "top", "place", "ranked", "populous",
)

# Denominators of spoken fractions: "a third", "two-thirds", "three quarters".
FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}

MULTIPLIER_VERBS: dict[str, float] = {
    "doubled": 2, "doubling": 2, "doubles": 2, "double": 2,
    "tripled": 3, "tripling": 3, "triples": 3, "triple": 3, "trebled": 3,
    "quadrupled": 4, "quadrupling": 4, "quadruples": 4,
    "halved": 0.5, "halving": 0.5, "halves": 0.5,
}
# "threefold", "tenfold", "a hundredfold": a number word glued to -fold is a multiplier.
MULTIPLIER_VERBS.update({f"{word}fold": n for word, n in {**UNITS_WORDS, **TENS_WORDS}.items() if n > 1})
MULTIPLIER_VERBS.update({"hundredfold": 100, "thousandfold": 1000, "millionfold": 1e6})
# "twice the size", "nearly twice that": a multiplier only before what it multiplies; "met twice", "twice a
# week" count occasions.
MULTIPLIER_ADVERBS: dict[str, float] = {"twice": 2, "thrice": 3}

# Currency: signs written before the number ("$", "US$", "$US", "HK$"), case as written.
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "$US": "USD", "USD$": "USD",
    "A$": "AUD", "AU$": "AUD", "$A": "AUD", "$AU": "AUD", "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "$C": "CAD",
    "HK$": "HKD", "NZ$": "NZD", "$NZ": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "Mex$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₪": "ILS", "₺": "TRY",
    "₱": "PHP", "฿": "THB", "₫": "VND", "₦": "NGN", "₴": "UAH", "₸": "KZT", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "₮": "MNT",
    # the dollars of smaller economies as their own press writes them
    "J$": "JMD", "TT$": "TTD", "EC$": "XCD", "Bds$": "BBD", "BDS$": "BBD", "BBD$": "BBD", "B$": "BSD",
    "BZ$": "BZD", "G$": "GYD", "GY$": "GYD", "CI$": "KYD", "FJ$": "FJD", "F$": "FJD", "N$": "NAD", "L$": "LRD",
    "LD$": "LRD", "SI$": "SBD", "SBD$": "SBD", "WS$": "WST", "T$": "TOP", "BD$": "BMD", "Z$": "ZWL", "BN$": "BND",
}
# Signs also written after the number, in European style: "1.200 €", "1,200€".
CURRENCY_SIGNS_AFTER = ("€", "£", "¥", "₹", "₩", "₽", "₪", "₺", "₱", "฿", "₫", "₦", "₴", "₸", "₡", "₾", "₭", "₮", "$")
# Signs only written after the number: "100元", "500円".
CURRENCY_SIGNS_ONLY_AFTER: dict[str, str] = {"元": "CNY", "円": "JPY"}
# Words and codes written before the number that are not ISO codes: "Rs 500", "RM23.50".
CURRENCY_CODES_BEFORE: dict[str, str] = {
    "Rs": "INR", "Rs.": "INR", "RMB": "CNY", "RM": "MYR", "SFr": "CHF", "Dh": "AED", "Dhs": "AED",
    "KSh": "KES", "Ksh": "KES", "Kshs": "KES", "Rp": "IDR", "Tk": "BDT", "QR": "QAR", "E£": "EGP", "GH₵": "GHS",
    "GH¢": "GHS",  # the cent sign often stands in for the cedi sign
    "USh": "UGX", "TSh": "TZS", "MK": "MWK", "Rf": "MVR", "VT": "VUV", "SR": "SAR", "SRs": "SCR", "Nu": "BTN",
}
# Signs as ASCII transliteration (unidecode, many wire feeds) leaves them: "£2.7m" becomes "PS2.7m" and
# "¥590 billion" "Y=590 billion". "PS" is money only before an amount no model name has ("PS21,700",
# "PS2.7m", "PS8.1bn"; not the console "PS5").
TRANSLITERATED_SIGNS: dict[str, str] = {"PS": "GBP", "Y=": "JPY"}
# Letters written as a currency's sign, read only before an amount written as money ("R38.6 billion",
# "R61.20", "R1,500"; not the "R2" of a name or a model).
# "Sh" is the East African shillings' sign ("Sh3,400 a bag", "Sh4.9 billion"): Kenya's unless the article names
# another shilling's country more.
# "N" is the naira's sign where the naira's own cannot be typed ("N142.6 billion", "N38.50 a share"): read where
# the article names Nigeria, a word of money stands by it, or the sign has already been read as money.
LETTER_SIGNS: dict[str, str] = {"R": "ZAR", "PS": "GBP", "Y=": "JPY", "Kč": "CZK", "zł": "PLN", "Ft": "HUF",
                                "Sh": "KES", "N": "NGN", "P": "PHP", "K": "ZMW", "D": "GMD", "Le": "SLE", "M": "LSL",
                                "E": "SZL"}
# Single letters a country's own press writes as its currency's sign ("N612.4 billion" naira, "P1.5 million"
# pesos, "K350" kwacha), with the other currencies the same letter stands for, chosen by the country named.
# Such a letter is money only before a money-shaped amount (a scale word, thousands grouped, two decimals) or
# where the article names the country or has already used the sign: "N95 masks", "P45 form", "K2" stay names.
LOCAL_LETTER_SIGNS: dict[str, tuple[str, ...]] = {
    "R": ("ZAR",), "Sh": ("KES", "UGX", "TZS"), "N": ("NGN",), "P": ("PHP", "BWP"), "K": ("ZMW", "MWK", "PGK"),
    "D": ("GMD",), "Le": ("SLE",), "M": ("LSL",), "E": ("SZL",),
}
ISO_CODES = frozenset(
    "USD EUR JPY GBP CNY AUD CAD CHF HKD NZD SGD INR KRW RUB BRL ZAR MXN SEK NOK DKK PLN TRY "
    "ILS MYR THB IDR PHP VND NGN PKR AED SAR TWD CZK HUF RON BGN ISK UAH KZT CRC GEL LAK MNT "
    # and the codes the press of smaller economies writes ("BMD 4.2 million", "GMD 2,500"); not TOP, PEN or
    # MAD, which capitals headlines write as words
    "BMD KYD XCD BBD BSD BZD GYD JMD TTD FJD NAD LRD SBD WST VUV MVR SCR GMD SLE SLL LSL SZL MWK ZMW PGK BWP "
    "KES UGX TZS GHS ETB RWF MUR LKR NPR BDT EGP OMR QAR KWD BHD JOD ARS CLP COP ZWL BND XOF XAF".split()
)
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollar": "USD", "u.s. dollars": "USD",
    "american dollars": "USD",
    "australian dollar": "AUD", "australian dollars": "AUD",
    "canadian dollar": "CAD", "canadian dollars": "CAD",
    "hong kong dollar": "HKD", "hong kong dollars": "HKD",
    "new zealand dollar": "NZD", "new zealand dollars": "NZD",
    "singapore dollar": "SGD", "singapore dollars": "SGD",
    "taiwan dollar": "TWD", "taiwan dollars": "TWD", "taiwanese dollars": "TWD",
    "euro": "EUR", "euros": "EUR",
    "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "british pounds": "GBP",
    "yen": "JPY", "japanese yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "rupee": "INR", "rupees": "INR", "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "won": "KRW", "korean won": "KRW",
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
    "real": "BRL", "reais": "BRL", "brazilian reais": "BRL",
    "rand": "ZAR", "naira": "NGN", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND",
    "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS",
    "swiss francs": "CHF", "swiss franc": "CHF", "francs": "CHF",
    "krona": "SEK", "kronor": "SEK", "swedish kronor": "SEK", "swedish crowns": "SEK",
    "danish crowns": "DKK", "norwegian crowns": "NOK", "czech crowns": "CZK",
    "norwegian krone": "NOK", "norwegian kroner": "NOK", "danish krone": "DKK", "danish kroner": "DKK",
    "zloty": "PLN", "zlotys": "PLN", "lira": "TRY", "liras": "TRY", "dirham": "AED", "dirhams": "AED",
    "riyal": "SAR", "riyals": "SAR",
    "mexican pesos": "MXN", "philippine pesos": "PHP", "pesos": "MXN",
    "koruna": "CZK", "forint": "HUF",
    "rmb": "CNY",  # "40 RMB", as Chinese reports write the renminbi after the amount
}
# Currencies named in words, by family: each name (singular and plural forms) with the adjectives that pick one
# country's currency; the "" entry is the reading with no adjective. Names read as money only after a number.
CURRENCY_FAMILIES: dict[tuple[str, ...], dict[str, str]] = {
    ("dollar", "dollars", "dlr", "dlrs"): {"": "USD", "n.z.": "NZD", "aust": "AUD", "can": "CAD", "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD",
                            "canadian": "CAD", "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD",
                            "taiwan": "TWD", "taiwanese": "TWD", "zimbabwean": "ZWL", "namibian": "NAD",
                            "jamaican": "JMD", "liberian": "LRD", "fijian": "FJD", "east caribbean": "XCD",
                            "eastern caribbean": "XCD", "ec": "XCD", "bermuda": "BMD", "bermudian": "BMD",
                            "bahamian": "BSD", "bahamas": "BSD", "barbados": "BBD", "barbadian": "BBD",
                            "belize": "BZD", "belizean": "BZD", "guyana": "GYD", "guyanese": "GYD",
                            "cayman": "KYD", "cayman islands": "KYD", "caymanian": "KYD",
                            "solomon islands": "SBD", "solomon": "SBD", "brunei": "BND",
                            "trinidad and tobago": "TTD", "trinidad": "TTD", "tt": "TTD", "jamaica": "JMD",
                            "fiji": "FJD", "namibia": "NAD", "liberia": "LRD"},
    ("krona", "kronor", "kronur"): {"": "SEK", "swedish": "SEK", "icelandic": "ISK"},
    ("krone", "kroner"): {"": "NOK", "danish": "DKK", "norwegian": "NOK"},
    ("crown", "crowns"): {"": "CZK", "swedish": "SEK", "danish": "DKK", "norwegian": "NOK", "icelandic": "ISK",
                          "czech": "CZK"},
    ("peso", "pesos"): {"": "MXN", "mexican": "MXN", "philippine": "PHP", "argentine": "ARS", "argentinian": "ARS",
                        "chilean": "CLP", "colombian": "COP", "cuban": "CUP", "uruguayan": "UYU", "dominican": "DOP"},
    ("rupee", "rupees"): {"": "INR", "indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR",
                          "nepali": "NPR", "mauritian": "MUR", "seychelles": "SCR", "seychellois": "SCR"},
    ("franc", "francs"): {"": "CHF", "swiss": "CHF", "cfa": "XOF", "west african cfa": "XOF",
                          "central african cfa": "XAF", "congolese": "CDF", "rwandan": "RWF", "guinean": "GNF",
                          "french": "FRF", "belgian": "BEF", "luxembourg": "LUF"},
    ("shilling", "shillings"): {"": "KES", "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"},
    ("dinar", "dinars"): {"": "KWD", "kuwaiti": "KWD", "bahraini": "BHD", "jordanian": "JOD", "iraqi": "IQD",
                          "libyan": "LYD", "tunisian": "TND", "algerian": "DZD", "serbian": "RSD"},
    ("riyal", "riyals", "rial", "rials"): {"": "SAR", "saudi": "SAR", "qatari": "QAR", "omani": "OMR",
                                          "iranian": "IRR", "yemeni": "YER"},
    ("dirham", "dirhams"): {"": "AED", "uae": "AED", "emirati": "AED", "moroccan": "MAD"},
    ("pound", "pounds"): {"egyptian": "EGP", "lebanese": "LBP", "sudanese": "SDG", "syrian": "SYP",
                          "british": "GBP", "sterling": "GBP", "irish": "IEP"},
    ("yen",): {"": "JPY", "japanese": "JPY"},
    ("yuan", "renminbi"): {"": "CNY", "chinese": "CNY"},
    ("won",): {"": "KRW", "korean": "KRW", "south korean": "KRW", "north korean": "KPW"},
    ("rand",): {"": "ZAR", "south african": "ZAR"},
    ("naira",): {"": "NGN", "nigerian": "NGN"},
    ("ringgit",): {"": "MYR", "malaysian": "MYR"},
    ("baht",): {"": "THB", "thai": "THB"},
    ("rupiah",): {"": "IDR", "indonesian": "IDR"},
    ("dong",): {"": "VND", "vietnamese": "VND"},
    ("shekel", "shekels", "new shekels", "new israeli shekels"): {"": "ILS", "israeli": "ILS"},
    ("zloty", "zlotys", "zlotych"): {"": "PLN", "polish": "PLN"},
    ("forint", "forints"): {"": "HUF", "hungarian": "HUF"},
    ("lira", "liras", "lire"): {"": "TRY", "turkish": "TRY", "italian": "ITL"},
    ("ruble", "rubles", "rouble", "roubles"): {"": "RUB", "russian": "RUB", "belarusian": "BYN"},
    ("real", "reais", "reals"): {"": "BRL", "brazilian": "BRL"},
    ("koruna", "korunas"): {"": "CZK", "czech": "CZK"},
    ("leu", "lei"): {"": "RON", "romanian": "RON", "moldovan": "MDL"},
    ("lev", "leva"): {"": "BGN", "bulgarian": "BGN"},
    ("kuna", "kunas"): {"": "HRK", "croatian": "HRK"},
    ("hryvnia", "hryvnias", "hryvnya"): {"": "UAH", "ukrainian": "UAH"},
    ("tenge",): {"": "KZT", "kazakh": "KZT"},
    ("lari",): {"": "GEL", "georgian": "GEL"},
    ("taka",): {"": "BDT", "bangladeshi": "BDT"},
    ("cedi", "cedis"): {"": "GHS", "ghanaian": "GHS"},
    ("birr",): {"": "ETB", "ethiopian": "ETB"},
    ("kwacha",): {"": "ZMW", "zambian": "ZMW", "malawian": "MWK"},
    ("pula",): {"": "BWP"},
    ("dalasi", "dalasis"): {"": "GMD", "gambian": "GMD"},
    ("leone", "leones"): {"": "SLE", "sierra leonean": "SLE"},
    ("kina",): {"": "PGK"},
    ("loti", "maloti"): {"": "LSL"},
    ("lilangeni", "emalangeni"): {"": "SZL"},
    ("rufiyaa",): {"": "MVR", "maldivian": "MVR"},
    ("vatu",): {"": "VUV"},
    ("tala",): {"": "WST", "samoan": "WST"},
    ("pa'anga", "pa’anga", "paanga"): {"": "TOP", "tongan": "TOP"},
    ("kyat", "kyats"): {"": "MMK"},
    ("riel", "riels"): {"": "KHR", "cambodian": "KHR"},
    ("sol", "soles"): {"peruvian": "PEN"},
    ("bolivar", "bolivars", "bolivares"): {"": "VES", "venezuelan": "VES"},
    ("quetzal", "quetzales"): {"": "GTQ"},
    ("euro", "euros"): {"": "EUR"},
    # currencies the euro replaced, still named in archives and histories
    ("mark", "marks"): {"german": "DEM", "deutsche": "DEM", "west german": "DEM", "finnish": "FIM"},
    ("deutschmark", "deutschmarks", "deutschemark", "deutschemarks", "d-mark", "d-marks"): {"": "DEM"},
    ("markka", "markkaa"): {"": "FIM", "finnish": "FIM"},
    ("peseta", "pesetas"): {"": "ESP", "spanish": "ESP"},
    ("guilder", "guilders"): {"": "NLG", "dutch": "NLG"},
    ("escudo", "escudos"): {"": "PTE", "portuguese": "PTE"},
    ("drachma", "drachmas", "drachmae"): {"": "GRD", "greek": "GRD"},
    ("schilling", "schillings"): {"": "ATS", "austrian": "ATS"},
    ("punt", "punts"): {"irish": "IEP"},
    ("afghani", "afghanis"): {"": "AFN"},
    ("manat", "manats"): {"": "AZN", "azerbaijani": "AZN", "turkmen": "TMT"},
    ("tugrik", "tugriks"): {"": "MNT", "mongolian": "MNT"},
}
# Names also common English words: money only after a scale word or a number written as money
# ("5,000 won", "2 billion real"); not "the team won 3-1", "three real problems", "1 sol".
CURRENCY_NAMES_AMBIGUOUS = frozenset({"won", "real", "reals", "rand", "dong", "lira", "sol", "lev", "leu", "lei",
                                      "pula", "crown", "crowns", "franc", "lari", "lire"})
# The adjective-free name of a currency shared by several countries, resolved by the country the article names.
CURRENCY_COUNTRY_CUES: dict[str, tuple[str, ...]] = {
    # the usual readings have cues too, so an article about their country keeps them when another is named once
    "MXN": ("mexico", "mexican", "mexicans", "mexico city", "monterrey", "guadalajara"),
    "INR": ("india", "indian", "indians", "new delhi", "delhi", "mumbai", "bengaluru", "bangalore"),
    "CHF": ("switzerland", "swiss", "zurich", "geneva", "bern"),
    "KES": ("kenya", "kenyan", "kenyans", "nairobi", "mombasa"),
    "SAR": ("saudi", "riyadh", "jeddah"),
    "AED": ("emirates", "uae", "emirati", "dubai", "abu dhabi"),
    "KWD": ("kuwait", "kuwaiti"),
    "NGN": ("nigeria", "nigerian", "nigerians", "lagos", "abuja"),
    "ZAR": ("south africa", "south african", "south africans", "johannesburg", "pretoria", "cape town", "durban"),
    "DKK": ("denmark", "danish", "copenhagen", "dane", "danes"),
    "NOK": ("norway", "norwegian", "oslo", "norwegians"),
    "SEK": ("sweden", "swedish", "stockholm", "swedes"),
    "ISK": ("iceland", "icelandic", "reykjavik"),
    "CZK": ("czech", "prague"),
    "PHP": ("philippines", "philippine", "filipino", "filipinos", "manila"),
    "ARS": ("argentina", "argentine", "buenos aires"),
    "CLP": ("chile", "chilean", "santiago"),
    "COP": ("colombia", "colombian", "bogota"),
    "PKR": ("pakistan", "pakistani", "karachi", "islamabad", "lahore"),
    "LKR": ("sri lanka", "sri lankan", "colombo"),
    "NPR": ("nepal", "nepalese", "kathmandu"),
    "UGX": ("uganda", "ugandan", "kampala"),
    "TZS": ("tanzania", "tanzanian", "dar es salaam"),
    "QAR": ("qatar", "qatari", "doha"),
    "OMR": ("oman", "omani", "muscat"),
    "MAD": ("morocco", "moroccan", "rabat", "casablanca"),
    "XOF": ("senegal", "ivory coast", "mali", "burkina faso", "niger", "benin", "togo"),
    "EGP": ("egypt", "egyptian", "cairo"),
    "JOD": ("jordan", "jordanian", "amman"),
    "BHD": ("bahrain", "bahraini"),
    "MUR": ("mauritius", "mauritian", "mauritians", "port louis"),
    "NGN": ("nigeria", "nigerian", "nigerians", "lagos", "abuja", "kano", "ibadan", "port harcourt"),
    "BWP": ("botswana", "gaborone", "batswana"),
    "ZMW": ("zambia", "zambian", "zambians", "lusaka"),
    "MWK": ("malawi", "malawian", "malawians", "lilongwe", "blantyre"),
    "PGK": ("papua new guinea", "papua", "png", "port moresby", "kina"),
    "GMD": ("gambia", "gambian", "gambians", "banjul"),
    "SLE": ("sierra leone", "sierra leonean", "sierra leoneans", "freetown"),
    "LSL": ("lesotho", "basotho", "maseru"),
    "SZL": ("eswatini", "swaziland", "swazi", "mbabane"),
    "MVR": ("maldives", "maldivian", "maldivians"),
    "SCR": ("seychelles", "seychellois"),
}
# Where a bare "$" is another country's dollar: the country, its people and its main cities and regions. A bare
# sign changes only on clear evidence (see quantities); "dollars" in words keeps its own reading.
DOLLAR_COUNTRY_CUES: dict[str, tuple[str, ...]] = {
    "AUD": ("australia", "australian", "australians", "new south wales", "nsw", "queensland", "tasmania",
            "tasmanian", "western australia", "south australia", "northern territory", "sydney", "melbourne",
            "brisbane", "adelaide", "canberra", "hobart", "darwin", "perth", "gold coast", "geelong", "townsville",
            "wollongong", "asx", "medibank", "centrelink", "bureau of meteorology", "macquarie street",
            "shire council", "shire president", "football netball league", "football netball club"),
    "CAD": ("canada", "canadian", "canadians", "ontario", "quebec", "british columbia", "alberta", "manitoba",
            "saskatchewan", "nova scotia", "new brunswick", "newfoundland", "prince edward island", "toronto",
            "montreal", "vancouver", "ottawa", "calgary", "edmonton", "winnipeg", "halifax", "ont", "b.c"),
    "NZD": ("new zealand", "new zealanders", "auckland", "christchurch", "dunedin", "kiwi", "kiwis", "nz",
            "aotearoa", "wellington", "tauranga", "rotorua", "waikato", "otago", "northland", "bay of plenty",
            "hawke's bay", "palmerston north", "whanganui", "nzx", "kiwisaver", "three waters",
            "overseas investment office", "te whatu ora"),
    "SGD": ("singapore", "singaporean", "singaporeans"),
    "HKD": ("hong kong",),
    "TWD": ("taiwan", "taiwanese", "taipei"),
    "TTD": ("trinidad", "tobago", "port of spain"),
    "JMD": ("jamaica", "jamaican", "jamaicans"),
    "FJD": ("fiji", "fijian", "fijians", "suva"),
    "NAD": ("namibia", "namibian", "namibians", "windhoek"),
    "BBD": ("barbados", "barbadian", "bajan"),
    "BSD": ("bahamas", "bahamian", "nassau"),
    "GYD": ("guyana", "guyanese", "georgetown"),
    "BZD": ("belize", "belizean"),
    "BND": ("brunei",),
    "BMD": ("bermuda", "bermudian", "bermudians"),
    "KYD": ("cayman", "caymanian", "caymanians", "grand cayman"),
    "XCD": ("antigua", "antiguan", "antiguans", "barbuda", "st lucia", "saint lucia", "st. lucia", "lucian",
            "lucians", "grenada", "grenadian", "grenadians", "dominica", "st kitts", "nevis", "kittitian",
            "st vincent", "vincentian", "grenadines", "anguilla", "anguillan", "anguillans", "montserrat",
            "eastern caribbean"),
    "SBD": ("solomon islands", "solomon islanders", "honiara"),
    "LRD": ("liberia", "liberian", "liberians", "monrovia"),
    "WST": ("samoa", "samoan", "samoans", "apia"),
    "TOP": ("tonga", "tongan", "tongans", "nuku'alofa", "nuku’alofa"),
}
# Words of a country's own language its press writes with their marks: a word of Maori letters with a macron
# ("Whakatāne", "Ōtaki Rd") places an article in New Zealand as a town of it does.
DOLLAR_COUNTRY_WORDS: dict[str, str] = {"NZD": r"\b[aehikmnoprtuwg]*[āēīōū][aehikmnoprtuwgāēīōū]*\b"}
# Words that place an article in the United States (matched as written, so "US" is not the pronoun "us").
USD_COUNTRY_CUES = ("U.S.", "US", "USA", "United States", "American", "Americans", "Washington", "New York",
                    "Wall Street", "Congress", "federal")
# Dollars of federations, whose own press writes "federal" of its own government ("the federal count", "the state
# and federal governments"): against them the word is no sign of the United States.
FEDERAL_DOLLARS = frozenset({"AUD", "CAD"})
CURRENCY_NAMES.update({
    " ".join(filter(None, (adjective, name))): code
    for names, adjectives in CURRENCY_FAMILIES.items() for name in names for adjective, code in adjectives.items()
})
# The codes of currencies with the same family name: which one an unqualified name means, by the article's country.
CURRENCY_FAMILY_OF: dict[str, tuple[str, ...]] = {
    name: tuple(sorted(set(adjectives.values()))) for names, adjectives in CURRENCY_FAMILIES.items() for name in names
}
# Minor units: a hundredth of the major one ("88 cents" is 0.88 USD, "45p" 0.45 GBP). None: the currency of the
# article's money before it (cents of rand in a South African report), else the default.
MINOR_UNITS: dict[str, tuple[str | None, str]] = {
    "cent": (None, "USD"), "cents": (None, "USD"), "us cents": ("USD", "USD"), "u.s. cents": ("USD", "USD"),
    "us cent": ("USD", "USD"), "c": (None, "USD"), "euro cents": ("EUR", "EUR"),
    "euro cent": ("EUR", "EUR"), "eurocents": ("EUR", "EUR"), "pence": ("GBP", "GBP"), "penny": ("GBP", "GBP"),
    "pennies": ("GBP", "GBP"), "p": ("GBP", "GBP"), "kopecks": ("RUB", "RUB"), "kopeks": ("RUB", "RUB"),
    "paise": ("INR", "INR"), "centavos": (None, "MXN"), "centimes": (None, "CHF"), "rappen": ("CHF", "CHF"),
    "ore": (None, "SEK"), "öre": ("SEK", "SEK"), "øre": (None, "DKK"), "fils": (None, "AED"),
    "halalas": ("SAR", "SAR"), "kurus": ("TRY", "TRY"), "agorot": ("ILS", "ILS"), "sen": ("MYR", "MYR"),
    "satang": ("THB", "THB"), "kobo": ("NGN", "NGN"), "grosz": ("PLN", "PLN"), "groszy": ("PLN", "PLN"),
}
# Currencies with no minor unit in use: cents never belong to them.
NO_MINOR_UNIT = frozenset({"JPY", "KRW", "VND", "IDR", "ISK", "CLP", "UGX", "XOF", "XAF", "HUF", "KPW", "IRR"})
BASIS_POINT_WORDS = ("basis points", "basis point", "bps", "bp")

# Physical units: surface form -> pint's canonical unit name. Longest surface forms win.
UNITS: dict[str, str] = {
    "mile": "mile", "miles": "mile", "mi": "mile",
    "kilometer": "kilometer", "kilometers": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer",
    "km": "kilometer", "kms": "kilometer",
    "meter": "meter", "meters": "meter", "metre": "meter", "metres": "meter", "m": "meter",
    "centimeter": "centimeter", "centimeters": "centimeter", "centimetre": "centimeter",
    "centimetres": "centimeter", "cm": "centimeter",
    "millimeter": "millimeter", "millimeters": "millimeter", "millimetre": "millimeter",
    "millimetres": "millimeter", "mm": "millimeter",
    "micrometer": "micrometer", "micrometers": "micrometer", "micron": "micrometer", "microns": "micrometer",
    "μm": "micrometer", "µm": "micrometer",
    "nanometer": "nanometer", "nanometers": "nanometer", "nm": "nanometer",
    "foot": "foot", "feet": "foot", "ft": "foot",
    "inch": "inch", "inches": "inch", "″": "inch",
    "yard": "yard", "yards": "yard", "yd": "yard",
    "nautical miles": "nautical_mile", "nautical mile": "nautical_mile",
    "light-years": "light_year", "light years": "light_year", "light-year": "light_year",
    "kilogram": "kilogram", "kilograms": "kilogram", "kg": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "gram": "gram", "grams": "gram", "g": "gram", "gramme": "gram", "grammes": "gram",
    "milligram": "milligram", "milligrams": "milligram", "milligramme": "milligram", "milligrammes": "milligram",
    "mg": "milligram", "microgram": "microgram", "micrograms": "microgram", "microgramme": "microgram",
    "microgrammes": "microgram", "μg": "microgram", "µg": "microgram", "mcg": "microgram",
    "kilogramme": "kilogram", "kilogrammes": "kilogram",
    "pound": "pound", "pounds": "pound", "lb": "pound", "lbs": "pound", "stone": "stone", "st": "stone",
    "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    "fluid ounce": "fluid_ounce", "fluid ounces": "fluid_ounce", "fl oz": "fluid_ounce", "fl. oz": "fluid_ounce",
    "ton": "ton", "tons": "ton", "short tons": "short_ton",
    "tonne": "metric_ton", "tonnes": "metric_ton", "metric ton": "metric_ton", "metric tons": "metric_ton",
    "gigatons": "gigaton", "gigatonnes": "gigaton", "megatons": "megaton",
    "liter": "liter", "liters": "liter", "litre": "liter", "litres": "liter",
    "milliliter": "milliliter", "milliliters": "milliliter", "ml": "milliliter", "millilitres": "milliliter",
    "megaliter": "megaliter", "megalitre": "megaliter", "gigaliter": "gigaliter", "gigaliters": "gigaliter",
    "gigalitre": "gigaliter",
    "kiloliter": "kiloliter", "kiloliters": "kiloliter", "kilolitre": "kiloliter", "kilolitres": "kiloliter",
    "gallon": "gallon", "gallons": "gallon", "gal": "gallon",
    "barrel": "barrel", "barrels": "barrel", "bbl": "barrel",
    "bpd": "barrel_per_day", "b/d": "barrel_per_day", "bbl/d": "barrel_per_day", "boe/d": "barrel_per_day",
    "cubic feet": "cubic_foot", "cubic meters": "cubic_meter", "cubic metres": "cubic_meter",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
    "square miles": "square_mile", "square mile": "square_mile", "sq mi": "square_mile",
    "square kilometers": "square_kilometer", "square kilometres": "square_kilometer", "sq km": "square_kilometer",
    "km2": "square_kilometer", "km²": "square_kilometer",
    "square meters": "square_meter", "square metres": "square_meter", "sq m": "square_meter",
    "m2": "square_meter", "m²": "square_meter",
    "square feet": "square_foot", "square foot": "square_foot", "sq ft": "square_foot",
    "mph": "mile_per_hour", "miles per hour": "mile_per_hour", "miles an hour": "mile_per_hour",
    "km/h": "kilometer_per_hour", "km/hr": "kilometer_per_hour", "kph": "kilometer_per_hour", "kmh": "kilometer_per_hour",
    "kilometers per hour": "kilometer_per_hour", "kilometres per hour": "kilometer_per_hour",
    "kilometres an hour": "kilometer_per_hour", "kilometers an hour": "kilometer_per_hour",
    "meters per second": "meter_per_second", "metres per second": "meter_per_second", "m/s": "meter_per_second",
    "knots": "knot", "knot": "knot",
    "mpg": "mile_per_gallon", "miles per gallon": "mile_per_gallon",
    "degrees celsius": "degree_Celsius", "degree celsius": "degree_Celsius", "°c": "degree_Celsius",
    "celsius": "degree_Celsius", "degrees c": "degree_Celsius", "c": "degree_Celsius",
    "degrees fahrenheit": "degree_Fahrenheit", "degree fahrenheit": "degree_Fahrenheit",
    "°f": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit", "degrees f": "degree_Fahrenheit",
    "f": "degree_Fahrenheit",
    "celcius": "degree_Celsius", "centigrade": "degree_Celsius", "degrees centigrade": "degree_Celsius",
    "degrees celcius": "degree_Celsius", "deg c": "degree_Celsius", "deg celsius": "degree_Celsius",
    "deg fahrenheit": "degree_Fahrenheit", "farenheit": "degree_Fahrenheit",
    "degrees farenheit": "degree_Fahrenheit", "deg f": "degree_Fahrenheit", "deg": "degree",
    "° celsius": "degree_Celsius", "° c": "degree_Celsius", "° fahrenheit": "degree_Fahrenheit",
    "° f": "degree_Fahrenheit",
    "degrees": "degree", "degree": "degree", "°": "degree",
    "watt": "watt", "watts": "watt", "w": "watt",
    "kilowatt": "kilowatt", "kilowatts": "kilowatt", "kw": "kilowatt",
    "megawatt": "megawatt", "megawatts": "megawatt", "mw": "megawatt",
    "gigawatt": "gigawatt", "gigawatts": "gigawatt", "gw": "gigawatt",
    # a solar array's power at its peak, as its makers rate it: "a 62 MWp farm", "340 megawatt-peak"
    "kwp": "kilowatt", "kilowatt-peak": "kilowatt", "kilowatts-peak": "kilowatt", "kilowatts peak": "kilowatt",
    "mwp": "megawatt", "megawatt-peak": "megawatt", "megawatts-peak": "megawatt", "megawatts peak": "megawatt",
    "gwp": "gigawatt", "gigawatt-peak": "gigawatt", "gigawatts-peak": "gigawatt", "gigawatts peak": "gigawatt",
    "watt-hours": "watt_hour", "watt hours": "watt_hour", "wh": "watt_hour",
    "kilowatt-hours": "kilowatt_hour", "kilowatt hours": "kilowatt_hour", "kwh": "kilowatt_hour",
    "megawatt-hours": "megawatt_hour", "megawatt hours": "megawatt_hour", "mwh": "megawatt_hour",
    "gigawatt-hours": "gigawatt_hour", "gigawatt hours": "gigawatt_hour", "gwh": "gigawatt_hour",
    "terawatt-hours": "terawatt_hour", "terawatt hours": "terawatt_hour", "twh": "terawatt_hour",
    "volt": "volt", "volts": "volt", "v": "volt", "kilovolts": "kilovolt", "kv": "kilovolt",
    "milliamp-hours": "milliampere_hour", "mah": "milliampere_hour",
    "horsepower": "horsepower", "hp": "horsepower", "bhp": "horsepower",
    "pound-feet": "foot_pound", "lb-ft": "foot_pound", "foot-pounds": "foot_pound",
    "newton-meters": "newton_meter", "nm of torque": "newton_meter",
    "rpm": "revolutions_per_minute", "revolutions per minute": "revolutions_per_minute",
    "revolutions a minute": "revolutions_per_minute", "revs per minute": "revolutions_per_minute",
    "rotations per minute": "revolutions_per_minute",
    "hertz": "hertz", "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz",
    "megahertz": "megahertz", "gigahertz": "gigahertz",
    "bytes": "byte", "kb": "kilobyte", "kilobytes": "kilobyte", "mb": "megabyte", "megabytes": "megabyte",
    "gb": "gigabyte", "gigabytes": "gigabyte", "tb": "terabyte", "terabytes": "terabyte",
    "petabytes": "petabyte", "pb": "petabyte",
    "mbps": "megabit_per_second", "gbps": "gigabit_per_second",
    "psi": "pound_force_per_square_inch", "ksi": "kilopound_force_per_square_inch",
    "gigapascals": "gigapascal", "gpa": "gigapascal", "kilopascals": "kilopascal", "kpa": "kilopascal",
    "calories": "calorie", "kcal": "kilocalorie", "joules": "joule",
    "decibels": "decibel", "db": "decibel",
    "parts per million": "ppm", "ppm": "ppm", "parts per billion": "ppb", "ppb": "ppb",
    "carats": "carat", "carat": "carat",
}
# Units of the fields news covers, by field, as pint names them (surface form -> pint's canonical name).
UNITS.update({
    # energy and power
    "kilowatt-hour": "kilowatt_hour", "kilowatt hour": "kilowatt_hour", "megawatt-hour": "megawatt_hour",
    "megawatt hour": "megawatt_hour", "gigawatt-hour": "gigawatt_hour", "gigawatt hour": "gigawatt_hour",
    "terawatt-hour": "terawatt_hour", "terawatt hour": "terawatt_hour", "watt-hour": "watt_hour",
    "terawatt": "terawatt", "terawatts": "terawatt", "tw": "terawatt", "milliwatt": "milliwatt", "milliwatts": "milliwatt",
    "kilowatt-peak": "kilowatt", "joule": "joule", "kilojoule": "kilojoule", "kilojoules": "kilojoule", "kj": "kilojoule",
    "megajoule": "megajoule", "megajoules": "megajoule", "mj": "megajoule", "gigajoule": "gigajoule",
    "gigajoules": "gigajoule", "gj": "gigajoule", "terajoules": "terajoule", "petajoules": "petajoule",
    "british thermal units": "british_thermal_unit", "btu": "british_thermal_unit", "btus": "british_thermal_unit",
    "mmbtu": "mmbtu", "million british thermal units": "mmbtu", "million btu": "mmbtu", "million btus": "mmbtu",
    "therm": "therm", "therms": "therm",
    "calorie": "calorie", "kilocalorie": "kilocalorie", "kilocalories": "kilocalorie",
    "electronvolts": "electron_volt", "ev": "electron_volt", "megatonnes": "megaton", "kilotons": "kiloton",
    "kilotonnes": "kiloton", "kilotonne": "kiloton", "kiloton": "kiloton", "megaton": "megaton",
    "gigaton": "gigaton", "gigatonne": "gigaton", "megatonne": "megaton",
    # electricity
    "ampere": "ampere", "amperes": "ampere", "amp": "ampere", "amps": "ampere", "milliamp": "milliampere",
    "milliamps": "milliampere", "milliampere": "milliampere", "milliamperes": "milliampere",
    "milliamp-hour": "milliampere_hour", "milliampere-hours": "milliampere_hour", "milliamp hours": "milliampere_hour",
    "amp-hours": "ampere_hour", "amp hours": "ampere_hour", "ah": "ampere_hour", "kilovolt": "kilovolt",
    "megavolts": "megavolt", "millivolts": "millivolt", "farads": "farad", "ohms": "ohm", "ω": "ohm",
    "kilowatt-hours per year": "kilowatt_hour_per_year",
    # data
    "bit": "bit", "bits": "bit", "kilobits": "kilobit", "megabit": "megabit", "megabits": "megabit",
    "gigabit": "gigabit", "gigabits": "gigabit", "terabits": "terabit", "kbps": "kilobit_per_second",
    "tbps": "terabit_per_second", "mb/s": "megabit_per_second", "mbit/s": "megabit_per_second",
    "gbit/s": "gigabit_per_second", "byte": "byte", "kilobyte": "kilobyte", "megabyte": "megabyte",
    "gigabyte": "gigabyte", "terabyte": "terabyte", "petabyte": "petabyte", "exabytes": "exabyte",
    "zettabytes": "zettabyte", "eb": "exabyte",
    # pressure
    "bar": "bar", "bars": "bar", "millibar": "millibar", "millibars": "millibar", "mbar": "millibar", "mb ": "millibar",
    "hectopascal": "hectopascal", "hectopascals": "hectopascal", "hpa": "hectopascal", "pascal": "pascal",
    "pascals": "pascal", "kilopascal": "kilopascal", "megapascals": "megapascal", "mpa": "megapascal",
    "gigapascal": "gigapascal", "atmospheres": "atmosphere", "atm": "atmosphere",
    "millimetres of mercury": "millimeter_Hg", "millimeters of mercury": "millimeter_Hg", "mmhg": "millimeter_Hg",
    "inches of mercury": "inch_Hg", "pounds per square inch": "pound_force_per_square_inch",
    # speed
    "feet per second": "foot_per_second", "miles per second": "mile_per_second",
    "kilometres per second": "kilometer_per_second", "kilometers per second": "kilometer_per_second",
    "km/s": "kilometer_per_second", "mph.": "mile_per_hour",
    # length
    "astronomical units": "astronomical_unit", "astronomical unit": "astronomical_unit", "parsecs": "parsec",
    "parsec": "parsec", "furlongs": "furlong", "furlong": "furlong", "fathoms": "fathom", "decimetres": "decimeter",
    "light year": "light_year", "kilometer": "kilometer", "centimetre": "centimeter", "millimetre": "millimeter",
    "metre": "meter", "meter": "meter", "yard": "yard", "foot": "foot", "inch": "inch",
    # area
    "square inches": "square_inch", "square inch": "square_inch", "sq in": "square_inch",
    "square yards": "square_yard", "square yard": "square_yard", "sq yd": "square_yard",
    "square centimetres": "square_centimeter", "square centimeters": "square_centimeter", "cm2": "square_centimeter",
    "cm²": "square_centimeter", "square kilometre": "square_kilometer", "square kilometer": "square_kilometer",
    "square metre": "square_meter", "square meter": "square_meter", "sq. ft.": "square_foot", "sq. ft": "square_foot",
    "sqft": "square_foot", "sq. m": "square_meter", "sq. km": "square_kilometer", "sq. miles": "square_mile",
    "square feet of": "square_foot",
    # volume
    "pint": "pint", "pints": "pint", "quart": "quart", "quarts": "quart", "tablespoon": "tablespoon",
    "tablespoons": "tablespoon", "tbsp": "tablespoon", "teaspoon": "teaspoon", "teaspoons": "teaspoon", "tsp": "teaspoon",
    "cubic yards": "cubic_yard", "cubic yard": "cubic_yard", "cubic inches": "cubic_inch", "cubic inch": "cubic_inch",
    "cubic centimetres": "cubic_centimeter", "cubic centimeters": "cubic_centimeter", "cc": "cubic_centimeter",
    "cubic kilometres": "cubic_kilometer", "cubic kilometers": "cubic_kilometer", "km3": "cubic_kilometer",
    "cubic foot": "cubic_foot", "cubic meter": "cubic_meter", "cubic metre": "cubic_meter", "m3": "cubic_meter",
    "m³": "cubic_meter", "centilitres": "centiliter", "centiliters": "centiliter", "cl": "centiliter",
    "decilitres": "deciliter", "hectolitres": "hectoliter", "hectoliters": "hectoliter", "hl": "hectoliter",
    "megalitres": "megaliter", "megaliters": "megaliter", "gigalitres": "gigaliter", "acre-feet": "acre_foot",
    "acre-foot": "acre_foot", "acre feet": "acre_foot", "bushel": "bushel", "bushels": "bushel", "bu": "bushel",
    "litre": "liter", "liter": "liter", "millilitre": "milliliter", "milliliter": "milliliter",
    "gallon": "gallon", "imperial gallons": "imperial_gallon", "us gallons": "gallon",
    # mass
    "troy ounces": "troy_ounce", "troy ounce": "troy_ounce", "ozt": "troy_ounce", "tonne": "metric_ton",
    "long tons": "long_ton", "short ton": "short_ton", "kilotonne": "kiloton", "grains": "grain",
"hundredweight": "hundredweight", "cwt": "hundredweight",
    # radiation, light, sound, temperature
    "becquerels": "becquerel", "bq": "becquerel", "sieverts": "sievert", "sievert": "sievert",
    "millisieverts": "millisievert", "millisievert": "millisievert", "msv": "millisievert",
    "microsieverts": "microsievert", "microsievert": "microsievert", "μsv": "microsievert", "µsv": "microsievert",
    "roentgens": "roentgen", "rems": "rem", "lumens": "lumen", "lux": "lux", "decibel": "decibel",
    "kelvin": "kelvin", "kelvins": "kelvin",
    # cameras and screens
    "megapixel": "megapixel", "megapixels": "megapixel", "nits": "nit",
    # frequency, rotation
    "kilohertz": "kilohertz", "terahertz": "terahertz",
})
# The SI family written out: every prefix a news story uses with every base unit it is used on, so that
# "picometres" or "kilopascal" read as their unit without a row each. pint's names are prefix + base.
SI_PREFIXES = ("pico", "nano", "micro", "milli", "centi", "deci", "hecto", "kilo", "mega", "giga", "tera", "peta",
               "exa")
SI_BASES: dict[str, tuple[str, ...]] = {  # pint's base name -> how English writes it, singular
    "meter": ("meter", "metre"), "gram": ("gram", "gramme"), "liter": ("liter", "litre"), "watt": ("watt",),
    "watt_hour": ("watt-hour", "watt hour"), "joule": ("joule",), "volt": ("volt",), "ampere": ("ampere", "amp"),
    "pascal": ("pascal",), "hertz": ("hertz",), "byte": ("byte",), "bit": ("bit",), "second": ("second",),
    "electron_volt": ("electronvolt", "electron volt", "electron-volt"), "ohm": ("ohm",), "farad": ("farad",),
    "newton": ("newton",), "sievert": ("sievert",), "becquerel": ("becquerel",), "tonne": ("tonne",),
}
# Where English forms a plural other than with -s; "hertz" has none.
UNIT_PLURALS: dict[str, str] = {
    "foot": "feet", "inch": "inches", **{w: w for w in (
        "hertz", "celsius", "celcius", "centigrade", "fahrenheit", "farenheit", "horsepower", "lux", "siemens",
        "hundredweight", "stone")}}  # "18 stone" weighs; "18 stones" are counted


def _plural(word: str) -> str:
    """'kilowatt-hour' -> 'kilowatt-hours', 'square foot' -> 'square feet': the last word takes the plural."""
    head, sep, last = word.rpartition(" ") if " " in word else word.rpartition("-")
    irregular = next((w for w in UNIT_PLURALS if last.endswith(w)), None)  # "kilohertz" as "hertz"
    last_plural = last[:-len(irregular)] + UNIT_PLURALS[irregular] if irregular \
        else last + ("es" if last.endswith(("ch", "sh", "x")) else "s")
    return head + sep + last_plural


def _si_units() -> dict[str, str]:
    table: dict[str, str] = {}
    for base, spellings in SI_BASES.items():
        for prefix in SI_PREFIXES:
            if base == "tonne":  # pint writes a thousand tonnes as a kiloton; only the big ones are used
                if prefix in ("kilo", "mega", "giga"):
                    for form in (prefix + "tonne", prefix + "ton"):
                        table[form] = table[_plural(form)] = prefix + "ton"
                continue
            for spelling in spellings:
                form = prefix + spelling.replace(" ", "").replace("-", "") if base == "electron_volt" \
                    else prefix + spelling
                table[form] = table[_plural(form)] = prefix + base
    return table


for _form, _unit in _si_units().items():
    UNITS.setdefault(_form, _unit)


def _singular(word: str) -> str:
    """'newton-metres' -> 'newton-metre', 'inches' -> 'inch': the last word loses its plural."""
    for irregular, plural in UNIT_PLURALS.items():
        if plural != irregular and word.endswith(plural):
            return word[:-len(plural)] + irregular
    return word[:-2] if word.endswith(("ches", "shes", "xes")) else word[:-1]


def _spellings(form: str) -> set[str]:
    """How else news writes a unit's full name: a hyphen or a space between its words ("newton-metre",
    "newton metre"; not "square-metre", a modifier the extractor reads apart), and British or American
    spelling ("metre", "meter"; "litre", "liter")."""
    forms = {form}
    if (" " in form or "-" in form) and not form.startswith(("square", "cubic")):
        forms |= {form.replace("-", " "), form.replace(" ", "-")}
    for gb, us in (("metre", "meter"), ("litre", "liter")):
        forms |= {f.replace(gb, us) for f in forms} | {f.replace(us, gb) for f in forms}
    return forms


def _own_word(word: str, unit: str) -> bool:
    return len(word) > 3 and unit.endswith(word.replace("tre", "ter"))


# Units whose singular is far more often a common noun before another noun: "14 grain districts", not grains of
# weight (the plural "300 grains" stays a unit).
_COMMON_NOUN_UNITS = frozenset({"grain"})
# Every unit written out in full reads in the singular and the plural alike, and in each spelling: only a full
# name whose last word is the unit's own ("kilowatt hour"), not a symbol ("kcal"), a rate ("miles per hour")
# or a measure of something else ("millimetres of mercury").
for _form, _unit in list(UNITS.items()):
    _words = _form.replace("-", " ").split()
    if not _form.replace(" ", "").replace("-", "").isalpha() or {"per", "a", "an", "of"} & set(_words):
        continue
    if _own_word(_words[-1], _unit):
        _one = _form
    elif _own_word(_singular(_words[-1]), _unit):
        _one = _singular(_form)
    else:
        continue
    for _spelled in _spellings(_one):
        if _spelled not in _COMMON_NOUN_UNITS:
            UNITS.setdefault(_spelled, _unit)
        if _spelled.replace("-", " ").split()[-1] not in UNIT_PLURALS.values():
            UNITS.setdefault(_plural(_spelled), _unit)

# Symbols of units in compounds written with a slash, case as written: "1.3 A/cm2", "25 µg/m³", "120 g/km".
SLASH_SYMBOLS: dict[str, str] = {
    "A": "ampere", "mA": "milliampere", "kV": "kilovolt", "V": "volt", "W": "watt", "kW": "kilowatt", "J": "joule",
    "kJ": "kilojoule", "Pa": "pascal", "g": "gram", "kg": "kilogram", "mg": "milligram", "µg": "microgram",
    "μg": "microgram", "t": "metric_ton", "L": "liter", "l": "liter", "ml": "milliliter", "mL": "milliliter",
    "m": "meter", "km": "kilometer", "cm": "centimeter", "mm": "millimeter", "m2": "square_meter",
    "m²": "square_meter", "cm2": "square_centimeter", "cm²": "square_centimeter", "km2": "square_kilometer",
    "m3": "cubic_meter", "m³": "cubic_meter", "ha": "hectare", "h": "hour", "hr": "hour", "s": "second", "yr": "year",
    "kWh": "kilowatt_hour", "MWh": "megawatt_hour", "GWh": "gigawatt_hour", "MW": "megawatt", "GW": "gigawatt",
    "mi": "mile", "gal": "gallon", "lb": "pound", "ft": "foot", "sq ft": "square_foot", "bbl": "barrel",
    "d": "day", "min": "minute", "cap": "capita", "mol": "mole", "mmol": "millimole", "dL": "deciliter",
    "dl": "deciliter", "Bq": "becquerel", "kg CO2": "kilogram", "g CO2": "gram",
}
# What a measure may be "per"/"a" of besides a unit or a duration: "tonnes a hectare", "litres per person".
MEASURE_PER_NOUNS = frozenset({"person", "capita", "head", "household", "hectare", "acre", "kilometre", "kilometer",
                               "mile", "unit", "cow", "tree", "plant", "game", "match", "charge", "gallon", "litre",
                               "liter", "metre", "meter", "square metre", "square meter", "square foot", "acre",
                               "passenger", "vehicle", "car", "flight", "kilowatt-hour", "kilowatt hour", "kwh",
                               "tonne", "ton", "barrel", "bushel", "pound", "kilogram", "kilo"})

# Words of angles: a bare "degree" in their sentence is an angle, not a temperature ("a 30 degree launch angle").
ANGLE_WORDS = ("angle", "angles", "launch", "tilt", "tilted", "slope", "incline", "inclined", "gradient", "rotate",
               "rotated", "rotation", "latitude", "longitude", "compass", "inclination", "camber")
# Temperature differences: words before a temperature that make it a difference ("warmed by 1.5C",
# "a rise of 2 degrees", "up 3C") and words after it ("4 C warmer", "6 degrees above normal").
TEMPERATURE_CHANGE_WORDS = frozenset("""
warm warms warmed warming warmer cool cools cooled cooling cooler heat heated heating hotter colder chill chilled
change changes changed difference differences anomaly anomalies swing swings variation deviation departure spread
gap range fluctuation fluctuations drop-off
""".split())
TEMPERATURE_BEFORE_LINKS = ("by", "of", "about", "around", "nearly", "almost", "some", "roughly", "just", "more",
                            "than", "over", "up", "down", "an", "a", "another", "average", "estimated", "only",
                            "as", "much", "at", "least", "least", "between", "and", "extra", "additional")
TEMPERATURE_AFTER_WORDS = ("warmer", "cooler", "hotter", "colder", "higher", "lower", "above", "below", "more",
                           "less", "over", "under", "warming", "cooling", "rise", "increase", "drop", "fall",
                           "difference", "anomaly", "swing", "up", "down")
# Words after "above"/"below" that make the temperature a level, not a difference: "12 degrees below zero".
TEMPERATURE_LEVEL_AFTER = ("zero", "freezing", "0")

# Races named by their distance: the "m" of "the 100m hurdles" is metres, of "4m people" a million.
DISTANCE_EVENTS = frozenset("""hurdles freestyle breaststroke backstroke butterfly relay relays medley sprint sprints
dash final finals heat heats race races runs swims steeplechase individual""".split())
# Verbs that set their object at a position named by an ordinal word: "placed the team fifth", "rated it fourth".
RANK_OBJECT_VERBS = tuple("""placed placing places ranked ranking ranks rated rating rates put puts putting left leaves
leaving moved moves lifted lifts dropped drops pushed pushes listed lists""".split())
# "Meters" that are devices counted, not lengths: what names the kind ("400 parking meters", "smart meters"),
# what is done to them ("the 2,370 meters installed"), and the words that make a sentence about length.
METER_DEVICE_WORDS = frozenset("""parking smart water gas electricity electric power utility taxi prepaid
pre-paid coin digital pay-and-display""".split())
METER_DEVICE_VERBS = frozenset("""install installed installing installs replace replaced replacing replaces remove
removed removing broken faulty vandalised vandalized jammed upgraded upgrade swapped read fitted malfunctioning
working""".split())
LENGTH_WORDS = frozenset("""tall long high deep wide away above below ahead behind length height depth width
distance altitude elevation race run ran running swim swam sprint sprinted climb climbed dive dived jump jumped
throw threw sea level squared square cubic wall walls fence fencing road roads track pipe pipes pipeline runway
bridge tunnel coast coastline beach river cable rope""".split()) | DISTANCE_EVENTS
# Symbols whose unit follows the field the sentence is about, case as written: "2.5 F" in a capacitor is
# farads (elsewhere degrees Fahrenheit), "16 billion b" of a file is bits, "4 kB" bytes.
FIELD_SYMBOLS: dict[str, tuple[str, tuple[str, ...]]] = {
    "F": ("farad", ("capacitor", "capacitors", "capacitance", "supercapacitor", "supercapacitors", "ultracapacitor")),
    "b": ("bit", ("file", "files", "data", "download", "upload", "bandwidth", "memory", "storage", "encryption",
                  "key", "keys", "message", "transfer")),
    "B": ("byte", ("file", "files", "data", "download", "upload", "memory", "storage", "disk", "drive", "ram")),
}
# Symbols read only in this case, before UNITS: "450 Nm" of torque (UNITS' "nm" is nanometres), "300 PS".
CASED_UNITS: dict[str, str] = {"Nm": "newton_meter", "PS": "metric_horsepower", "L": "liter", "kN": "kilonewton",
                               "t": "metric_ton",  # "278,000 t of steel", "a 40t lorry"
                               # particle energies and absorbed doses: "13 TeV", "a 2 Gy fraction"
                               "eV": "electron_volt", "keV": "kiloelectron_volt", "MeV": "megaelectron_volt",
                               "GeV": "gigaelectron_volt", "TeV": "teraelectron_volt", "Gy": "gray",
                               "mGy": "milligray", "cGy": "centigray"}
# Symbols read only when glued to the number, as written: "5.1Mt" of coal (megatonnes, read as tonnes, as "5.1
# million tonnes" is), "450kt", "5.6in" of rain. Spaced, "in" is a preposition ("5 in 10") and "Mt" a mountain.
GLUED_UNITS: dict[str, tuple[str, float]] = {"Mt": ("metric_ton", 1e6), "kt": ("metric_ton", 1e3),
                                             "in": ("inch", 1.0), "MP": ("megapixel", 1.0)}
# Symbols of UNITS whose case changes the unit, as written: water utilities' "148,300 ML" and "310 Ml/d" are
# megalitres, while "5 ml" and "5 mL" are millilitres.
CASED_OVER_UNITS: dict[str, str] = {"ML": "megaliter", "Ml": "megaliter"}
# What a price is "a"/"an" of, besides units and durations: "$5 a share", "$200 a head".
RATE_NOUNS = frozenset({"share", "head", "person", "piece", "night", "seat", "ticket", "unit", "pop", "vote",
                        "dose", "bottle", "pack", "packet", "meal", "visit", "trip", "pair", "bag", "box", "sack",
                        "crate", "carton", "can", "jar", "loaf", "dozen", "plate", "glass", "copy", "page", "word",
                        "click", "game", "lesson", "session", "room", "bed", "patient", "pupil", "student",
                        "child", "adult", "family", "household", "worker", "employee", "subscriber", "user",
                        "passenger", "vehicle", "car", "flight", "ride", "journey", "item", "tablet", "pill",
                        "kilo", "tonne", "ton", "ounce", "pound", "gram", "litre", "liter", "gallon", "barrel",
                        "bushel", "hectare", "acre", "metre", "meter", "foot", "square foot", "square metre",
                        # what a housing, retail or farm cost is "a" of: "$300,000 a door", "£2m a store"
                        "door", "home", "house", "apartment", "flat", "store", "shop", "branch", "farm",
                        "member", "customer", "resident", "voter", "player", "fan", "visitor"})
# Rates written with "a"/"per": "barrels a day", "miles an hour" -> unit_per_time.
PER_WORDS = {"a day": "day", "per day": "day", "a year": "year", "per year": "year", "an hour": "hour",
             "per hour": "hour", "a month": "month", "per month": "month", "a week": "week", "per week": "week",
             "a second": "second", "per second": "second", "/day": "day", "/year": "year", "/hr": "hour",
             "/h": "hour", "/d": "day", "a century": "century", "per century": "century",
             "a decade": "decade", "per decade": "decade", "a minute": "minute", "per minute": "minute",
             "per annum": "year", "a quarter": "quarter", "per quarter": "quarter"}

DURATIONS: dict[str, tuple[str, float]] = {
    "second": ("second", 1), "seconds": ("second", 1), "sec": ("second", 1), "secs": ("second", 1),
    "minute": ("minute", 1), "minutes": ("minute", 1), "min": ("minute", 1), "mins": ("minute", 1),
    "hour": ("hour", 1), "hours": ("hour", 1), "hr": ("hour", 1), "hrs": ("hour", 1),
    "day": ("day", 1), "days": ("day", 1),
    "week": ("week", 1), "weeks": ("week", 1),
    "month": ("month", 1), "months": ("month", 1),
    "quarter": ("quarter", 1), "quarters": ("quarter", 1),
    "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1),
    "decade": ("year", 10), "decades": ("year", 10),
    "century": ("year", 100), "centuries": ("year", 100),
    "millennium": ("year", 1000), "millennia": ("year", 1000),
    "millisecond": ("millisecond", 1), "milliseconds": ("millisecond", 1),
    "microseconds": ("microsecond", 1), "nanoseconds": ("nanosecond", 1),
    "fortnight": ("day", 14), "fortnights": ("day", 14),
}

QUALIFIERS_BEFORE: dict[str, str] = {
    "over": "lower", "more than": "lower", "at least": "lower", "above": "lower", "in excess of": "lower",
    "upwards of": "lower", "upward of": "lower", "north of": "lower", "no fewer than": "lower",
    "no less than": "lower", "not less than": "lower", "exceeding": "lower", "greater than": "lower",
    "a minimum of": "lower", "higher than": "lower", "at minimum": "lower", "well over": "lower",
    "just over": "lower", "beyond": "lower", "topping": "lower", "some more than": "lower",
    "under": "upper", "almost": "upper", "up to": "upper", "as much as": "upper", "as many as": "upper",
    "nearly": "upper", "just under": "upper", "less than": "upper", "fewer than": "upper",
    "below": "upper", "at most": "upper", "no more than": "upper", "within": "upper",
    "as high as": "upper", "as long as": "upper", "as large as": "upper", "not more than": "upper",
    "just shy of": "upper", "shy of": "upper", "a maximum of": "upper", "at maximum": "upper",
    "as little as": "upper", "as few as": "upper", "just below": "upper", "barely": "upper",
    "about": "approx", "around": "approx", "roughly": "approx", "close to": "approx",
    "approximately": "approx", "some": "approx",
    "circa": "approx", "approx.": "approx", "approx": "approx", "~": "approx", "nearly about": "approx",
    "more or less": "approx", "in the region of": "approx", "on the order of": "approx",
    "an approximate": "approx", "give or take": "approx", "just about": "approx",
    # British and spoken forms
    "just short of": "upper", "short of": "upper", "nigh on": "upper", "getting on for": "upper",
    "the best part of": "upper", "the better part of": "upper", "not far short of": "upper",
    "a shade under": "upper", "a shade over": "lower", "a little over": "lower", "a little under": "upper",
    "somewhere in the region of": "approx", "something like": "approx",
    # comparatives of closeness: "the other offer was closer to 9%", "nearer to 40 miles"
    "closer to": "approx", "nearer to": "approx", "somewhere near": "approx", "somewhere around": "approx",
    "in the neighbourhood of": "approx", "in the neighborhood of": "approx", "of the order of": "approx",
    "in the ballpark of": "approx",
}
# A suffix after the figure and before what it counts: "30-odd miles", "20-plus years", "a 40-something manager".
ROUGH_SUFFIXES: dict[str, str] = {"odd": "approx", "something": "approx", "ish": "approx", "plus": "lower"}
QUALIFIERS_AFTER: dict[str, str] = {
    "or more": "lower", "or so": "approx", "plus": "lower", "-plus": "lower", "+": "lower",
    "or less": "upper", "or fewer": "upper", "at most": "upper", "at least": "lower", "or higher": "lower",
    # "a two-thirds majority" is a threshold passed: at least two-thirds of the seats
    "majority": "lower",
}

# Change verbs and nouns: the direction the word asserts.
CHANGE_UP = (
    "rise", "rises", "rose", "risen", "rising", "raise", "raises", "raised", "raising",
    "increase", "increases", "increased", "increasing", "up", "climb", "climbs", "climbed", "climbing",
    "jump", "jumps", "jumped", "jumping", "soar", "soars", "soared", "soaring",
    "skyrocket", "skyrockets", "skyrocketed", "skyrocketing", "surge", "surges", "surged", "surging",
    "grow", "grows", "grew", "grown", "growing", "growth", "gain", "gains", "gained", "gaining",
    "boost", "boosts", "boosted", "boosting", "hike", "hikes", "hiked", "hiking",
    "add", "adds", "added", "adding", "expand", "expands", "expanded", "expanding",
    "rally", "rallies", "rallied", "advance", "advances", "advanced", "spike", "spiked",
    "doubled", "tripled", "quadrupled", "higher", "improved", "widened", "lifted", "lift", "lifts",
    "swelled", "ballooned", "accelerated", "tops", "topped", "increment",
    "rebound", "rebounds", "rebounded", "rebounding", "recover", "recovers", "recovered", "recovering",
    "firmed", "upgraded", "upgrade", "upgrades", "strengthened", "mounted", "spiralled", "spiraled",
    "escalated", "leapt", "leaped", "leap", "leaps", "doubling", "tripling", "rocketed", "zoomed",
)
CHANGE_DOWN = (
    "fall", "falls", "fell", "fallen", "falling", "drop", "drops", "dropped", "dropping",
    "decline", "declines", "declined", "declining", "cut", "cuts", "cutting", "reduce", "reduces",
    "reduced", "reducing", "reduction", "lower", "lowers", "lowered", "lowering", "down",
    "slash", "slashes", "slashed", "slashing", "shrink", "shrinks", "shrank", "shrunk", "shrinking",
    "sink", "sinks", "sank", "sunk", "sinking", "slump", "slumps", "slumped", "slumping",
    "plunge", "plunges", "plunged", "plunging", "tumble", "tumbles", "tumbled", "tumbling",
    "decrease", "decreases", "decreased", "decreasing", "lose", "loses", "lost", "losing", "loss",
    "dip", "dips", "dipped", "dipping", "slide", "slides", "slid", "sliding", "ease", "eased", "eases",
    "halved", "trim", "trimmed", "trims", "contracted", "contract", "shed", "sheds", "retreated",
    "narrowed", "crashed", "plummeted", "plummet", "tanked", "decreased", "declining",
    "wipe", "wipes", "wiped", "wiping", "erase", "erased", "erasing", "knocked", "knocking", "shaved",
    "shaving", "trimmed", "trimming",
    "slip", "slips", "slipped", "slipping", "downgraded", "downgrade", "downgrades", "weakened", "slowed",
    "dwindled", "collapsed", "sagged", "skidded", "halving", "cooled", "softened",
)
# Words meaning "the rest is a relative change" (a 50% increase).
CHANGE_NOUNS_UP = ("increase", "rise", "gain", "jump", "hike", "boost", "growth", "surge", "climb", "uptick", "rally")
CHANGE_NOUNS_DOWN = ("decrease", "drop", "fall", "decline", "cut", "reduction", "slump", "plunge", "dip")

# Weekday and month names for dates.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Words in a sentence that put an undated month or weekday in the future.
FUTURE_CUES = ("will", "scheduled", "expected", "expects", "next", "upcoming", "set to", "going to",
               "slated", "deadline", "by", "until", "ahead of", "plans to", "plan to", "aims to", "is to", "are to")
# Words after "by" that make it a deadline ("by the end of the year", "by then"), besides months, weekdays and figures.
BY_TIME_WORDS = ("end", "start", "middle", "close", "turn", "beginning", "time", "then", "now", "year", "year-end",
                 "month", "week", "spring", "summer", "autumn", "fall", "winter", "season", "quarter", "today",
                 "tomorrow", "tonight", "midnight", "noon", "christmas", "easter", "deadline", "date")
# Nouns of a school year: "next year's students" said in spring are those of the year starting in the autumn.
SCHOOL_YEAR_NOUNS = frozenset({"student", "pupil", "intake", "enrolment", "enrollment", "class", "cohort", "freshman",
                               "school", "term", "academic", "learner", "child", "kindergartner", "undergraduate"})
PAST_CUES = ("said", "says", "was", "were", "had", "did", "made", "took", "began", "won", "lost", "sold", "rose",
             "fell", "grew", "hit", "left", "met", "ago", "last", "since", "earlier", "previously")

# Words that make the number after them an identifier, not a quantity ("pad 41", "No. 10 Downing").
IDENTIFIER_BEFORE = (
    "pad", "gate", "route", "highway", "interstate", "section", "row", "seat", "room", "suite", "flight",
    "platform", "track", "chapter", "article", "paragraph", "clause", "page", "pages", "version", "model",
    "episode", "season", "volume", "vol", "issue", "exit", "district", "ward", "bus", "line", "channel",
    "apartment", "apt", "unit", "box", "lot", "level", "floor", "terminal", "pier", "lane", "building",
    "block", "phase", "stage", "patch", "build", "iphone", "ios", "android", "windows", "galaxy",
    "pixel", "series", "gen", "generation", "tier", "class", "type", "grade", "category", "proposition",
    "prop", "amendment", "resolution", "bill", "act", "title", "form", "code", "ticket", "item",
    "week", "day", "game", "round", "stage", "match", "hole", "lap", "number", "no", "no.", "nos",
    "#", "mark", "mk", "covid", "sars", "ps", "xbox", "boeing", "airbus",
)
# Nouns a year qualifies rather than counts: "45% below 2010 levels", "at 2019 prices", "in 2015 terms".
YEAR_MEASURE_NOUNS = frozenset("levels prices terms values figures rates standards".split())
# Stock indexes named with a number: "the S&P 500", "the Nikkei 225", "the Russell 2000", "the sp 500" of a feed.
STOCK_INDEX_WORDS = ("s&p", "sp", "ftse", "nikkei", "russell", "stoxx", "cac", "dax", "mdax", "asx", "nasdaq",
                     "nifty", "kospi", "topix", "msci", "bse", "jse", "tsx", "ibex", "aex", "smi", "omx", "wig")
IDENTIFIER_BEFORE += STOCK_INDEX_WORDS
# "N points" is the gap between two percentages where words of a change or a gap hold it and the sentence gives
# percentages and no index: "a fall of 4.7 points", "nine points above the 15 per cent average".
POINT_GAP_BEFORE = ("up", "down", "rose", "fell", "gained", "lost", "slipped", "climbed", "dropped", "jumped",
                    "rise of", "fall of", "drop of", "swing of", "gain of", "jump of", "increase of", "decline of",
                    "decrease of", "slide of", "improvement of", "narrowed", "widened", "narrowed by", "widened by")
POINT_GAP_AFTER = ("below", "above", "under", "higher", "lower", "ahead of", "behind", "short of", "more than", "less than")
# A knockout stage named by how many are left: "a last-16 tie", "the round of 32", "the last 16 of the cup".
KNOCKOUT_SIZES = frozenset({"4", "8", "16", "32", "64", "128"})
KNOCKOUT_AFTER = frozenset("""tie ties clash clashes stage stages appearance appearances spot spots berth berths
place places draw round first second leg legs of exit""".split())
STREET_WORDS = ("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
                "way", "place", "square", "court", "plaza", "parkway", "terrace")

# Nouns after "N% of" that are wholes: a share of them cannot pass 100%.
SHARE_NOUNS = ("stake", "share", "shares", "ownership", "interest", "holding", "equity", "control", "majority")

# Counted noun phrases ("27 Kuiper satellites"): words that end the phrase or show no noun follows.
NOUN_STOP_WORDS = frozenset("""
a an the of in on at to for from by with and or but nor so that which who whom whose is are was were be been
being has have had do does did will would shall should can could may might must per than as this these those
their its his her our your my there here then when where while if not no up down over under less most
least about around into onto out off only also just still already now ago each apiece alone last next first
again later earlier before after since until during through against between among percent per cent year years
said says say according because even yet ever very much many some any all both either neither such own
another it they them he she we you i what how why its' including like led set behind across toward towards
within without along beside near via despite amid amidst inside outside upon above below beyond worldwide
times fold cents point points people's overnight today yesterday tonight tomorrow apiece
rose fell grew won lost saw came went took made gave got sank shrank sold paid met left ran spent kept stood held fled drew waited stayed vs versus
""".split())
# Adjectives that can stand between a number and its noun but are never the noun ("two new 737 jets").
NOT_HEAD_NOUNS = frozenset("""
new old top bottom big small large major minor straight consecutive previous different several separate
additional further full whole entire total successive straight record recent remaining
""".split())
# Words between a number and its noun that are not part of the noun: "five more people".
# Adjectives in -ly, which elsewhere marks an adverb that ends a counted phrase: "1,200 daily flights".
LY_ADJECTIVES = frozenset("""daily weekly monthly yearly quarterly hourly nightly fortnightly biweekly elderly early
costly deadly friendly kindly lonely lowly orderly""".split())
NOUN_SKIP_WORDS = frozenset({"more", "other", "additional", "extra", "fewer"})
# Plural -> singular where the rule (drop the -s) fails; uncountable nouns map to themselves.
IRREGULAR_PLURALS: dict[str, str] = {
    "men": "man", "women": "woman", "children": "child", "people": "people", "feet": "foot",
    "mice": "mouse", "teeth": "tooth", "geese": "goose", "data": "data", "media": "media",
    "series": "series", "species": "species", "news": "news", "analyses": "analysis",
    "crises": "crisis", "indices": "index", "lives": "life", "wives": "wife", "knives": "knife",
    "leaves": "leaf", "halves": "half", "shelves": "shelf", "thieves": "thief", "police": "police",
    "staff": "staff", "aircraft": "aircraft", "sheep": "sheep", "fish": "fish", "cattle": "cattle",
}
# Irregular plurals that end compounds too: "grandchildren", "housewives", "wisdom teeth".
IRREGULAR_PLURAL_ENDINGS = ("children", "wives", "teeth", "geese")
# Plurals without -s that also modify a counted noun: "2,500 police officers", "3 staff members", "4 cattle farms".
COLLECTIVE_MODIFIERS = frozenset({"police", "staff", "cattle", "sheep", "fish", "aircraft", "data", "media"})
# Singulars in -us and -o whose plural adds -es ("viruses", "tomatoes"); other -uses/-oes plurals drop the -s.
SINGULAR_US = frozenset({"virus", "bus", "bonus", "campus", "census", "status", "surplus", "consensus", "stimulus",
                         "syllabus", "prospectus", "genius", "chorus", "circus", "fetus", "apparatus", "octopus",
                         "cactus", "walrus", "sinus", "lotus", "corpus", "nexus", "thesaurus", "minibus"})
SINGULAR_O = frozenset({"tomato", "potato", "hero", "echo", "veto", "torpedo", "volcano", "mosquito", "embargo",
                        "tornado", "cargo", "domino"})
# Words in -men that are singular.
SINGULAR_MEN = frozenset({"specimen", "regimen", "abdomen", "omen", "stamen", "semen", "hymen", "amen"})
# Peoples and their adjectives: counted like common nouns ("seven European countries", "1,307,000 Americans").
DEMONYMS = frozenset("""
french dutch swiss greek thai welsh irish scottish british english spanish polish danish swedish finnish
turkish kurdish jewish czech slovak iraqi israeli pakistani saudi kuwaiti qatari yemeni bangladeshi omani
emirati afghan filipino latino hispanic arab asian african european american
""".split())
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "can", "ani")
# Words after an ordinal that make it a name or a position, not a rank: "21st century", "71st St".
ORDINAL_NOT_RANK = frozenset(("century", "centuries", "amendment", "floor", "district", "precinct", "parallel",
                              "minute") + STREET_WORDS)

# Words that name the same whole in news prose: "10% of its workforce" ... "employs 12,000 people".

# Anniversaries named by a word: "its centenary", "the golden jubilee" (the ordinal they stand for).
ANNIVERSARY_WORDS: dict[str, int] = {
    "centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200, "tercentenary": 300,
    "quincentenary": 500, "sesquicentennial": 150, "silver jubilee": 25, "golden jubilee": 50,
    "diamond jubilee": 60, "platinum jubilee": 70,
}

# Words that name one measure (a whole, or a figure restated): each group is one measure, so "the
# 8,350-strong staff" and "a headcount of 8,530" are two values of the same thing, and "a quarter of
# its sales" takes "revenue of $12bn" for its whole.
MEASURE_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "workforce employee worker staff headcount payroll employ employed employing job post role",
    "revenue sale turnover sold",
    "budget spending expenditure outlay budgeted spend spent",
    "cost bill price expense",
    "crop harvest output production produced",
    "delivery delivered shipment shipped",
    "export exported",
    "import imported",
    "majority margin",
    "value valuation valued worth capitalisation capitalization cap",
    "population resident inhabitant",
    "household home",
    "patient people person",
    "fleet bus vehicle",
    "seat legislator lawmaker mp councillor councilor deputy",
    "passenger traveller traveler rider journey",
    "visitor tourist arrival",
    "profit earning",
    "student pupil enrolment enrollment",
    "ticket citation",
    "death dead killed fatality toll",
    "birth baby born newborn",
    "customer user subscriber client accountholder",
    "gap shortfall deficit",
    "crowd attendance gate",  # "a crowd of 6,420" ... "the attendance of 6,240" (not "room for 6,240 spectators")
))

# Words that name the whole of a group of people when a share of it is given ("10% of its workforce" ...
# "employs 12,000 people"): every measure group's words, and the plain words for people or jobs.
WHOLE_SYNONYMS: dict[str, frozenset[str]] = {
    word: group - {word} for group in MEASURE_GROUPS for word in group
}
for _word in ("workforce", "employee", "worker", "staff", "population"):
    WHOLE_SYNONYMS[_word] = WHOLE_SYNONYMS[_word] | {"people", "job"}
WHOLE_SYNONYMS["market"] = frozenset({"valuation", "valued", "worth"})  # "its market cap" is its valuation

# Nouns for a body of things counted as one, whatever it holds: "the network of 2,140", "its fleet", "the intake".
COLLECTIONS = frozenset("""network fleet chain estate portfolio stock system roster squad membership herd flock force workforce
collection catalogue catalog inventory register caseload backlog lineup line-up branches outlets cohort intake
electorate enrolment enrollment crew staff faculty chamber legislature assembly parliament house congregation
field entry entries""".split())
# Words for a running count of whatever was just added or taken away: "bringing the total to 3,415".
TALLY_WORDS = frozenset("total tally count number numbers headcount roll books base footprint pipeline size".split())

# Word families: the endings that make a noun, verb or participle of one stem, so that "the co-op's suppliers"
# names "860 supplying farms", "the area sown" names "Sowing had reached 2.6 lakh hectares" and "all
# attendances" names "the 9,200 patients who attended". Longest ending first; each maps to what replaces it
# ("applicant" and "applied" are both "appli"). A stem shorter than three letters is left whole.
FAMILY_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ication", "i"), ("icant", "i"), ("ation", ""), ("ated", ""), ("ate", ""), ("ment", ""), ("ance", ""), ("ence", ""),
    ("ing", ""), ("ed", ""), ("er", ""), ("or", ""), ("ant", ""), ("al", ""),
)
# Participles and past forms no ending gives: "sown" is of "sow", "spent" of "spend".
FAMILY_FORMS: dict[str, str] = {
    "sown": "sow", "grown": "grow", "shown": "show", "mown": "mow", "built": "build", "spent": "spend",
    "sold": "sell", "paid": "pay", "held": "hold", "made": "make", "given": "give", "taken": "take",
    "bought": "buy", "brought": "bring", "won": "win", "run": "run", "ran": "run", "lent": "lend",
    "sent": "send", "caught": "catch", "drawn": "draw", "driven": "drive", "flown": "fly", "written": "write",
}
# Words before a figure that make it a yardstick the text sets a figure against, not a whole of now:
# "against a normal area of 81,000 hectares", "than the usual 40,000", "a target of 900".
BENCHMARK_WORDS = frozenset("against than versus normal usual average typical target forecast expected "
                            "projected planned".split())

# Prepositions that make a figure a circumstance of the figure just before it in its clause: "nine days' play
# across the seven fixtures", "40 hours over 12 weeks", "$2m for 14 schools". A share after the two may restate either.
TYING_PREPOSITIONS = ("across", "over", "in", "on", "at", "for", "from", "among", "between", "during", "within")
TYING_GAP = (r"[^,;:()\d]{0,30}?\b(?:" + "|".join(TYING_PREPOSITIONS) + r")\s+"
             r"(?:(?:the|its|their|his|her|our|this|that|these|those|all)\s+)?")

# Adjectives that do not change which whole is meant: "the yearly parks budget" is the parks budget.
WHOLE_FILLER = frozenset("annual yearly entire total whole overall combined full own current".split())

# Nouns after a number that make it a name, not a count: "the 500 series", "a 700 class".
IDENTIFIER_NOUNS = frozenset("series model class type version generation mark route flight platform".split())

# Ages. Words an age is the value of ("aged 67", "a median age of 44.2", "life expectancy ... around 73").
AGE_FRAME_WORDS = ("aged", "age", "ages", "expectancy", "age limit", "age threshold")
# Words that may stand between such a word and the age: "the pension age will rise from 66 to 67".
AGE_LINK_WORDS = frozenset("""
of is was will would be been being has had have rise rises rose risen fall falls fell fallen increase increased
decrease decreased raise raised lower lowered reach reached reaches hit hits stood stands stay stays remain remains
remained now then currently from to and or between at by around about nearly almost over under just roughly
above below some approximately average median mean set sets for among birth
""".split())
# Who has an age when "was 91" follows: pronouns and relatives ("he was 91", "who is 84", "she turned 50").
AGE_SUBJECTS = ("he", "she", "i", "who", "they", "you", "we", "whom")
AGE_VERBS = ("was", "is", "'s", "’s", "turned", "turns", "turn", "will be", "would be", "would have been",
             "had been", "has been", "became", "becomes", "am", "are", "were", "is now", "was just", "was only",
             "is just", "is only", "died aged", "died at", "dies at", "died at the age of")
# Verbs of a life's events whose "at N" is an age: "died at 91", "retired at 65", "At 19, she ...".
# ("started at 9" or "began at 8" is more often a time of day, "won at 19" a place: not among them.)
AGE_EVENT_VERBS = ("died", "dies", "retired", "retires", "retire", "married", "marry", "debuted", "emigrated",
                   "graduated", "enlisted", "passed away", "made her debut", "made his debut", "was diagnosed",
                   "was elected", "was killed", "was drafted", "was ordained", "was widowed", "was orphaned")
# Verbs whose "at N" is a price, a level or a time, not an age, even of a person: "who bought at 52", "who
# finished at 3".
AGE_LEVEL_VERBS = ("bought", "buy", "buys", "sold", "sell", "sells", "closed", "opened", "traded", "trades", "priced",
                   "stood", "stands", "peaked", "finished", "finishes", "ended", "ends", "started", "starts", "began",
                   "begins", "arrived", "arrives", "left", "leaves", "met", "meets", "set", "sets", "valued", "capped",
                   "fixed", "pegged", "rated", "ranked", "placed", "came", "comes", "bid", "bids", "offered", "paid",
                   "arrive", "start", "begin", "leave", "meet", "finish", "end", "open", "opens", "close", "closes",
                   "come", "trade", "stand", "peak", "pay", "pays")
# People a bound on age is of: "voters over 65", "children under 5", "those aged 18 to 24".
AGE_PEOPLE = ("people", "voters", "adults", "those", "men", "women", "children", "kids", "residents", "patients",
              "anyone", "everyone", "workers", "drivers", "pensioners", "citizens", "individuals", "persons",
              "girls", "boys", "teenagers", "youngsters", "respondents", "americans", "britons", "australians",
              "canadians", "players", "women aged", "men aged", "population", "customers")
# One person, whose age may follow "of": "a boy of 12", "a grandmother of 80".
AGE_PERSONS = ("boy", "girl", "man", "woman", "child", "baby", "toddler", "teenager", "youngster", "son",
               "daughter", "mother", "father", "grandmother", "grandfather", "pensioner", "widow", "widower")
# One person named by a role, whose age news sets off after it: "the victim, 19, died", "a driver, 52, was hurt".
AGE_ROLES = AGE_PERSONS + ("victim", "suspect", "driver", "passenger", "motorist", "cyclist", "pedestrian", "rider",
                           "wife", "husband", "brother", "sister", "partner", "grandson", "granddaughter", "nephew",
                           "niece", "mum", "dad", "owner", "resident", "worker", "student", "pupil", "teacher",
                           "nurse", "officer", "defendant", "climber", "hiker", "swimmer", "runner", "survivor")
# Decades of a life: "in her 80s", "in his early twenties" (a range of ages).
DECADE_WORDS: dict[str, int] = {
    "teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}
POSSESSIVES = ("his", "her", "their", "my", "your", "our", "its")
# Part of a decade: (offset of its start, its width) in years.
DECADE_PARTS: dict[str, tuple[int, int]] = {"": (0, 10), "early": (0, 4), "mid": (3, 4), "late": (6, 4)}

# Words before a score ("won 3-1", "beat Chelsea 2-0", "tied at 89-89") and after one ("a 2-0 win"): a score is
# no quantity.
SCORE_BEFORE = ("won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats", "beating",
                "beaten", "drew", "draw", "draws", "drawn", "tied", "tie", "ties", "led", "lead", "leads", "leading",
                "trailed", "trail", "trails", "trailing", "defeated", "defeat", "defeats", "thrashed", "edged",
                "routed", "downed", "hammered", "crushed", "at", "by", "scoreline", "score", "result", "finished",
                "ended")
SCORE_AFTER = ("win", "wins", "victory", "victories", "defeat", "defeats", "loss", "losses", "draw", "lead", "deficit",
               "scoreline", "thrashing", "triumph", "home", "away", "aggregate", "win.", "down", "up", "advantage",
               "margin", "decision", "verdict", "vote", "count")


# Measures of which less is better: a verdict of better or worse on them runs against the figures' direction
# ("delays improved" is a fall).
LESS_IS_BETTER = frozenset("""delay delays wait waits waiting queue queues backlog backlogs time times cost costs
price prices bill bills fare fares fee fees rent rents crime crimes offence offences offences offense offenses
burglary burglaries theft thefts robbery robberies assault assaults murder murders homicide homicides death
deaths fatality fatalities casualty casualties injury injuries accident accidents collision collisions crash
crashes unemployment joblessness inflation debt deficit deficits loss losses arrears complaint complaints
emission emissions pollution absence absences absenteeism cancellation cancellations overcrowding
shortage shortages vacancy vacancies infection infections case cases admission admissions handover handovers
lateness poverty homelessness""".split())
# Verbs that judge a change rather than say its direction: up for most measures, down for those above, and
# unsettled for a ratio ("the operating ratio improved" fell, "the capital ratio improved" rose).
VERDICT_VERBS = frozenset("improved improves improving worsened worsens worsening deteriorated".split())
