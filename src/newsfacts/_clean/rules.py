"""The syndication furniture the cleaner knows, as data: one row per pattern, with its reason.

Adding a pattern is one row here plus one case in ``tests/test_clean_rules.py``. Rows are tried in
order and the first that fits a block decides its reason, so narrow rows come before broad ones.

How a row applies (``mode``):
- ``line``: the pattern must match the whole block (patterns are anchored); the block goes.
- ``span``: every match is cut out of the block and the rest stays (a notice glued to a paragraph).
- ``section``: the block goes and starts a run of furniture (a teaser list) that ends at the end of
  the document, after ``section_blocks`` blocks, or where article-like paragraphs resume.

``needle`` (span rows) is a lower-case string every match contains: blocks without it are not
searched, which keeps the unanchored span patterns off most paragraphs.
``max_words`` protects paragraphs: a row never removes a whole block longer than that, which is
what keeps "a 'Read more:' inside the only paragraph" from taking the paragraph with it.
``ends_at_prose`` (counted sections) stops the run early at an article paragraph, for boxes whose
length varies from site to site.
``after`` lists the reasons or rule names one of which the next block must have been given, for
furniture that is only recognisable by its neighbour (a caption above a photo credit, a label above
a price widget); ``overrides`` names rows whose blocks such a row may take back, when the
neighbour tells more than the line alone (a wire's bare name is a picture credit, except above a
date). ``text_follows`` (``after`` rows) asks in addition for a finished article sentence
somewhere below that neighbour: a credit at the foot of the article belongs to a featured image the
flattening moved there, and the line above it is the article's last paragraph, not a caption.

``LATE_RULES`` holds rows tried only after the learnt model, on what it left as body (line and
span rows only; see the note above the table).

Patterns are linear-time on hostile input: repetition is bounded and no quantified group can
match the same text in two ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Mode = Literal["line", "span", "section"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    reason: str
    pattern: re.Pattern[str]
    mode: Mode = "line"
    max_words: int = 40
    after: tuple[str, ...] = ()
    section_blocks: int | None = None
    text_follows: bool = False
    overrides: tuple[str, ...] = ()  # ``after`` rows: rows whose blocks this row may take back
    needle: str = ""  # span rows: lower-case text a match must contain, to skip blocks cheaply
    # Line and span rows: lower-case texts a match must contain one of. Only a speed-up,
    # checked before the pattern (whose lookaheads or look-behinds may scan a long paragraph):
    # never part of what matches.
    needles: tuple[str, ...] = ()
    ends_at_prose: bool = False  # counted sections: stop early at an article paragraph


def _p(source: str) -> re.Pattern[str]:
    return re.compile(source, re.IGNORECASE)


def _cs(source: str) -> re.Pattern[str]:
    """Case-sensitive: for patterns where capitals are the evidence (caption datelines)."""
    return re.compile(source)


# Picture agencies and stock libraries that end a photo credit line.
_AGENCIES = (
    r"Getty Images|AFP|AP Photo|AP|Associated Press|Reuters|Bloomberg|Shutterstock|iStock(?:photo)?"
    r"|Unsplash|Pexels|Pixabay|Alamy|EPA(?:-EFE)?|Xinhua|Sipa USA|ZUMA Press|NurPhoto|Anadolu"
    r"|Pool|Handout|Freepik|Adobe Stock|Dreamstime|Wikimedia Commons|Imago|dpa|TradingView"
)
_SOCIAL = (
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|e-mail|pinterest|print|copy link"
    r"|copy|flipboard|threads|bluesky|mastodon|tumblr|messenger|sms|link|share|tweet|discord"
    r"|youtube|instagram|tiktok|google news"
)
# A month written in English, as the date rows below read it (the cleaner's page-date reader
# tells a foreign date line from an English one by it).
ENGLISH_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{ENGLISH_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {ENGLISH_MONTH},? \d{{4}}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}/\d{4})"
)
_TIME = (
    # The space can be missing where a scraper glued the time to the year ("20263:21 PM").
    r"(?:\s?[,|·•/—–-]?\s?(?:at )?\d{1,2}[:.]\d{2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)?"
    r"(?: ?[A-Z]{2,4})?)?"
)
# What portals print after a date on the same line: an update stamp, the author, the reading time,
# the wire or publisher, or the same date again where a scraper glued two date widgets together.
_DATELINE_TAIL = (
    rf"(?:\s?[|·•,]?\s?(?:updated|modified|published|posted):? .{{1,60}}"
    rf"|,? by [A-Z][\w.'’ -]{{1,50}}|\s?\(\d{{1,2}}:\d{{2}} ?[A-Z]{{2,4}}\)"
    rf"|\s?[|·•,]?\s?\d{{1,3}} ?min(?:ute)?s? read|\s?[-–—|]\s?[A-Z][\w.&' ]{{1,40}}"
    rf"|\s?{_DATE}{_TIME}|\s?[|·•]\s?source: .{{1,60}})"
)
_CLOCK = r"\d{1,2}[:.]\d{2} ?(?:am|pm|a\.m\.|p\.m\.)(?: ?[A-Z]{2,4})?"
_NAME = r"[A-Z][\w.'’-]{0,30}(?: (?:[A-Z][\w.'’-]{0,30}|de|van|von|der|da|bin|al|le)){0,3}"
# A person's name as a byline line prints it: two or three capitalised words.
_PERSON = r"[A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{0,30}){1,2}"
# Column headings of a quote table ("Ticker Security Last Change Change %").
_QUOTE_COLUMN = (
    r"(?:price|change|chg\.?|%|\d{1,2}[dwmy]\.?|1st|jan|ytd|volume|vol\.?|high|low|open|close|"
    r"last|market|cap|capi\.?|var\.?|since|perf\.?|ticker|symbol|security|name|company)"
)
_NUMBER = r"[-+−]?[$€£¥₿]?\d[\d,]{0,20}(?:\.\d{1,12})?\s?(?:%|[KMBT]\b)?"

# Sites markets copy credits its charts to.
_CHART_SITES = (
    r"TradingView|CoinMarketCap|CoinGecko|Coin360|Glassnode|Santiment|CryptoQuant|IntoTheBlock"
    r"|CoinGlass|Messari|Kaiko|Nansen|Dune(?: Analytics)?|DefiLlama|Koyfin|FactSet|Refinitiv|LSEG"
    r"|Investing\.com|Yahoo Finance|Macrotrends|FRED|Trading Economics|Bitcoin Treasuries"
)
# A name as credits in brackets print it: capitalised words and the small words between them.
_BRACKET_NAME = r"[A-Z][\w.&'’-]{0,30}(?: (?:[A-Z][\w.&'’-]{0,30}|of|the|and|de|for|&)){0,5}"

# --- datelines at the head of a lead, and agency credits at the foot of a paragraph -----------
# Wire agencies and services whose name a dateline or a sign-off carries.
_AGENCY = (
    r"AP|The Associated Press|Associated Press|Reuters|AFP|Sapa-AFP|dpa(?:-AFX)?|Xinhua|Kyodo"
    r"|Kyodo News|Yonhap|PTI|IANS|ANI|UNI|VNA|Bernama|Sputnik|TASS|Interfax|Anadolu|MTI|EFE|ANSA"
    r"|Lusa|Europa Press|Bloomberg|CNBC|UPI|AAP|CP|The Canadian Press|Jiji|RTTNews|WAM|SPA|KUNA"
    r"|Antara|APA|PAP|CTK|BNS|Agência Brasil"
)
# Month names and abbreviations in the five languages datelines come in.
_DL_MONTH = (
    rf"(?:{ENGLISH_MONTH}|ene(?:ro)?\.?|abr(?:il)?\.?|ago(?:sto)?\.?|dic(?:iembre)?\.?|janv(?:ier)?\.?"
    r"|févr(?:ier)?\.?|avr(?:il)?\.?|mai|juin|juil(?:let)?\.?|août|déc(?:embre)?\.?|märz"
    r"|okt(?:ober)?\.?|dez(?:ember)?\.?|fev(?:ereiro)?\.?|set(?:embro)?\.?|out(?:ubro)?\.?)"
)
_DL_DATE = (
    rf"(?i:{_DL_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
    rf"|\d{{1,2}} {_DL_MONTH}(?:,? \d{{4}})?)"
)
_DL_CAPS = (
    r"[A-Z][A-Z.'’&]{2,}(?:-[A-Z.'’&]{2,})?(?: [A-Z][A-Z.'’&]{1,}(?:-[A-Z.'’&]{2,})?){0,3}"
)
# Labels in capitals that head a line the way a place heads a dateline ("FILE PHOTO: ...").
_CAPS_LABELS = (
    r"(?:FILE PHOTO|FILE|PHOTOS?|VIDEO|WATCH|LISTEN|RELATED|SOURCE|READ|ALSO READ|READ MORE|UPDATE"
    r"|UPDATED|NOTE|EDITOR'?S NOTE|EXCLUSIVE|BREAKING|CORRECTION|PUBLISHED|SEE ALSO|ANALYSIS)"
)
_DL_PLACE = r"[A-Z][\w.'’-]{1,25}(?: (?:[A-Z][\w.'’-]{1,25}|de|da|do|del|la|am|an)){0,3}"
_DL_REGION = (
    r"(?:, ?[A-Z][\w.'’]{0,25}(?:-[\w.'’]{1,25})?(?: [A-Z][\w.'’-]{1,25}){0,2}){0,2}"
)
# The wire's credit after the place: "(Reuters)", "/PRNewswire/", "--(BUSINESS WIRE)--Feb. 2".
_DL_CREDIT = (
    rf"(?:\s?\([^()\n]{{2,40}}\)|\s?/\s?[^/\n]{{2,40}}?\s?/|--\([^()\n]{{2,40}}\)"
    rf"(?:--{_DL_DATE})?)(?:,? {_DL_DATE})?"
)
# The dash after a dateline: spaced, or an em dash or double hyphen ("2017—TESSCO"), never the
# hyphen inside a name ("KST-204"). A lead goes on for a while: a short line is a label.
_DL_END = (
    r"(?:\s[-–—]{1,2}\s?|[-–—]{1,2}\s|—|--|:\s|\s?/\s)(?=\S)(?=(?:\S+\s+){12}\S)"
    # A caption's dateline is its own row: "SANTA CLARA, CALIFORNIA - MARCH 18: ..."
    r"(?![A-Z]{3,9}\.? \d{1,2}:)"
)

# Cities that head datelines in ordinary case ("Mumbai: ", "Washington, D.C. – "): a place in
# capitals or with a date or a wire needs no table, a bare city name with a colon or a dash does.
DATELINE_CITIES: tuple[str, ...] = (
    "Abu Dhabi", "Abuja", "Accra", "Addis Ababa", "Ahmedabad", "Amman", "Amsterdam", "Ankara",
    "Athens", "Auckland", "Baghdad", "Bangalore", "Bangkok", "Beijing", "Beirut", "Bengaluru",
    "Berlin", "Bogota", "Bogotá", "Brasilia", "Brasília", "Brisbane", "Brussels", "Budapest",
    "Buenos Aires", "Busan", "Cairo", "Canberra", "Cape Town", "Chandigarh", "Chennai", "Chicago",
    "Colombo", "Copenhagen", "Dakar", "Dar es Salaam", "Dhaka", "Doha", "Dubai", "Dublin",
    "Frankfurt", "Geneva", "Guangzhou", "Hanoi", "Harare", "Helsinki", "Ho Chi Minh City",
    "Hong Kong", "Hyderabad", "Islamabad", "Istanbul", "Jaipur", "Jakarta", "Jerusalem",
    "Johannesburg", "Kabul", "Kampala", "Karachi", "Kathmandu", "Kigali", "Kolkata",
    "Kuala Lumpur", "Kuwait City", "Kyiv", "Lagos", "Lahore", "Lima", "Lisbon", "London",
    "Los Angeles", "Lucknow", "Lusaka", "Madrid", "Manama", "Manila", "Melbourne", "Mexico City",
    "Milan", "Moscow", "Mumbai", "Muscat", "Nairobi", "New Delhi", "New York", "Osaka", "Oslo",
    "Ottawa", "Paris", "Perth", "Peshawar", "Phnom Penh", "Prague", "Pune", "Quetta",
    "Rawalpindi", "Riyadh", "Rome", "San Francisco", "Santiago", "Sao Paulo", "São Paulo",
    "Seoul", "Shanghai", "Shenzhen", "Singapore", "Stockholm", "Sydney", "Taipei", "Tehran",
    "Tel Aviv", "Tokyo", "Toronto", "Vienna", "Warsaw", "Washington", "Wellington", "Yangon",
    "Zurich",
)
_DL_CITY = "|".join(re.escape(city) for city in sorted(DATELINE_CITIES, key=len, reverse=True))
# Currencies a wire's conversion note names ("($1 = 104.6000 yen)", "(1 US dollar = 88.40
# Kenyan shillings)").
_CONVERSION_UNIT = r"(?:(?:US|A|C|HK|S)?\$|€|£|¥|₹|Rs\.?|1 [A-Za-z][A-Za-z. ]{1,24}?)"

# Domains and the name their publisher goes by (for "Source: <url>" lines and wire credits).
PUBLISHERS: dict[str, str] = {
    "cnbc.com": "CNBC", "reuters.com": "Reuters", "bloomberg.com": "Bloomberg",
    "apnews.com": "Associated Press", "wsj.com": "The Wall Street Journal",
    "ft.com": "Financial Times", "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post", "bbc.co.uk": "BBC", "bbc.com": "BBC",
    "theguardian.com": "The Guardian", "cnn.com": "CNN", "foxbusiness.com": "Fox Business",
    "marketwatch.com": "MarketWatch", "forbes.com": "Forbes", "fortune.com": "Fortune",
    "businessinsider.com": "Business Insider", "finance.yahoo.com": "Yahoo Finance",
    "yahoo.com": "Yahoo", "barrons.com": "Barron's", "economist.com": "The Economist",
    "scmp.com": "South China Morning Post", "xinhuanet.com": "Xinhua",
    "nikkei.com": "Nikkei Asia", "asia.nikkei.com": "Nikkei Asia", "aljazeera.com": "Al Jazeera",
    "axios.com": "Axios", "politico.com": "Politico", "theverge.com": "The Verge",
    "techcrunch.com": "TechCrunch", "coindesk.com": "CoinDesk",
    "cointelegraph.com": "Cointelegraph",
    "theblock.co": "The Block", "decrypt.co": "Decrypt", "newsbtc.com": "NewsBTC",
    "bitcoinist.com": "Bitcoinist", "cryptopolitan.com": "Cryptopolitan",
    "coingape.com": "CoinGape",
    "u.today": "U.Today", "beincrypto.com": "BeInCrypto", "cryptoslate.com": "CryptoSlate",
    "cryptonews.com": "Cryptonews", "coinpedia.org": "Coinpedia", "dailyhodl.com": "The Daily Hodl",
    "bitcoinethereumnews.com": "BitcoinEthereumNews.com", "benzinga.com": "Benzinga",
    "investing.com": "Investing.com", "fxstreet.com": "FXStreet",
    "seekingalpha.com": "Seeking Alpha",
    "prnewswire.com": "PR Newswire", "globenewswire.com": "GlobeNewswire",
    "businesswire.com": "Business Wire", "accessnewswire.com": "ACCESS Newswire",
    "accesswire.com": "ACCESSWIRE", "einpresswire.com": "EIN Presswire",
    "apnews.org": "Associated Press", "afp.com": "AFP", "dw.com": "DW",
    "japantimes.co.jp": "The Japan Times", "straitstimes.com": "The Straits Times",
    "theglobeandmail.com": "The Globe and Mail", "abc.net.au": "ABC News",
    "npr.org": "NPR", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News",
    "livemint.com": "Mint", "economictimes.indiatimes.com": "The Economic Times",
    "hindustantimes.com": "Hindustan Times", "usatoday.com": "USA TODAY",
    "marketscreener.com": "MarketScreener", "fool.com": "The Motley Fool",
    "kitco.com": "Kitco News", "thestreet.com": "TheStreet",
}

# The first word of a wire's reporting credit in Spanish, Portuguese, French, German and
# Italian.
_CREDIT_WORDS_ELSEWHERE = (
    r"reporte(?: adicional)? de|reportaje de|informaci[oó]n de|reportagem(?: adicional)? de|"
    r"reportage|r[eé]dig[eé] par|version fran[cç]aise|reporter ?:|bericht(?:et)? von|"
    r"redigiert von|mitarbeit ?:|redazione|reporting di|edici[oó]n de|editado por|"
    r"traducci[oó]n de|tradu[cç][aã]o de"
)

# "Read more" and "Related" in the other languages the corpus pages come in (Portuguese,
# Spanish, French, German, Italian), accents optional because scrapers drop them.
_RELATED_LABELS_ELSEWHERE = (
    r"leia (?:mais|tamb[eé]m)|veja (?:mais|tamb[eé]m)|saiba mais|not[ií]cias relacionadas|"
    r"mais lidas|mat[eé]rias relacionadas|"
    r"lea (?:m[aá]s|tambi[eé]n)|lee (?:m[aá]s|tambi[eé]n)|(?:tambi[eé]n )?te puede interesar|"
    r"noticias relacionadas|(?:lo )?m[aá]s le[ií]d[oa]s?|"
    r"(?:[àa] )?lire (?:aussi|[eé]galement)|voir aussi|sur le m[eê]me sujet|les plus lus|"
    r"articles similaires|"
    r"(?:lesen sie|lies) (?:auch|mehr)|mehr zum thema|(?:das )?k[oö]nnte sie (?:auch )?"
    r"interessieren|auch interessant|meistgelesen|verwandte (?:artikel|themen)|"
    r"leggi anche|potrebbe interessarti|articoli correlati|"
    r"[uú]ltimas not[ií]cias|derni[eè]res (?:nouvelles|actualit[eé]s|infos)|"
    r"(?:neueste|aktuelle|weitere) nachrichten|ultime notizie"
)

_PUBLISHER_LABEL = "|".join(
    re.escape(name) for name in sorted({*PUBLISHERS, *PUBLISHERS.values()}, key=len, reverse=True)
)

RULES: tuple[Rule, ...] = (
    # The place (and date, and wire) a story was filed from, cut from the head of its lead:
    # "NEW YORK (AP) — ", "BEIJING, Oct. 18 (Xinhua) -- ", "ATLANTA, Feb. 20, 2014 /PRNewswire/
    # -- ", "Nürnberg (dpa) - ". A place in capitals needs only the dash; a place in ordinary
    # case needs the date after a comma or a wire's name, so a sentence's first words stay.
    Rule("dateline-lead-caps", "dateline",
         _cs(rf"^(?!{_CAPS_LABELS}\b){_DL_CAPS}{_DL_REGION}(?:,? {_DL_DATE}|,? \({_DL_DATE}\))?"
             rf"(?:{_DL_CREDIT})?{_DL_END}"), "span", max_words=100000),
    Rule("dateline-lead-place", "dateline",
         _cs(rf"^{_DL_PLACE}{_DL_REGION}(?:, {_DL_DATE}(?:{_DL_CREDIT})?|,? \({_DL_DATE}\)"
             rf"|\s?\((?:{_AGENCY})\)(?:,? {_DL_DATE})?|\s?/[^/\n]{{2,40}}/)"
             rf"(?:{_DL_END}|\s(?=[A-Z\"“])(?=(?:\S+\s+){{8}}\S))"), "span", max_words=100000),
    Rule("dateline-lead-agency", "dateline",
         _cs(rf"^(?:{_DL_DATE}\s?)?\((?:{_AGENCY})\)\s?(?:[-–—]{{1,2}}\s?)?(?=\S)"
             r"(?=(?:\S+\s+){8}\S)"), "span",
         max_words=100000),
    Rule("dateline-lead-city", "dateline",
         _cs(rf"^(?:{_DL_CITY})(?:, [A-Z][\w.'’]{{1,20}}(?: [A-Z][\w.'’]{{1,20}})?)?"
             r"(?:\s?:\s|\s[-–—]{1,2}\s)(?=[A-Z\"“])(?=(?:\S+\s+){8}\S)"), "span",
         max_words=100000),
    # A wire's currency conversion note, on its own line or glued to a paragraph.
    Rule("currency-conversion-note", "credits",
         _cs(rf"\s?\({_CONVERSION_UNIT} ?1? ?= ?(?:[A-Z]{{1,3}}\$?|[$€£¥₹])? ?\d[\d.,]*"
             r"(?: [A-Za-z][A-Za-z. ]{1,30}?)?\)"), "span", max_words=100000, needle="="),
    # An agency's sign-off glued to the last sentence: "... on Friday. — Bernama", "PTI RR SHW".
    # "(Xinhua)" and a bare "dpa" after the last full stop are sign-offs too, not captions.
    Rule("agency-signoff-tail", "credits",
         _cs(rf"(?<=[.!?\"”’)])\s?(?:[-–—]{{1,2}}\s?(?:{_AGENCY})\.?|\((?:{_AGENCY})\)"
             rf"|\s(?:{_AGENCY})"
             r"|\s(?:PTI|IANS|ANI|UNI)(?: [A-Z]{2,4}){1,4})$"), "span", max_words=100000),
    # A call to read on glued after the paragraph it ends: "... in May. Read more at X."
    Rule("read-more-tail", "source-line",
         _p(r"(?<=[.!?\"”’…])\s?\[?(?:click here to read more|read more(?: here| (?:at|on) "
            r"[\w .'&-]{2,40})?|continue reading|read the full (?:story|article)(?: (?:at|on) "
            r"[\w .'&-]{2,40})?|related reading|full story)\]?\s?[:.…]*$"), "span",
         max_words=100000, needles=("read", "full story")),
    # A file-type tag before a headline link ("[PDF] Retail sales ..."), a live blog's time
    # stamp ("16.45 - "), a date in brackets ("(05/09/17) ") at the head of a paragraph.
    Rule("lead-tag", "navigation",
         _cs(r"^\[(?:PDF|pdf|Video|VIDEO|Audio|AUDIO|Photos?|PHOTOS?|Watch|WATCH)\]\s?"),
         "span", max_words=100000, needle="["),
    Rule("lead-time-stamp", "dateline",
         _cs(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d\s[-–—]\s(?=[A-Z\"“])"), "span", max_words=100000),
    Rule("lead-date-in-brackets", "dateline",
         _cs(r"^\(\d{1,2}/\d{1,2}/\d{2,4}\)\s?(?=\S)"), "span", max_words=100000, needle="("),
    # A wire's name in brackets alone on its line, under the story it sent: "(Yonhap)". (A bare
    # name is left to the rows that read the byline and date around it.)
    Rule("agency-credit-line", "credits", _cs(rf"^\|?\((?:{_AGENCY})\)$"), max_words=4),
    # The page store's own stamp at the head of a page: "date 2024-01-31".
    Rule("store-date-stamp", "dateline", _cs(r"^date \d{4}-\d{2}-\d{2}\b\s?"), "span",
         max_words=100000, needle="date "),
    # --- repost and source notices: also read by provenance ---------------------------------
    Rule("repost-appeared-on", "repost-notice",
         _p(r"(?:^|(?<=[.!?\"”’)…] ))the post .{1,300}? appeared (?:first )?on "
            r".{1,80}?(?:\.(?=\s|$)|$)"), "span",
         max_words=400, needle="the post "),
    Rule("print-edition", "credits",
         _p(r"^(?:appeared in the .{1,60}? print edition|a version of this (?:article|story) "
            r"appear(?:s|ed) in print)\b.{0,400}$"), max_words=80),
    Rule("repost-appeared-first-line", "repost-notice",
         _p(r"^(?:this (?:article|post|story) )?(?:first )?appeared (?:first )?(?:on|in) "
            r".{1,120}$")),
    Rule("originally-published", "source-line",
         _p(r"^\(?(?:(?:this )?(?:article|story|post|piece|content|report) "
            r"(?:(?:was|is|has been) )?"
            r"(?:originally|first)|originally) (?:published|posted|appeared|reported|ran) "
            r"(?:(?:on|at|in|by) .{1,200}|"
            rf"{_DATE}{_TIME}\.?)$"
            # "This article is originally from X"; "<headline> was originally published by X"
            r"|^(?:this )?(?:article|story|post|piece|report) (?:is|was) originally from .{1,200}$"
            r"|^[^.!?]{1,200}? was originally published by [\w&.'’ -]{2,60}\.?$"),
         max_words=45, needles=("originally", "first")),
    Rule("republished-with-permission", "source-line",
         _p(r"^(?:this (?:article|story|post) (?:is|was|has been) )?(?:re-?published|reprinted|"
            r"syndicated) (?:with permission )?(?:from|by|with permission|under) .{1,200}$"),
         max_words=45),
    # A bare credit to the site a story came through or the one that tipped the reposter off.
    Rule("via-credit", "source-line",
         _p(r"^(?:via|h/t|hat tip(?: to)?)\s?:?\s?[\w&.'’@ -]{2,40}$"), max_words=6),
    # A data vendor's credit under a portal's story ("Market data provided by ...").
    Rule("data-credit", "credits",
         _p(r"^(?:[\w&'’ ]{1,40} )?(?:news|data|quotes|prices)(?: and [\w ]{1,20})? "
            r"(?:brought to you|provided|powered|supplied|delivered) by [\w&.'’ -]{2,40}$"),
         max_words=14),
    # A stock-picking service's pitch says the stock in the story did not make its list.
    Rule("stock-picks-pitch", "advertisement",
         _p(r"^(?=.{0,400}?\b(?:wasn'?t|was not|isn'?t|is not|weren'?t|were not) "
            r"(?:one of them|among them|on (?:the|that) list))"
            r".{0,160}?\b(?:\d{1,2}|ten|five|three) (?:best |top )?stocks\b.{0,300}$"),
         max_words=70, needles=("stocks",)),
    Rule("source-url", "source-line",
         _p(r"^(?:article |original |news )?(?:source|via|from|origin(?:al)?(?: article| source)?)"
            r"\s*[:\-–]\s*.{0,80}?https?://\S{1,500}$")),
    # The same lines glued after a paragraph's last sentence by a feed that drops line breaks.
    Rule("source-url-tail", "source-line",
         _p(r"(?<=[.!?\"”’)] )(?:source|via|originally published (?:at|on))\s?:?\s?"
            r"https?://\S{1,500}$"), "span", max_words=2000, needle="http"),
    Rule("disclaimer-tail", "disclaimer",
         _p(r"(?<=[.!?\"”’)] )disclaimer\s?:.{1,3000}$"), "span", max_words=2000,
         needle="disclaimer"),
    # Wire copy ends its last paragraph with the agency's rights notice; only the notice goes.
    Rule("copyright-tail", "copyright",
         _p(r"(?<=[.!?\"”’)] )(?:copyright|©|\(c\)) ?(?:©|\(c\))? ?(?:19|20)\d{2}\b[^\n]{0,160}?"
            r"(?:all rights reserved|redistributed)[.!]?(?: ?(?:this|the) (?:material|article|story"
            r"|content) may not be [^\n]{1,120}?redistributed[^\n]{0,80})?$"), "span",
         max_words=2000, needle="20"),
    Rule("redistribution-tail", "copyright",
         _p(r"(?<=[.!?\"”’)] )(?:this|the) (?:material|article|story|content) may not be "
            r"(?:published|reproduced|copied|republished)[^\n]{0,80}?redistributed\b[^\n]{0,120}$"),
         "span", max_words=2000, needle="redistributed"),
    Rule("source-name", "source-line",
         _p(r"^(?:article |news )?source\s?:\s?[\w.&' -]{2,60}$"), max_words=6),
    Rule("read-original", "source-line",
         _p(r"^(?:read|view|see|continue reading) (?:the )?(?:full|original|complete|rest of the)"
            r" (?:article|story|post|report|(?:press )?release|text)(?: here| (?:at|on) .{1,120})?"
            r"[.:!»›>]?$")),
    Rule("read-more-at", "source-line",
         _p(r"^(?:read|continue reading) (?:more|the rest|the full story) (?:at|on)\s?:? "
            r".{1,150}$"
            # "Read it at The Daily Beast", "Read at www.example.com": a link to the original.
            r"|^read (?:it )?(?:at|on) (?:(?:www\.)?[\w-]{2,40}\.[a-z.]{2,12}|(?:the )?"
            r"(?-i:[A-Z][\w.&'’-]{1,30}(?: [A-Z][\w.&'’-]{1,30}){0,3}))\.?$")),
    Rule("press-release-original", "source-line",
         _p(r"^(?:cision ?)?view (?:original content|source version)(?: to download multimedia)?"
            r"(?: on \S{1,60})?"
            r"\s?:\s?\S{1,500}$")),
    Rule("source-link-label", "source-line",
         _p(r"^(?:source link|original source|source article|link to (?:the )?original)"
            r"\s?[:.]?$"), max_words=5),
    Rule("press-release-media-link", "photo-credit",
         _p(r"^(?:logo|photo|image|video|multimedia|infographic)\s?[-–:]\s?https?://\S{1,500}$"),
         max_words=4),
    Rule("press-release-source", "source-line",
         _cs(r"^SOURCE:? [A-Z][\w.,&'() -]{1,80}$"), max_words=10),
    # --- wire credits at the foot of wire copy ---------------------------------------------
    Rule("wire-credits-line", "credits",
         _cs(r"^\(?(?i:(?:additional )?reporting|writing|editing|compiled|compilation|"
             r"graphics?|research) (?i:by) [A-Z][^()]{1,400}\)?\.?$"), max_words=80),
    Rule("wire-credits-tail", "credits",
         _p(r"\s{0,4}\((?:(?:additional )?reporting|writing|editing) by [^()]{1,400}\)\.?$"),
         "span", needle=" by ",
         max_words=2000),
    # The same credits in the agencies' other services: "(Reporte de X; edición de Y;
    # traducción de Z)", "(Reportagem de X)", "(Reportage X, version française Y)", "(Reporter:
    # X, redigiert von Y)", "(Redazione Milano)".
    Rule("wire-credits-translated", "credits",
         _p(rf"(?:^|\s{{0,4}})\((?:{_CREDIT_WORDS_ELSEWHERE})(?=[\s:,])[^()]{{1,400}}\)\.?$"),
         "span", max_words=2000, needle="(",
         # One piece of each credit word: the pattern tries every place of a long paragraph
         # that has a bracket.
         needles=("report", "informaci", "dig", "version fran", "bericht", "redigiert",
                  "mitarbeit", "redazione", "edici", "editado", "tradu")),
    Rule("contributing", "credits",
         _p(r"^(?:(?:contributing|contributors?)\s?:|[-—–]{0,2} ?with assistance from) "
            r"[^.]{1,200}\.?$"), max_words=40),
    Rule("contributed-to-report", "credits",
         _p(r"^[-—–]{0,2} ?(?:[\w.'’&-]{1,30} ){0,8}contributed (?:reporting |research )?"
            r"(?:to|for) this (?:report|story|article)\.?$"), max_words=30,
         needles=("contributed ",)),
    Rule("contact-reporter", "credits",
         _p(r"^(?:to contact the (?:reporters?|editors?|authors?) (?:on|for|responsible for) "
            r"this story|write to [A-Z][\w.'’-]{1,30}(?: [\w.'’-]{1,30}){0,3} at)\b.{0,300}$"),
         max_words=60),
    # Agence France-Presse closes a dispatch with its desk's initials: "hmn/rmb/jj".
    Rule("desk-initials", "credits", _cs(r"^[a-z]{2,4}(?:/[a-z]{2,4}){1,5}$"), max_words=1),
    Rule("end-of-story", "credits", _cs(r"^\((?:END|MORE|ENDS)\)(?: .{1,60})?$"), max_words=10),
    Rule("feed-notice", "source-line",
         _p(r"^\(?(?:this (?:story|article|report|content) (?:has not been|was not|is not) "
            r"edited\b|this (?:story|article|report|content) (?:is|was|has been) auto-?generated"
            r"\b|auto-?generated from (?:a |the )?(?:syndicated )?feed\b).{0,200}$"), max_words=40),
    Rule("content-created-by", "source-line",
         _p(r"^this (?:content|article|story|report) was (?:created|produced|written|provided) "
            r"by .{1,300}$"), max_words=60),
    Rule("licensing-rights", "credits",
         _p(r"^purchase licensing rights.{0,40}$"), max_words=8),
    Rule("trust-principles", "credits",
         _p(r"^our standards: the thomson reuters trust principles\.?.{0,40}$")),
    Rule("editor-note-credit", "credits",
         _cs(rf"^(?i:edited|written|fact[- ]checked|reviewed) (?i:by):? {_NAME}"
             rf"(?:(?:,| and| &) {_NAME}){{0,2}}$"), max_words=10),
    Rule("editor-label-credit", "credits",
         _cs(rf"^(?i:(?:web |chief |executive |managing |copy |responsible |news )?editors?|"
             rf"(?:web )?producer|compiled by) ?: ?{_NAME}(?:(?:,| and| &|;) {_NAME}){{0,3}}$"),
         max_words=12),
    # --- press-release contacts ---------------------------------------------------------
    Rule("contact-heading", "contact",
         _p(r"^(?:(?:media|press|investor|investors|ir|company|analyst|agency)(?: relations)?"
            r"(?: and (?:media|investor)s?)? )?(?:contacts?|contact information|contact details|"
            r"inquiries|enquiries)(?: for (?:media|investors))?\s?:?$|"
            r"^(?:media|press|investors?|investor relations)\s?:$"), "section", max_words=6),
    Rule("contact-line", "contact",
         _p(r"^(?:media |press |news )?contacts? ?:(?=[^\n]{0,200}?(?:@|\d{3}[-. )]{1,2}\d{3}[-. ]"
            r"\d{4}))[^\n]{1,300}$"), max_words=30),
    Rule("press-office-label", "contact",
         _p(r"^(?:office of (?:public|media|press|government) (?:affairs|relations|information)|"
            r"(?:press|media|news) (?:office|room|centre|center)|communications office)$"),
         max_words=6),
    Rule("contact-link", "contact",
         _p(r"^(?:email us here|e-?mail us|send (?:us )?an? (?:email|message)|contact us here)$"),
         max_words=5),
    Rule("contact-prompt", "contact",
         _p(r"^(?:for (?:further|more|additional) information,? )?(?:please )?contact:?$|"
            r"^for (?:further|more|additional) information,? (?:please )?(?:contact|visit|email)"
            r"\b.{0,80}:$|^on behalf of the board(?: of directors)?,?$"),
         "section", max_words=14),
    Rule("email-line", "contact",
         _p(r"^(?:e-?mail\s?:\s?)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$"),
         max_words=2),
    Rule("phone-line", "contact",
         _p(r"^(?:(?:tel|phone|mobile|t|p|m)\.?\s?:?\s?)?(?:(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?"
            r"[\s.-]?\d{3}[\s.-]\d{4}|\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5})$"), max_words=7),
    # The name, job and company lines of a contact block, above its phone or e-mail line.
    Rule("contact-name-above", "contact",
         _cs(r"^[A-Z][\w.&'’-]{0,30}(?: (?:[A-Z][\w.&'’-]{0,30}|de|van|von|der|da|la|le|of|and|&))"
             r"{0,5},?$"), max_words=7, after=("contact",)),
    # --- disclaimers ----------------------------------------------------------------------
    Rule("disclaimer-label", "disclaimer",
         _p(r"^(?:\*\s?)?(?:(?:legal|important|high|general|risk|investment|financial|trading) )"
            r"{0,2}(?:disclaimer|disclosure(?: ?(?:&|and) ?polic(?:ies|es))?|risk warning|"
            r"not financial advice)"
            r"\s?[:.\-–—].{1,3000}$"), max_words=600),
    Rule("positions-disclosure", "disclaimer",
         _p(r"^(?=.{0,600}?\b(?:has|have|holds?|had) (?:no )?(?:\((?:either )?directly or "
            r"indirectly\) )?(?:any )?(?:positions?|stakes?) in\b)"
            r"(?=.{0,600}?\b(?:(?:stocks?|securities) mentioned|disclosure policy|recommends)\b)"
            r".{1,900}$"),
         max_words=150, needles=("position", "stake")),
    Rule("market-data-notice", "disclaimer",
         _p(r"^(?:quotes|market data|prices|data) (?:are |is )?(?:displayed|delayed|provided|"
            r"powered)\b.{0,600}$"), max_words=120),
    Rule("disclaimer-statement", "disclaimer",
         _p(r"^(?:the (?:views|opinions|information|content) (?:and opinions )?(?:expressed|"
            r"provided|contained) (?:herein|(?:in|on) this (?:article|post|website|site|piece))|"
            r"this (?:article|content|post) (?:is|does not constitute|should not be|was) .{0,40}?"
            r"(?:not (?:intended as )?(?:investment|financial)|informational purposes|"
            r"(?:investment|financial|trading) advice)).{0,3000}$"), max_words=600),
    Rule("disclaimer-signals", "disclaimer",
         _p(r"^(?=.{0,1500}?(?:informational purposes only|without warranty|"
            r"(?:investment|financial|trading|legal) advice|do your own research|at your own risk|"
            r"(?:their|your) own due diligence|paid (?:press release|post|article)|"
            r"solely responsible for all content))"
            r"(?=.{0,1500}?(?:not (?:be )?(?:held )?(?:responsible|liable)|"
            r"reflect the (?:official )?(?:views?|opinions?|position)|infring|for removal|"
            r"accuracy|completeness|endorse|"
            r"recommendation|no guarantee|receives (?:financial )?support|does not constitute|"
            r"should not be (?:considered|construed|relied))).{1,4000}$"), max_words=600,
         needles=("informational purposes only", "without warranty", " advice",
                  "do your own research", "at your own risk", "own due diligence", "paid ",
                  "solely responsible for all content")),
    # Press releases end with the securities-law boilerplate; news text that mentions
    # forward-looking statements never uses these legal phrases.
    Rule("forward-looking-statements", "disclaimer",
         _p(r"^(?=.{0,1500}?\bforward[- ]looking\b)(?=.{0,3000}?(?:within the meaning of|"
            r"undertakes? no (?:obligation|duty)|safe harbou?r|securities litigation reform act|"
            r"not (?:statements of )?historical facts?|no obligation to (?:update|revise)|"
            r"undue reliance))"
            r".{1,6000}$"),
         max_words=900, needles=("forward",)),
    Rule("exchange-disclaimer", "disclaimer",
         _p(r"^neither (?:the )?(?:tsx venture exchange|tsx|canadian securities exchange|cse|"
            r"nasdaq|nyse|asx|aim)\b.{0,40}\bnor\b.{0,400}\b(?:responsibility|approved|"
            r"disapproved)\b.{0,300}$"), max_words=90),
    Rule("editorial-policy-box", "disclaimer",
         _p(r"^(?:our )?editorial (?:process|policy|standards|integrity) (?:for|at|of|is|are)\b"
            r".{0,80}?\b(?:centered|focused|committed|ensures?|designed|based)\b.{0,1500}$"),
         max_words=300),
    # The trust box crypto sites print above the headline: a heading and three short claims.
    # Some print fewer, so the lead that follows a shorter box is not one of them.
    Rule("trust-box-heading", "disclaimer",
         _p(r"^(?:reason|reasons) to trust(?: us)?:?$"), "section", max_words=4, section_blocks=3,
         ends_at_prose=True),
    Rule("trust-link", "disclaimer",
         _p(r"^why (?:you can )?trust (?!us$)[\w.&'’ ]{1,30}$"), max_words=7),
    Rule("disclaimer-heading", "disclaimer",
         _p(r"^(?:(?:legal |important |risk )?(?:disclaimer|disclosure)|risk warning|"
            r"why (?:you can )?trust us|"
            r"editorial (?:policy|process|standards)|(?:cautionary (?:note|statements?|language) "
            r"(?:regarding|concerning|about|on) )?forward[- ]looking (?:statements?|information)|"
            r"safe harbou?r(?: statement)?|"
            r"(?:reader |forward-looking (?:statements?|information) )?advisory)s?:?$"),
         "section", max_words=5, section_blocks=1),
    # --- price and ticker widgets ---------------------------------------------------------
    Rule("price-number", "price-widget",
         _p(rf"^(?!\(?\d{{2,4}}\)?[ -]\d{{3,4}}-\d{{3,4}}$){_NUMBER}"
            rf"(?:(?:\s{{1,3}}|(?=[-+−$€£¥₿])){_NUMBER}){{0,5}}$")),
    Rule("price-currency-code", "price-widget",
         _cs(r"^(?:USD|EUR|GBP|JPY|CNY|BTC|ETH|USDT|USDC|SOL|BNB|XRP|[A-Z0-9]{2,10}/(?:USDT?|USDC|"
             r"BTC|ETH|EUR)|\^[A-Z0-9.]{2,10})$")),
    Rule("price-ticker-label", "price-widget",
         _p(r"^[\w .'&-]{1,40} ?(?:live price chart|price chart|logo|price today|"
            r"price\s?\(\s?[A-Z0-9]{2,10}\s?\))$"), max_words=8,
         needles=("price", "logo")),
    Rule("price-label-ticker", "price-widget",
         _cs(r"^[\w .'&-]{1,40}\(\s?[A-Z0-9]{2,10}\s?\)(?i: (?:live )?price(?: chart)?| logo)$"),
         max_words=8),
    Rule("price-ticker-row", "price-widget",
         _cs(rf"^(?:[A-Z0-9]{{2,10}}|[\w .'&-]{{1,30}}\(\s?[A-Z0-9]{{2,10}}\s?\))\s{{1,3}}"
             rf"(?:[▲▼△▽↑↓] ?)?{_NUMBER}"
             rf"\s{{1,3}}[-+−▲▼]?\d{{1,5}}(?:\.\d{{1,4}})?%$"), max_words=8),
    # A feed card's instrument chip: a market's name and its signed change, nothing else.
    Rule("instrument-change-chip", "price-widget",
         _cs(r"^[A-Z][\w.&/'-]{0,24}(?: [\w.&/'-]{1,24}){0,2}"
             r"\s{1,3}[-+−▲▼]\d{1,5}(?:\.\d{1,4})?%$"),
         max_words=4),
    # A quote widget's row: a name, a price and two or more signed changes, or a price in a
    # currency code. One signed change after a value is an article's own data table
    # ("North West £228,000 +7.4%"), which stays.
    Rule("price-quote-row", "price-widget",
         _cs(r"^[A-Z][\w .,'&()-]{0,60}? [-+−]?[$€£¥]?\d[\d,]{0,12}(?:\.\d{1,6})?"
             r"(?: ?[A-Z]{3}(?:\s{1,3}[-+−]\d{1,5}(?:\.\d{1,4})?%?){0,3}"
             r"|(?:\s{1,3}[-+−]\d{1,5}(?:\.\d{1,4})?%?){1,3})"
             r"\s{1,3}[-+−]\d{1,5}(?:\.\d{1,4})?%$"), max_words=16),
    Rule("price-table-header", "price-widget",
         _p(rf"^{_QUOTE_COLUMN}(?: {_QUOTE_COLUMN}){{2,12}}$"), max_words=13),
    Rule("currency-grid-header", "price-widget",
         _cs(r"^(?:[A-Z]{3}\s{1,3}){2,12}[A-Z]{3}$"), max_words=13),
    Rule("currency-grid-row", "price-widget",
         _cs(r"^[A-Z]{3}(?:\s{1,3}[-+−]?\d{1,3}(?:\.\d{1,4})?%){1,12}$"), max_words=13),
    Rule("price-stat", "price-widget",
         _p(r"^(?:24h |24-hour )?(?:volume|market cap(?:italization)?|circulating supply|"
            r"all[- ]time high|24h (?:high|low)|fully diluted (?:valuation|market cap)|rank|"
            r"(?:24h |price )?change(?: \(24h\))?)"
            r"(?: \(24h\))?\s?:?\s?[$€]?[\d,.]{0,20}\s?[KMBT%]?$"), max_words=8),
    Rule("price-widget-heading", "price-widget",
         _p(r"^(?:market opportunity|price (?:data|widget|ticker)|live (?:prices|markets)|"
            r"markets?|crypto prices|(?:trade|buy|sell) (?:now|[A-Z0-9]{2,10}(?: now)?)|"
            r"in (?:this|the) (?:article|story)|(?:stocks?|tickers?|companies|coins|assets) "
            r"(?:mentioned|in (?:this|the) (?:article|story))"
            r"(?: in (?:this|the) (?:article|story))?"
            r")\s?:?$"),
         max_words=6),
    Rule("ticker-above-widget", "price-widget",
         _cs(r"^[\w .'&-]{1,40}\(\s?[A-Z0-9]{2,10}\s?\)$"), max_words=6,
         after=("price-widget",)),
    # The sentence that explains a quote table sits right above it.
    Rule("widget-description", "price-widget",
         _p(r"^the (?:table|chart|heat ?map|widget|grid) (?:below|above) shows\b.{0,300}$"),
         max_words=50, after=("price-widget",)),
    # A short label goes only with a widget's own values, not with another label: a chain of
    # labels would climb into the article's subheads.
    Rule("label-above-widget", "price-widget", _p(r"^[^.!?:]{1,40}$"), max_words=4,
         after=("price-number", "price-currency-code", "price-ticker-label", "price-label-ticker",
                "price-ticker-row", "price-quote-row", "price-table-header",
                "currency-grid-header", "currency-grid-row", "price-stat", "ticker-above-widget",
                "instrument-change-chip")),
    # --- teaser lists: everything after the heading is furniture --------------------------
    Rule("related-heading", "related-links",
         _p(r"^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
            r"related(?: (?:posts?|articles?|stories|news|reading|content|coverage|topics|"
            r"links|videos?|items?))?|"
            r"(?:read|watch) next|see also|also read|more (?:from|on|stories|news|"
            r"articles|to read|for you|in|like this)(?: [\w&' -]{1,40})?|"
            r"recommended(?: for you| stories| articles| reading| videos?| news)?|"
            r"trending(?: now| stories| news| articles| topics)?|"
            r"most (?:read|popular|viewed|shared)(?: (?:stories|articles|news))?|"
            r"(?:latest|top|popular|featured|hot|trending) (?:news|stories|posts|articles|"
            r"headlines|topics)|"
            r"(?:most read|most popular|latest|more|top stories|trending|popular)"
            r"(?: (?:news|stories|articles|posts))? "
            r"(?:from|on|at|in|about) [\w&'’ .,-]{1,40}|"
            r"what to read next|don'?t miss(?: (?:these|this|our) [\w' ]{1,40})?|"
            r"editors?'?s?'? picks?|further reading|around the web|"
            r"from the web|up next|in other news|keep reading|more news|news feed|"
            r"related (?:quotes|tickers|symbols|reading)|(?:view |see )?full coverage|"
            r"explore more on these topics|more stories like this.{0,80}|suggested topics|"
            r"latest(?: updates)?|popular(?: now)?|top stories|hot stories|"
            r"(?:sponsored|promoted) (?:stories|links|content|posts)|"
            rf"{_RELATED_LABELS_ELSEWHERE})\s?[:»›>.]?$"),
         "section", max_words=8),
    Rule("related-inline", "related-links",
         _p(r"^(?:related|read more|read also|also read|see also|read|more|must read|recommended|"
            r"suggested|read next|watch|listen|related coverage|related story|related article|"
            r"don'?t miss|now read|read this next|keep reading|"
            r"related reading|related news|related (?:videos?|podcasts?|links?|content|posts?|"
            r"stories|articles)|"
            rf"{_RELATED_LABELS_ELSEWHERE})"
            r"\s?[:|»›>\-–—]\s?.{1,200}$"), max_words=25),
    # The label in capitals with only a space after it ("READ  Ministry refunds ..."), or glued
    # into one word ("AlsoRead"): the capitals or the glue, not a colon, set it off the headline.
    Rule("related-inline-caps", "related-links",
         _cs(r"^(?:(?:ALSO READ|READ ALSO|READ MORE|MUST READ|SEE ALSO|READ|RELATED)\s+"
             r"(?!FULL\b|MORE\b)(?=[A-Z\"“‘])(?=(?:\S+\s+){3}\S)"
             r"|(?:AlsoRead|ReadAlso|ReadMore|SeeAlso)\b).{0,200}$"), max_words=25),
    Rule("teaser-stamp", "related-links",
         _p(r"^[\w .'&-]{0,40}?\d{4}/\d{2}/\d{2}(?: \d{2}:\d{2})?$"), max_words=6),
    # A feed's headline with its age after a separator ("Fossils found in Spain - 23 mins ago",
    # "Markets rally · 3 hours ago"): a story's paragraph never ends on its own age.
    Rule("teaser-age", "related-links",
         _p(r"^[^.!?]{10,200}?\s[-–—|·•]\s?(?:about )?(?:an? |\d{1,3} ?)(?:min(?:ute)?s?|hrs?|"
            r"hours?|days?|weeks?|months?) ago$"), max_words=30, needles=(" ago",)),
    # --- comment sections and tags ----------------------------------------------------------
    Rule("attachments-heading", "placeholder",
         _p(r"^(?:attachments?|related (?:images|files|documents|links)|downloads?)\s?:?$"),
         "section", max_words=3),
    Rule("comments-heading", "comments",
         _p(r"^(?:leave a (?:reply|comment)(?: cancel reply)?|comments?(?: \(\d{1,6}\))?|"
            r"\d{1,6} comments?|"
            r"join the (?:conversation|discussion)|add a comment|post a comment|"
            r"show comments|view comments)\s?[:.!]?$"), "section", max_words=6),
    # The comment form's fine print, also when the scraper lost the heading above it.
    Rule("comment-form", "comments",
         _p(r"^(?:your email address will not be published|save my name, email,? and website|"
            r"required fields are marked|notify me of (?:follow-up comments|new posts)).{0,120}$"),
         max_words=30),
    Rule("breadcrumb", "navigation",
         _p(r"^(?:home|news)\s?(?:[»›>/|]\s?[\w .,&'-]{1,40}){1,6}$"), max_words=16),
    # A site's greeting and tagline: "Welcome, we offer 24hrs updates on ...", "Welcome to X!
    # Your source for ...".
    Rule("site-welcome", "navigation",
         _p(r"^welcome(?: to [^,.!?]{2,60})?\s?[,!.:]\s?(?:we|you|your|here|this is|the home)\b"
            r".{0,200}$"), max_words=30, needles=("welcome",)),
    # A news site's activity counter: "There were 1,606 press releases posted in the last 24
    # hours and ...".
    Rule("site-counter", "navigation",
         _p(r"^there (?:were|are|have been) [\d,.]+ (?:press releases|articles|stories|posts|"
            r"news (?:items|stories)) (?:posted|published)\b.{0,120}$"), max_words=30,
         needles=("there ",)),
    # A trail of short section names in guillemets, ending in the story's headline:
    # "Site.com » Business » Sensex rose 456 points".
    Rule("breadcrumb-trail", "navigation",
         _p(r"^(?:[\w.&'-]{1,30}(?: [\w.&'-]{1,30}){0,2}\s{0,3}[»›]\s{0,3}){2,6}[^»›]{1,200}$"),
         max_words=30, needles=("»", "›")),
    # Previous/next links under a blog post: the label, then the neighbouring post's headline.
    Rule("adjacent-post", "navigation",
         _p(r"^(?:[←«‹<] ?)?(?:previous|next|prev|older|newer) (?:post|article|story|entry)"
            r"(?: ?[→»›>])?$"), "section", max_words=4, section_blocks=1),
    # Account buttons in the page header, which can sit right above the first paragraph.
    Rule("account-button", "navigation",
         _p(r"^(?:sign ?in|log ?in|register|join now|join for free|my account|"
            r"create (?:a )?(?:free )?account|sign in / register|log ?in / register)$"),
         max_words=5),
    Rule("page-navigation", "navigation",
         _p(r"^(?:post navigation|article navigation|jump to|skip to (?:main )?content|"
            r"back to top|more ?less)\s?:?$"), max_words=4),
    Rule("more-button", "navigation",
         _p(r"^(?:view|see|show|load|read) (?:more|all|less)(?: (?:news|stories|articles|posts|"
            r"comments))?\s?[»›>+]?$"), max_words=4),
    # A release ends at "###" or "-30-"; what follows is the issuer's footer.
    Rule("release-end-mark", "after-article", _p(r"^(?:# ?# ?#|- ?30 ?-)$"), "section",
         max_words=3),
    Rule("separator", "separator", _p(r"^[_\-=*~•·#|∙]{1,80}$"), max_words=1),
    Rule("hashtag-row", "tags", _p(r"^(?:[#$][A-Za-z]\w{0,40}[\s,]{0,3}){1,15}$"),
         max_words=15),
    # A bare "Tags" heading with the tags one per line under it.
    Rule("tags-heading", "tags",
         _p(r"^(?:tags|topics|tagged|tagged with|filed under|categories|related topics)\s?:?$"),
         "section", max_words=3),
    Rule("tags-line", "tags",
         _p(r"^(?:tags?|tagged(?: with)?|topics?|filed under|categories|category|posted in|"
            r"distribution channels|related topics)\s?:\s?.{0,300}$"), max_words=30),
    # --- share, follow, newsletter prompts ------------------------------------------------
    Rule("share-row", "share-widget",
         _p(rf"^(?:share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via))?\s?:?\s?)?"
            rf"(?:(?:{_SOCIAL})(?:\s{{1,3}}|\s?[|,·•/]\s?|$)){{1,12}}$"), max_words=14),
    Rule("share-label", "share-widget",
         _p(r"^(?:share(?: (?:this|the|on|via|now|article|story|post|page|link)){0,4}|"
            r"share (?:this )?(?:article|story|post)(?: with (?:a friend|friends|others))?|"
            r"click to (?:share|email|print|tweet|pin).{0,60}|tweet this|pin it|"
            r"copy (?:the |article |story |page )?link|(?:link )?copied(?: to (?:the )?clipboard)?|"
            r"like this|"
            r"save(?: (?:article|story|for later|to reading list))?|"
            r"\d{1,6} shares?|shares?|follow|reply|repost|quote)\s?[:!]?$"), max_words=12),
    Rule("follow-prompt", "share-widget",
         _p(r"^(?:(?:please )?(?:follow|like|join|find|visit)(?: (?:and|&) (?:like|follow|share))? "
            r"us(?: (?:on|at|in) .{1,200}|\s?[:!.]?)|observe us on .{1,200})$"), max_words=35),
    # "Follow Jane Doe": the author-alert button (case-sensitive: a name, not a sentence).
    Rule("follow-name", "share-widget", _cs(rf"^(?i:follow) {_PERSON}$"), max_words=4),
    Rule("follow-coverage", "related-links",
         _p(r"^follow (?:[\w.'’]{1,30}(?:'s|’s) )?(?:coverage|live updates|updates|the latest) "
            r"(?:of|on|at|about) .{1,200}$"), max_words=30),
    Rule("follow-author", "share-widget",
         _p(r"^(?:follow|like|join) (?:@\w{1,30}|[\w.' -]{1,60} on (?:twitter|x|linkedin|"
            r"facebook|instagram|threads|bluesky|telegram|google news)).{0,120}$"), max_words=25),
    # A share prompt phrased as a question: "Like this article? Share it with a colleague."
    Rule("share-question", "share-widget",
         _p(r"^(?:(?:did you )?(?:like|enjoy|liked|enjoyed|found) (?:this|the) "
            r"(?:article|story|post)(?: useful| helpful)?\?|like what you(?:'re| are)? read\??) ?"
            r"(?:share|send|forward|pass) (?:it|this|the (?:article|story|post))\b.{0,80}$"),
         max_words=20),
    Rule("newsletter-emailed", "newsletter",
         _p(r"^(?:get|have|receive|sign up (?:to|for)) (?:the |our |all )?[\w'’ ,-]{0,60}?"
            r"(?:emailed|delivered|sent) (?:straight |directly |right )?to (?:you|your "
            r"(?:inbox|email|phone))\b[^.!?]{0,80}[.!]?$"),
         max_words=25),
    # What a comment box says when it is empty, closed, or for members only, in the five
    # languages (forum software prints the same lines on every site that runs it).
    Rule("comment-prompt", "comments",
         _p(r"^(?:be (?:the )?first to (?:comment|reply|review)|"
            r"(?:there are )?no comments(?: yet)?|comments? ?/ ?\d{1,5}|"
            r"comments are (?:closed|disabled)|"
            r"(?:this|the) (?:topic|thread|discussion) (?:was|has been|is) (?:automatically )?"
            r"closed\b.{0,120}|new replies are no longer allowed|"
            r"(?:connectez-vous|identifiez-vous|inscrivez-vous)\b.{0,80}\bcommenter\b.{0,40}|"
            r"l'espace des commentaires\b.{0,80}|"
            r"(?:inicia sesión|regístrate|identifícate)\b.{0,60}\bcomentar\b.{0,40}|"
            r"(?:melden sie sich an|registrieren sie sich)\b.{0,60}\bkommentieren\b.{0,40}|"
            r"(?:faça login|entre|cadastre-se)\b.{0,40}\bcomentar\b.{0,40})\s?[.!:]?$"),
         max_words=30),
    Rule("comment-sign-in", "comments",
         _p(r"^(?:you (?:must|need to|have to) (?:be )?(?:signed in|logged in|sign in|log in)|"
            r"(?:please )?(?:sign|log) ?in|register|create an account) to (?:comment|"
            r"post (?:a )?comments?|reply|leave a comment|join the (?:conversation|discussion))"
            r"[.!]?$"), max_words=15),
    # Its pitch and fine print follow the heading: two blocks, whatever they say.
    Rule("newsletter-name", "newsletter",
         _p(r"^(?!(?:sign|subscribe|join|get|read|try|check|see|click|register|follow|our|your|"
            r"this|enter)\b)(?:the )?[\w'’&-]{1,20}(?: [\w'’&-]{1,20}){0,3} newsletter$"),
         "section",
         max_words=6, section_blocks=2),
    Rule("newsletter-prompt", "newsletter",
         _p(r"^(?:sign up|subscribe|stay (?:informed|updated|ahead|in the loop)|never miss|"
            r"want (?:more|the latest)|don'?t miss|enter your email|be the first|"
            r"get (?:the|our) (?:latest|daily|weekly|free|best|top)|join (?:our|us|the|\d)|"
            r"get (?:up-to-the-minute|breaking|local|instant)|thanks? (?:you )?for reading|"
            r"start (?:every|each|your) (?:day|morning|week)|catch (?:all|the latest)|"
            r"download (?:the|our)|"
            r"for (?:the )?(?:latest|more) (?:news|updates|headlines|coverage)|"
            r"receive (?:our|the latest))\b.{0,300}\b(?:newsletters?|inbox|daily brief|"
            r"digest|alerts?|updates|subscription|subscribe|telegram|whatsapp|channel|discord|"
            r"community|members|subscribers|podcast|headlines?|news|stories|briefing)\b.{0,200}$"),
         max_words=45),
    Rule("newsletter-mention", "newsletter",
         _p(r"^(?=.{0,300}\b(?:newsletters?|inbox|junk folder|spam folder|welcome email)\b)"
            r".{0,300}\b(?:sign up|signing (?:you )?up|subscribe|get|delivered|join|receive|free|"
            r"register|issue|welcome|thanks|thank you|soon|check)\b.{0,300}$"), max_words=35,
         needles=("newsletter", "inbox", "junk folder", "spam folder", "welcome email")),
    Rule("subscribe-label", "newsletter",
         _p(r"^(?:subscribe(?: now| today| for free| here)?|sign up(?: now| for free| here)?|"
            r"newsletter|get the newsletter|your email(?: address)?|email address|submit|"
            r"thank you for subscribing!?|you(?:'re| are) (?:now )?subscribed!?|"
            r"thanks? (?:you )?for (?:signing up|subscribing)!?|"
            r"by (?:signing up|subscribing|clicking)[\w ,“”\"'‘’]{0,30}?you (?:agree|consent|"
            r"accept) .{1,200}|be the first to know|get it(?: now)?|ready for more\??|"
            r"(?:subscribe|sign up) to [\w&'’ ]{1,30}|get unlimited (?:digital )?access|"
            r"support (?:local|independent|quality) journalism.{0,80})[.!:]?$"),
         max_words=40),
    # A sign-up box's own heading: "The Morning Brief Newsletter".
    Rule("newsletter-footer", "newsletter",
         _p(r"^(?:(?:like|enjoy|enjoying|love|loving) (?:this|the|our|today's) (?:newsletter|email|"
            r"issue|edition|briefing)\?[^\n]{0,100}|unsubscribe(?: here)?|manage (?:your )?"
            r"(?:subscriptions?|email settings)|update (?:your )?email preferences|"
            r"view (?:this email )?in (?:your )?browser)[.!]?$"), max_words=20),
    # A newsletter's sponsor block: its heading, then a pitch of a line or two and a button.
    # "A message from our CEO" heads a letter, not an advert, so the sponsor must be named.
    Rule("sponsor-block", "advertisement",
         _p(r"^(?:a )?(?:message|word|note) from (?:our (?:sponsors?|partners?)|"
            r"(?!the |our |my |your |a )[\w&.'’ -]{2,40})$"), "section", max_words=8,
         section_blocks=2),
    Rule("sponsor-line", "advertisement",
         _p(r"^(?:sponsored by|brought to you by|in partnership with) [\w&.'’ -]{2,40}$"),
         max_words=8),
    Rule("call-to-action", "navigation",
         _p(r"^(?:learn more|find out more|discover more|get started|try it (?:free|now)|"
            r"book a demo|start (?:your )?free trial|"
            r"show (?:more|fewer|less) (?:stories |posts |articles )?like this|"
            r"hide (?:all )?(?:stories|posts) from [^\n]{1,60})$"), max_words=10),
    Rule("postal-footer", "contact",
         _p(r"^[\w&.'’ -]{1,60}, \d{1,6} [\w.'’ ]{1,40}? (?:st|street|ave|avenue|blvd|boulevard|"
            r"rd|road|dr|drive|way|lane|ln|pl|place|plaza|pkwy|parkway|square|sq)\.?,? [^\n]{1,60}?"
            r"\b\d{5}(?:-\d{4})?$"), max_words=16),
    Rule("forum-chrome", "comments",
         _p(r"^(?:r/\w{2,30}|u/\w{2,30}|posted by u/\w{2,30}|upvote|downvote|level \d{1,2}|"
            r"more posts you may like|\d{1,4}(?:[.,]\d)?k? (?:points|upvotes|votes))$"),
         max_words=6),
    Rule("view-counter", "share-widget",
         _p(r"^(?:👁️?|👀|views?:?) ?\d{1,4}(?:[.,]\d{1,3})?[kKmM]?(?: views?)?$"), max_words=3),
    # A weather widget: the temperature, the day's high and low ("H: 68° L: 47°").
    Rule("weather-widget", "navigation",
         _p(r"^(?:-?\d{1,3} ?°[FC]?|(?:h|hi|high) ?:? ?-?\d{1,3} ?°[FC]?"
            r"(?: ?[/|,]? ?(?:l|lo|low) ?:? ?-?\d{1,3} ?°[FC]?)?|"
            r"-?\d{1,3} ?°[FC]? ?/ ?-?\d{1,3} ?°[FC]?)$"), max_words=6),
    Rule("closings-widget", "navigation",
         _p(r"^(?:school )?(?:closings|delays|closings (?:and|&) delays) ?:? ?\d{1,4}"
            r"(?: active)?$"),
         max_words=6),
    Rule("newsletter-end-marker", "newsletter",
         _p(r"^(?:after|skip past) newsletter promotion$"), max_words=4),
    Rule("terms-agreement", "newsletter",
         _p(r"^\*? ?(?:i (?:understand and )?agree|by (?:registering|creating an account|"
            r"signing up|subscribing|clicking|continuing))\b.{0,300}\b(?:privacy policy|"
            r"terms of (?:service|use)|user agreement)\b.{0,100}$"), max_words=70),
    # Account prompts a scraper glued to the end of a paragraph ("...holdings.Create an account").
    Rule("account-prompt-tail", "newsletter",
         _p(r"(?<=[.!?\"”’])\s?(?:create (?:a free |an )?account|sign in|log in|register) to "
            r"(?:save|bookmark|follow|continue|keep|read|get|unlock)[^.!?]{0,80}[.!]?$"), "span",
         max_words=2000, needle="to "),
    Rule("app-badge", "advertisement",
         _p(r"^(?:download (?:it )?(?:on|from) the app store|get it on google play|"
            r"available on (?:the )?(?:app store|google play)|(?:get|download) (?:the|our) "
            r"(?:free )?(?:[\w&'’-]{1,20} )?app|now on (?:the )?app store,? (?:and |& )?"
            r"google play)[.!]?$"), max_words=8),
    Rule("subscriber-paywall", "newsletter",
         _p(r"^(?:this (?:article|content|story) is (?:only )?(?:available|reserved) (?:to|for) "
            r"(?:subscribers|members)|already a subscriber\??|"
            r"subscribe to (?:continue|unlock|read)|you(?:'ve| have) reached (?:your|the) "
            r"(?:limit|maximum) of .{1,60}|start your (?:free )?(?:subscription|trial)\b.{0,100}|"
            r"(?:log ?in|sign ?in) to (?:continue|read|access)|"
            r"create (?:a free |an )?account(?: to)?\b).{0,200}$"),
         max_words=40),
    # --- advertisements and placeholders --------------------------------------------------
    # A publisher's appeal for money: "Support independent journalism", "Readers like you keep
    # news free", "More than 5,000 readers have already chipped in", "Donate now".
    Rule("donation-appeal", "advertisement",
         _p(r"^(?:(?:please )?(?:support|fund|back) (?:our|independent|quality|local|trusted|"
            r"public[- ]interest|free) (?:journalism|reporting|news(?:room)?)\b.{0,200}"
            r"|readers like you\b.{0,200}"
            r"|.{0,80}\breaders (?:like you )?(?:have )?(?:already )?"
            r"(?:pitched|chipped) in\b.{0,200}"
            r"|.{0,120}\b(?:donate|contribute|chip in|make a (?:donation|contribution))\b.{0,60}"
            r"\b(?:our|independent) (?:journalism|reporting|newsroom|work)\b.{0,120}"
            r"|.{0,120}\bkeep (?:the )?(?:news|journalism|paywalls?) (?:free|away|open)\b.{0,120}"
            r"|(?:donate|make a donation)(?: now| today)?[.!]?)$"),
         max_words=45, needles=("support", "fund", "back", "readers", "donat", "contribut",
                                "chip in", "keep")),
    # Evergreen broker and stock-picking promos: the heading and the pitch right under it.
    Rule("stock-promo-heading", "advertisement",
         _p(r"^(?:how to (?:buy|invest in|trade) [\w.&$' -]{1,30} (?:stocks?|shares|etfs?|crypto|"
            r"tokens?|coins?)|should you (?:invest|buy|sell) .{1,60}(?:right now|today|now))\??$"),
         "section", max_words=12, section_blocks=1),
    # "CLICK HERE TO READ MORE": a link's label, never a sentence of the article.
    Rule("click-here", "navigation",
         _p(r"^(?!.{0,200}[.!?][\"”’]? [A-Z]).{0,100}\bclick(?:ing)? here\b.{0,100}$"),
         max_words=20, needles=("click",)),
    Rule("stock-report-promo", "advertisement",
         _p(r"^(?:want (?:the latest|more) (?:recommendations|stock picks|ideas)\b.{0,400}|"
            r"\*?[\w ]{1,40} returns (?:as of|calculated (?:as of|by)) .{1,60}|"
            r".{1,60}:? free stock analysis report|"
            r"[\w.,&'() ]{1,60} (?:currently )?(?:carries|has) an? [\w ]{0,20}rank #?\d\b"
            r".{0,300})$"),
         max_words=80,
         needles=("want ", " returns ", "free stock analysis report", "rank")),
    # Stock-rating sites link their paid report and offer a "free report" button.
    Rule("stock-report-link", "advertisement",
         _p(r"^(?:(?:read|get|view|see|download) (?:our |the |this |your )?(?:latest |free |full )"
            r"{1,2}(?:stock |research |analyst )?report(?: (?:on|for|about) .{1,80})?|"
            r"(?:read|view|see) (?:the )?(?:latest )?analyst ratings? (?:on|for) .{1,80})[.!]?$"),
         max_words=14),
    # A ratings breakdown flattened from its table: "Rating | Count", "Buy | 9".
    Rule("rating-count-row", "price-widget",
         _p(r"^(?:(?:analyst )?ratings? ?\| ?(?:count|number|analysts|total)|(?:strong |moderate )?"
            r"(?:buy|hold|sell|outperform|underperform|overweight|underweight|neutral)"
            r"(?: ratings?)? ?[|:] ?\d{1,3})$"), max_words=5),
    Rule("promo-label", "advertisement", _p(r"^[^.!?:]{1,30}$"), max_words=3,
         after=("stock-report-promo", "stock-promo-heading")),
    Rule("ad-placeholder-inline", "advertisement",
         _p(r"\s{0,3}\[(?:ad|ads|advert|advertisement)(?:_\d{1,3}| \d{1,3})?\]\s{0,3}"), "span",
         max_words=100000, needle="[ad"),
    Rule("advertisement-label", "advertisement",
         _p(r"^(?:-{0,3} ?)?(?:advertisement|advertisements|advert|ad|ads|sponsored|promo|"
            r"sponsored content|"
            r"sponsored by .{1,60}|promoted|promoted content|paid (?:post|content|partnership)|"
            r"partner content|presented by .{1,60}|"
            r"(?:story|article) continue[sd] (?:below|after)(?: (?:this )?(?:advertisement|ad))?|"
            r"advertise with us|"
            r"(?:scroll|continue reading) (?:down )?(?:to continue|below)(?: with content)?|"
            r"ad feedback|report (?:this )?ad|skip ad|close ad)(?: ?-{0,3})?"
            r"(?:\s?[-–—:|]\s?(?:scroll|continue|story continues)[\w ]{0,30})?[.:]?$"),
         max_words=12),
    Rule("loading-placeholder", "placeholder",
         _p(r"^(?:loading|like loading|loading (?:video|content|comments|player|chart|data|map|"
            r"graphic|table|interactive|widget|quotes?)|(?:chart|graph|map|graphic|table|data|"
            r"widget|interactive|quotes?) (?:is )?loading|interactive (?:chart|graphic|map|table|"
            r"content|feature|element|embed)|"
            r"please wait|watch live|listen live|live updates|"
            r"(?:the )?video (?:will )?(?:play|load)s? (?:shortly|in a moment)|"
            r"story continues|refresh(?: page)?|javascript is (?:disabled|required).{0,200}|"
            r"article content|continue reading|watch now|play video|"
            r"(?:please )?enable javascript.{0,200}|your browser does not support .{1,120})"
            r"(?:\.{1,3}|…)?$"), max_words=40),
    Rule("video-duration", "placeholder",
         _p(r"^(?:video ?)?\d{1,2}:\d{2}(?: ?\d{1,2}:\d{2})?$"), max_words=3),
    Rule("embed-placeholder", "placeholder",
         _p(r"^(?:\[(?:embed|caption|video|gallery|tweet|image)[^\]]{0,200}\]|"
            r"pic\.twitter\.com/\w{1,30}|— [\w .'-]{1,60} \(@\w{1,30}\) \w{3,9} \d{1,2}, \d{4})$"),
         max_words=40),
    # --- pictures ------------------------------------------------------------------------
    Rule("photo-credit-inline", "photo-credit",
         _p(r"\s{0,3}\((?:photo|image|picture|credit|photograph)s?(?: by| credit)?:? "
            r"[^()]{1,120}\)$"), "span", max_words=120, needle="("),
    Rule("photo-credit-label", "photo-credit",
         _p(r"^(?:photo|picture|photograph|photographer|photo credits?|credits?|photos)\s?"
            r"(?::|by|via|courtesy of)\s?[^.!?]{1,150}\.?$"), max_words=14),
    Rule("image-credit-label", "photo-credit",
         _p(r"^(?:(?:featured |cover |header |hero |lead |top |main )?(?:image|illustration|"
            r"graphic)s?(?: credits?| source| courtesy)?|featured image|cover image|source image)"
            r"\s?(?::|by|via|courtesy of)\s?[^.!?]{1,150}\.?$"), max_words=14),
    Rule("chart-label", "caption",
         _p(r"^(?:chart|graph|table|video|map|infographic|watch)(?: above| below)?\s?:\s?"
            r"[^.!?]{1,150}$"),
         max_words=20),
    # Crypto and markets sites credit their charts to the charting site by its address.
    Rule("chart-from-site", "photo-credit",
         _p(r"^(?:(?:featured |price )?(?:chart|graph|image|data)s? )(?:from|via|by|courtesy of|"
            r"source:?) [\w-]{1,40}\.(?:com|org|net|io|co|info|xyz)\.?$"), max_words=6),
    Rule("featured-image-from", "photo-credit",
         _p(r"^(?:featured|cover|header) image (?:from|by|via|created with) .{1,150}$"),
         max_words=30),
    # A caption with its credit run onto the same line.
    Rule("caption-with-credit", "caption",
         _cs(rf"^.{{10,400}}?[.!?] {_PERSON} ?/ ?(?:{_AGENCIES})(?: Images| Photo)?$"),
         max_words=70, needles=("/",)),
    # Three sentences or more are a wire story's paragraph with its sign-off, not a caption.
    Rule("caption-agency-tail", "caption",
         _cs(rf"^(?!(?:.*?\w[.!?] [A-ZÀ-Þ]){{2}}).{{10,400}}?[.!?] ?"
             rf"\((?:{_AGENCIES}|REUTERS|BLOOMBERG|(?i:file photo|"
             rf"(?:photo|image|picture)s?:? [^()]{{1,60}}))\)$"), max_words=70, needles=(")",)),
    Rule("caption-image-credit-tail", "caption",
         _p(r"^.{10,300}?[.!?] (?:image|photo|picture|photo credit|credit)s?: [^.!?]{1,60}$"),
         max_words=50, needles=(": ",)),
    # A gallery's counter: "Image 1 of 5", "Foto 2 de 8", "Bild 3 von 12", "4/10".
    Rule("gallery-counter", "caption",
         _p(r"^(?:(?:image|photo|picture|slide|foto|imagen|bild|photographie)s? )?\d{1,3} ?"
            r"(?:of|/|de|von|sur) ?\d{1,3}$"), max_words=5),
    Rule("caption-toggle", "caption",
         _p(r"^(?:show|hide|expand|collapse|view) (?:photo |image )?captions?$"), max_words=3),
    # A news agency's bare name with the story's date under it is the byline's source line on
    # portal templates (headline, wire, time), not a picture credit: the headline above it stays.
    Rule("wire-name-above-date", "credits",
         _cs(r"^(?:Reuters|REUTERS|Bloomberg|AFP|AP|Associated Press|Dow Jones(?: Newswires)?|"
             r"Xinhua|Anadolu|PTI|IANS|Kyodo|Yonhap|Bernama|dpa|ANSA)$"),
         max_words=3, after=("dateline",), overrides=("photo-credit-agency",)),
    # The reporter's name above it: "Jane Doe" / "Bloomberg" / "04 March 2026".
    Rule("byline-above-wire", "credits", _cs(rf"^(?:By |by )?{_PERSON}$"), max_words=5,
         after=("wire-name-above-date",)),
    Rule("photo-credit-agency", "photo-credit",
         _p(rf"^[^.!?]{{0,120}}?(?:\||/|\bvia |\bfor |©|\(|^)\s?(?:{_AGENCIES})"
            rf"(?: (?:Images|Photo|via Getty Images|/ ?Getty Images))?\)?\.?$"), max_words=16),
    # Newspaper chains credit their own staff: "Jane Doe / The Tennessean", "Jo Li/USA TODAY".
    Rule("photo-credit-staff", "photo-credit",
         _cs(rf"^{_PERSON} ?/ ?(?:The |the )?[A-Z][\w.'’&-]{{1,30}}"
             rf"(?: [A-Z][\w.'’&-]{{1,30}}){{0,3}}$"),
         max_words=9),
    Rule("caption-file-photo", "caption",
         _p(r"^(?:(?:file photo|file|photo|image|pictured|above|top|left|right|in this photo)"
            r"(?: illustration)?\s?[:|] |\[\d{1,2}/\d{1,2}\] ?|item \d{1,2} of \d{1,2} ).{1,500}$"),
         max_words=90),
    Rule("caption-agency-dateline", "caption",
         _cs(r"^[A-Z][A-Z.'’-]{1,30}(?: [A-Z][A-Z.'’-]{1,30}){0,3}(?:, [A-Z][A-Z.'’ -]{1,40}){0,2}"
             r" ?[-–—,:] ?[A-Z]{3,9}\.? \d{1,2}(?:,? \d{4})? ?[:–—-] ?(?=.{0,500}?(?i:\b(?:is|are) "
             r"(?:seen|pictured|shown|displayed)\b|\b(?:poses|gestures|speaks|attends|walks|"
             r"arrives|looks on|waves|stands)\b|\bin this (?:photo|picture|illustration)\b|"
             r"\((?:photo|image) by\b)).{1,800}$"), max_words=110),
    # A short block right above a credit is the picture's caption: captions sit there on every
    # news template, and article paragraphs are rarely followed directly by a credit line.
    # Quoted speech is article text even when a credit follows it.
    Rule("caption-above-credit", "caption",
         _p(r"^(?!.{0,600}?[”\"],? (?:\w{1,20} ){0,3}(?:said|says|added|told|wrote)\b).{1,600}$"),
         max_words=45, text_follows=True,
         after=("photo-credit-label", "photo-credit-agency", "photo-credit-staff")),
    # --- people ---------------------------------------------------------------------------
    Rule("about-author-heading", "author-bio",
         _p(r"^(?:about (?:the )?(?:author|writer|contributor)s?|author(?:'s)? bio|"
            r"meet the author|written by)\s?:?$"), "section", max_words=6, section_blocks=2),
    Rule("author-bio", "author-bio",
         _cs(rf"^(?!(?:He|She|They|It|This|That|The|We|I|You)\b){_NAME},? (?:is|has been|was) "
             r"(?:an? |the )?(?:[\w-]{1,25} ){0,5}(?i:writer|reporter|journalist|editor|"
             r"correspondent|contributor|columnist|author|blogger|content creator|news anchor)"
             r"s? (?:for|at|with|who|based|covering|specializing)\b.{0,900}$"),
         max_words=160),
    # The reporter's tagline at the foot of newspaper copy: a beat and a way to reach them.
    Rule("author-beat", "author-bio",
         _cs(rf"^{_PERSON} (?:covers|writes about|reports on|is a reporter|is the \w{{1,20}} "
             r"reporter)\b.{0,300}(?:\b(?i:reach|contact|email|follow) (?:her|him|them|me)\b|@)"
             r".{0,200}$"), max_words=60),
    Rule("author-beat-for", "author-bio",
         _cs(rf"^{_PERSON} (?:covers|writes about|reports on) [^.!?]{{1,120}} for (?:The |the )?"
             r"[A-Z][\w.&'’-]{1,30}(?: [A-Z][\w.&'’-]{1,30}){0,4}\.$"), max_words=30),
    Rule("author-card-link", "author-bio",
         _p(r"^(?:read (?:the )?(?:full|author'?s?) bio|view (?:full )?(?:author )?profile|"
            r"more (?:articles |stories )?(?:from|by) (?:this|the) author|see author'?s? posts)$"),
         max_words=6),
    # An author card: the bio sentence sits right above its "Read full bio" link.
    Rule("bio-above-card-link", "author-bio", _p(r"^.{1,900}$"), max_words=120,
         after=("author-card-link",)),
    Rule("trust-badge", "disclaimer",
         _p(r"^(?:trusted|verified|fact[- ]checked|editor'?s choice)$"),
         max_words=2),
    Rule("author-picture", "author-bio",
         _cs(rf"^(?i:profile (?:image|photo|picture)|headshot|author (?:image|photo)) of "
             rf"{_PERSON}$"),
         max_words=8),
    # A profile header's role line under the author's name: "Chief Economist at Northgate".
    Rule("author-role-line", "author-bio",
         _p(r"^(?:[\w&'’-]{1,25} ){0,4}(?:economist|analyst|strategist|editor|reporter|"
            r"correspondent|writer|columnist|director|officer|founder|co-founder|partner|ceo|cfo|"
            r"cto|coo|manager|president|professor|researcher|investor|trader|consultant|adviser|"
            r"advisor|engineer|scientist|lecturer|fellow)s? (?:at|@) [\w.&'’ -]{1,60}$"),
         max_words=12),
    Rule("author-contact", "author-bio",
         _p(r"^(?:you can )?(?:reach|contact|email|e-mail|follow) (?:the author|him|her|them|"
            r"[A-Z][\w'-]{1,20})(?: at| on| via) .{1,120}$"), max_words=25),
    Rule("byline", "byline",
         _cs(rf"^(?i:by|written by|author|posted by|words by|story by|article by|report by)\s?:? "
             rf"{_NAME}(?:(?:,| and| &) {_NAME}){{0,3}}"
             rf"(?:,? ?(?:[|·•] ?|(?:-|–|—|for|at) ).{{1,60}}"
             rf"|, (?:[A-Z][\w.'’&-]{{0,30}} ?){{1,5}}| [\w.+-]{{1,40}}@[\w.-]{{1,60}})?$"),
         max_words=16),
    # Portals print the author's bare name (and the paper's) on its own line above the date.
    Rule("social-handle", "byline", _p(r"^(?:[^\w\s@]{1,3} ?)?@\w{1,30}$"), max_words=2),
    Rule("forwarded-from", "source-line",
         _p(r"^(?:forwarded|reposted|shared|crossposted|cross-posted) from:? [^\n]{1,80}$"),
         max_words=10),
    Rule("channel-edited-time", "dateline",
         _p(r"^(?:edited|posted|sent) (?:at )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?$"), max_words=4),
    # The author's sign-off under a feed story: "-Jane Doe".
    Rule("dash-signoff", "byline", _cs(rf"^[-–—]{{1,2}} ?{_PERSON}$"), max_words=4),
    Rule("name-above-dateline", "byline",
         _cs(rf"^{_PERSON}(?:(?:,| and| &) {_PERSON}){{0,2}}(?: (?:[A-Z][\w-]{{1,20}} ){{0,3}}"
             r"(?i:correspondent|reporter|editor|writer|columnist|analyst|contributor))?$"),
         max_words=12,
         after=("dateline", "reading-time", "byline", "share-widget", "editor-note-credit",
                "author-bio")),
    Rule("reading-time", "reading-time",
         _p(r"^(?:[\w™® ]{1,30} count: ?\d{1,3} ?min(?:ute)?s?\b[^\n]{0,40}|"
            r"\d{1,3} ?(?:min(?:ute)?s?|m) read|reading time:? ?\d{1,3} ?min(?:ute)?s?|"
            r"estimated reading time:? ?.{1,30}|listen to (?:this )?(?:article|story)"
            r"(?: ?\d{1,2}:\d{2})?(?: min(?:ute)?s?)?)$"), max_words=8),
    Rule("dateline-line", "dateline",
         _p(rf"^(?:(?:published|posted|updated|last updated|modified|date|first published)"
            rf"(?: on| at)?\s?:?\s?)?(?:\w{{3,9}},? )?{_DATE}{_TIME}{_DATELINE_TAIL}{{0,2}}$"),
         max_words=16),
    Rule("publisher-stamp", "dateline",
         _p(rf"^(?:{_PUBLISHER_LABEL}) ?[|·•] ?(?:updated|published|posted|created):? "
            rf".{{1,100}}$"), max_words=20),
    Rule("dateline-time-first", "dateline",
         _p(rf"^(?:(?:published|posted|updated|last updated|modified)(?: on| at)?\s?:?\s?)?"
            rf"{_CLOCK},? (?:\w{{3,9}},? )?{_DATE}$"), max_words=12),
    Rule("relative-time", "dateline",
         _p(r"^(?:\d{1,3} ?(?:min(?:ute)?s?|h|hrs?|hours?|d|days?|weeks?|mo|months?|y|yrs?|"
            r"years?) ago|\d{1,3} ?(?:m|h|d|w|mo|y)|yesterday|just now)$"), max_words=4),
    Rule("updated-line", "dateline",
         _p(r"^(?:updated|published|posted|last updated)\s?:?\s?(?:\d{1,3} (?:min(?:ute)?s?|hours?|"
            r"days?|weeks?) ago|yesterday|today|just now)$"), max_words=8),
    # --- notices ------------------------------------------------------------------------
    Rule("breaking-news", "status-notice",
         _p(r"^(?:this (?:is )?(?:a )?(?:breaking news|developing)(?: story)?|this story is "
            r"(?:developing|breaking|being updated)|breaking news|developing story|"
            r"(?:this (?:story|article|post) (?:has been|was|will be) updated)|"
            r"(?:please )?(?:check back|refresh)(?: (?:later|soon|the page))? for (?:updates|"
            r"more(?: details| information)?)|this (?:article|story) was (?:amended|corrected|"
            r"updated) on|more to (?:come|follow))\b.{0,200}$"), max_words=40),
    Rule("update-note", "status-notice",
         _p(r"^\((?:updates|adds|recasts|corrects|rewrites|changes|refiles)\b[^()]{1,200}\)$"),
         max_words=30),
    Rule("correction-notice", "status-notice",
         _p(r"^(?:correction|clarification|update|editor'?s note)\s?(?:\(.{1,40}\))?\s?:.{1,600}$"),
         max_words=25),
    Rule("cookie-notice", "cookie-notice",
         _p(r"^(?:we (?:and our partners )?use cookies|this (?:web)?site uses cookies|"
            r"by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)|"
            r"(?:accept|reject|manage|allow) (?:all )?cookies|cookie (?:settings|policy|"
            r"preferences|consent)|your privacy choices|do not sell my personal information"
            r").{0,600}$"), max_words=120),
    Rule("consent-button", "cookie-notice",
         _p(r"^(?:accept|reject|accept all|reject all|decline|i agree|agree|got it|"
            r"manage (?:preferences|options|settings)|customi[sz]e(?: settings)?|"
            r"allow all|necessary only|okay|ok)[.!]?$"), max_words=3),
    Rule("adblock-notice", "cookie-notice",
         _p(r"^(?=.{0,300}\b(?:disable|whitelist|allowlist|turn off|pause|detected|"
            r"you(?:'re| are) using|support us)).{0,80}\b(?:ad ?-?blocker|adblock)s?\b.{0,400}$"),
         max_words=70, needles=("block",)),
    Rule("ai-notice", "ai-notice",
         _p(r"^(?:this (?:article|story|content|post|report|summary) (?:was|has been|is) "
            r"(?:partially |partly )?(?:generated|written|produced|created|drafted|prepared|"
            r"compiled)(?: (?:with|by|using) (?:the )?(?:support|help|assistance|use|aid) of)?"
            r"(?: (?:with|by|using))? (?:an? )?(?:ai|artificial intelligence|generative ai|"
            r"automated (?:tools?|systems?)|an ai (?:tool|model)))\b.{0,300}$"), max_words=60),
    # Portals that name their writing tool rather than saying "AI" still say editors reviewed it.
    Rule("assisted-writing-notice", "ai-notice",
         _p(r"^this (?:article|story|content|post|report) was "
            r"(?:written|generated|produced|created|drafted) with the (?:help|assistance|support) "
            r"of .{1,60}? and (?:was )?(?:reviewed|edited|checked|fact-checked|verified)\b"
            r".{0,200}$"), max_words=50),
    Rule("translation-notice", "translation-notice",
         _p(r"^(?:this (?:article|content|text|story|page|post) (?:was|has been|is) "
            r"(?:machine[- ]|automatically |auto-)?translated|(?:machine|automatic|auto) "
            r"translat(?:ion|ed)|automatically translated|\(?translated (?:by|with|using|from|"
            r"automatically)|"
            r"(?:read|view) (?:this|the) (?:original )?(?:article|story|text|original) in \w{3,20}|"
            r"original(?:ly)? (?:article |text )?(?:written |published )?in \w{3,20}|"
            r"translation (?:by|powered by|provided by)).{0,300}$"), max_words=60),
    Rule("redistribution-notice", "copyright",
         _p(r"^(?:(?:this|the) (?:material|article|story|content) may not be (?:published|"
            r"reproduced|copied|republished)[^\n]{0,80}?(?:re)?distributed\b[^\n]{0,200}|"
            r"distributed by [^\n]{1,80}?\b(?:newswire|news services?|wire services?|syndicat"
            r"(?:e|ion)|content services?)\b[^\n]{0,300}|for (?:re)?distribution (?:terms|rights|"
            r"inquiries|enquiries)\b[^\n]{0,200}|(?:for )?(?:reprint|republication) (?:terms|"
            r"rights|permissions?)\b[^\n]{0,200})$"), max_words=60),
    Rule("copyright-footer", "copyright",
         _p(r"^(?:©|\(c\)|copyright ?(?:©|\(c\)|\d{4})).{1,300}$"
            r"|^(?-i:Copyright (?:[A-Z][\w&.,'’-]{0,30} ){1,6}(?:19|20)\d{2})\.?$"), max_words=40),
    Rule("all-rights-reserved", "copyright",
         _p(r"^.{0,120}\ball rights reserved\b.{0,200}$"), max_words=40,
         needles=("all rights reserved",)),
    # Aggregator feeds print the source's name on a line of its own.
    Rule("publisher-label", "source-line", _p(rf"^(?:{_PUBLISHER_LABEL})$"), max_words=5),
    Rule("price-link", "navigation",
         _p(r"^(?:check|see|view|track) (?:the )?(?:price action|live prices?|price charts?|"
            r"prices?|charts?)(?: here| now)?$"), max_words=5),
    # A link's label ends in an arrow ("See the 10 stocks »"); sentences never do.
    Rule("arrow-link", "navigation", _p(r"^[^.!?]{1,80}?\s?(?:»|›|→|->)$"), max_words=12,
         needles=("»", "›", "→", "->")),
    # Last: a row of short items between bars is a menu only when nothing narrower explains it
    # (a photo credit "Name | Agency | Getty Images" has bars too).
    Rule("menu-row", "navigation",
         _p(r"^(?:[\w'’&. -]{1,25}\s?\|\s?){2,8}[\w'’&. -]{1,25}$"), max_words=20),
    # --- general rows, tried after the specific ones above ------------------------------
    # A chart's or table's data credit, several vendors or in brackets: "Source: CoinMarketCap,
    # Coin Metrics", "(Source: CoinGlass)", "Daily chart for X (Source: TradingView)".
    Rule("data-source-credit", "source-line",
         _p(r"^(?:\(source\s?:\s?[\w.&'’, -]{2,60}\)|source\s?:\s?[\w.&'’ -]{2,40}"
            r"(?:, (?!(?:inc|ltd|llc|corp|plc|co|s\.?a|ag|gmbh|n\.?v)\b)[\w.&'’ -]{2,40}){1,5}|"
            r"[^()]{3,80}\b(?:chart|graph|table|data|index)\b"
            r"[^()]{0,40}\(source\s?:\s?[\w.&'’, -]{2,60}\)|[^.]{3,80}\b(?:chart|graph)\b"
            r"[^.]{0,40}\. source\s?:\s?.{2,80})$"), max_words=20, needles=("source",)),
    Rule("read-more-here", "source-line",
         _p(r"^\[?(?:read more here|click here to read more|\[?continue reading)\]?\s?[.…:]*$"),
         max_words=5),
)

# Rows tried only on what the learnt model left as body, after it (``classify.late_rules``).
# Rows of ``RULES`` take their blocks out of the model's training examples, so every row added
# there shifts what the model learns; measured on the held-out half of the real reposts, rows
# written from the other half removed less furniture once the model was retrained without
# those blocks than they added. Here they add to what the model removes and leave it as it was
# trained. Only ``line`` and ``span`` rows; no neighbour or section rows.
LATE_RULES: tuple[Rule, ...] = (
    # The repost footer cut off at the page store's limit: "The post <headline> appeared".
    Rule("repost-appeared-cut", "repost-notice",
         _p(r"^the post .{1,300}? appeared(?: first)?(?: on)?$"), max_words=60),
    # "This report was first seen on <outlet>; to read more, click this link."
    Rule("first-seen-on", "source-line",
         _p(r"^(?:this|the) (?:report|article|story|post|news|piece)(?:['’]s)?"
            r"(?: information| content)? (?:was )?first (?:seen|published|reported|appeared|"
            r"posted|carried) (?:on|in|at|by) .{1,200}$"), max_words=45),
    # A file-type tag inside a sentence, where a link to a document was: "figures [PDF] show".
    Rule("file-tag-inline", "navigation",
         _cs(r"\s\[(?:PDF|pdf|Video|VIDEO|Audio|AUDIO)\](?=[\s.,;:]|$)"), "span",
         max_words=100000, needle="["),
    # A release's dateline on a hard-wrapped line too short for the lead rows' word count: the
    # wire's credit is evidence enough. "AUSTIN, Texas, March 3, 2026 (GLOBE NEWSWIRE) -- ".
    Rule("dateline-release-wire", "dateline",
         _cs(rf"^{_DL_CAPS}{_DL_REGION},? {_DL_DATE}\s?(?:\((?:GLOBE NEWSWIRE|BUSINESS WIRE|"
             r"ACCESSWIRE|ACCESS Newswire|Newsfile|EINPresswire)\)|/\s?(?:PRNewswire|CNW)"
             r"(?:-[\w]{1,20})?\s?/)\s?[-–—]{1,2}\s?(?=\S)"), "span", max_words=100000),
    # A WordPress site icon's file name left as alt text: "cropped-logo-fav-32x32-1".
    Rule("favicon-alt-text", "placeholder",
         _p(r"^cropped[- ][\w -]{1,60}?\b\d{2,3}x\d{2,3}\b(?:[- ]\d{1,2})?$"), max_words=10),
    # Alt text where a picture was: "Image result for gold", "Image 2", "hinh anh 1".
    Rule("image-alt-text", "placeholder",
         _p(r"^(?:image result for .{1,80}|(?:image|photo|picture|foto|imagen|bild|hinh anh|"
            r"hình ảnh|ảnh)\s?\d{0,2})$"), max_words=8),
    # Markets copy captions its charts with the trading pair and period ("SOL/USDT daily
    # chart"), a ticker and the charting site ("ETHUSD. Source: TradingView"), or the site that
    # drew a visualisation ("Market visualization from Coin360").
    Rule("pair-chart-caption", "caption",
         _cs(r"^(?:[A-Z][\w.-]{1,20} )?[A-Z0-9]{2,10} ?/ ?[A-Z]{2,5}(?: (?i:price|perpetual|perp))?"
             r" (?i:(?:\d{1,2}[- ]?(?:hour|hr|h|day|d|week|w|minute|min|m)|daily|weekly|"
             r"monthly|hourly|intraday) )?(?i:price )?(?i:chart|graph)s?"
             r"(?:[.,]? (?i:source|by|via|from):? [\w.&' -]{2,40})?\.?$"), max_words=14),
    Rule("chart-site-credit", "photo-credit",
         _p(rf"^(?:[A-Z0-9]{{2,12}}(?:/[A-Z]{{2,5}})?[.,]? ?(?:\(|[-–|] ?)?)?(?:source|chart|data)"
            rf"(?: by| from| via)?:? ?(?:{_CHART_SITES})\)?\.?$"
            rf"|^(?:market |price |daily |weekly )?(?:visuali[sz]ation|heat ?map|chart|graph)s? "
            rf"(?:from|via|by|courtesy of) (?:{_CHART_SITES})\.?$"), max_words=10),
    # Chinese state media close a caption with its credit in square brackets ("Workers load
    # containers at the port. [Photo/Xinhua]"); other portals' captions end on "(Photo:" when
    # the credit went to the next line.
    Rule("caption-bracket-credit", "caption",
         _p(r"^.{10,600}?\s?(?:\[(?:photos?|images?|video|graphic|file photo)(?:\s?/\s?|: ?| by )"
            r"[^\]]{1,80}\]|[.!?] ?\((?:photo|image|picture)s?:?)$"), max_words=80,
         needles=("[", "(")),
    # A credit in brackets on its own line: the agency and date under a story ("(Xinhua News
    # Agency May 2, 2009)"), a date ("(03/14/19)"), a publisher, or the outlets a digest item
    # came from ("(Wall Street Journal / CNBC)"). A bare bracketed name alone is too often the
    # text's own aside ("(First Grade)") on pages of other kinds.
    Rule("credit-in-brackets", "credits",
         _cs(rf"^\((?!(?:Published|Updated|Posted|As Revised)\b)"
             rf"(?:{_BRACKET_NAME},? (?i:{_DATE})|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}"
             rf"|(?i:{_PUBLISHER_LABEL})|{_BRACKET_NAME}(?: / {_BRACKET_NAME}){{1,12}})\)$"),
         max_words=40),
    # A section label glued to the story's date by the flattening: "BusinessMarch 3, 2026".
    Rule("section-glued-date", "dateline",
         _cs(rf"^[A-Z][a-z]{{2,14}} ?(?i:{_DATE}{_TIME})$"), max_words=6),
    # A wire or release service with the time it moved the story: "Business Wire - Mar 3 at
    # 09:15".
    Rule("publisher-date-stamp", "dateline",
         _p(rf"^(?:{_PUBLISHER_LABEL}) ?[-–—|·•,] ?(?:\w{{3,9}},? )?(?:{_DATE}|"
            rf"{ENGLISH_MONTH} \d{{1,2}}(?:st|nd|rd|th)?){_TIME}$"), max_words=12),
    # A quote widget's stamp: "Last Trade - 03/14/26", "Prev. close 14.03.2026".
    Rule("last-trade-stamp", "price-widget",
         _p(rf"^(?:last (?:trade|traded|price|close|updated?)|prev(?:ious)?\.? close|as of)"
            rf"\s?[-–:|]?\s?(?:\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{_DATE}){_TIME}$"),
         max_words=10),
    Rule("symbols-line", "price-widget",
         _p(r"^(?:company |related )?(?:symbols?|tickers?)\s?:\s?[A-Z0-9:.\-, ]{1,80}$"),
         max_words=10),
    # London RNS announcements on portals print a notice about printing above a link.
    Rule("print-announcement-notice", "navigation",
         _p(r"^for best results when printing this (?:announcement|release|document|page)\b"
            r".{0,100}$"), max_words=25),
    Rule("you-are-here", "navigation", _p(r"^you are here\s?:?\s?.{0,150}$"), max_words=20),
    # A text-size control, with the wire and date some templates print beside it.
    Rule("font-size-control", "navigation",
         _p(r"^(?:.{1,80}? )?(?:adjust |change |increase |decrease |reset )?(?:font|text) size"
            r"\s?:?(?: ?[-+aA]{1,2}){0,4}$"), max_words=14, needles=("size",)),
    # Links to the neighbouring posts glued into one line: "Previous: <headline>Next: <headline>".
    Rule("prev-next-links", "navigation",
         _p(r"^(?:previous|prev|the last one|last one|older)(?: (?:post|article|story|one))?"
            r"\s?[:：].{1,150}?next(?: (?:post|article|story|one))?\s?[:：].{0,150}$"
            r"|^(?:previous|next|prev)(?: (?:post|article|story))?\s?[:：]\s?[^.!?]{1,150}$"),
         max_words=40),
    # A promo link marked with chevrons: ">>More from our newsroom: ...".
    Rule("chevron-link", "navigation", _p(r"^>>\s?[^?!]{1,150}(?<![.?!])$"), max_words=20),
    # A feed's ticker of headlines run into one line between bullets.
    Rule("headline-ticker", "related-links",
         _p(r"^(?:[^•.!?]{10,160}\s•\s{1,3}){2,}[^•]{1,160}$"), max_words=80, needles=("•",)),
    # A portal's video player title: "Caption <video headline> <description>".
    Rule("video-caption-widget", "caption",
         _cs(r"^Caption (?=[A-Z\"“‘])(?=(?:\S+\s+){3}\S).{10,900}$"), max_words=150),
    Rule("person-reports", "byline", _cs(rf"^{_PERSON} reports?\.?$"), max_words=5),
    # An author card's career lines: "<Name> holds a degree in ... She is currently working as a
    # content writer with ...".
    Rule("author-bio-career", "author-bio",
         _cs(rf"^{_NAME} (?:has|holds|is|was|graduated|studied|received|earned|completed)\b"
             r"(?=.{0,600}\b(?:He|She|They) (?:is|are|has been|have been) (?:currently )?"
             r"(?:working|employed) as (?:an? |the )?(?:[\w-]{1,25} ){0,3}(?i:writer|reporter|"
             r"journalist|editor|analyst|author|blogger|content creator)s?\b).{0,900}$"),
         max_words=160),
    # A post's closing question to its readers: "Where do you see gold by June? Let us know in
    # the comments."
    Rule("reader-question", "comments",
         _p(r"^(?:[^.!?]{3,200}\?\s{0,3}){0,4}(?:let us know|tell us|share your (?:thoughts|"
            r"opinions?|views))\b[^.!?]{0,200}[.!]?$"), max_words=60,
         needles=("let us know", "tell us", "share your")),
    # "This news story was selected by an editor, though the content was AI-generated."
    Rule("ai-content-disclaimer", "ai-notice",
         _p(r"^(?:this|the|our) (?:news )?(?:article|story|content|post|report|summary|piece)\b"
            r"(?=.{0,300}\b(?:was|is|were|are|has been|have been) (?:partly |partially |fully |"
            r"entirely )?(?:ai-generated|ai generated|generated (?:by|with|using) (?:ai|"
            r"artificial intelligence)|(?:written|produced|created) (?:by|with|using) (?:ai|"
            r"artificial intelligence))\b).{0,400}$"), max_words=60),
    Rule("affiliate-disclaimer", "disclaimer",
         _p(r"^(?:this|the|our) (?:post|article|page|content|site|story) (?:may )?contains? "
            r"(?:affiliate|promot|sponsored|paid|partner|advertis).{0,400}$"), max_words=80),
    Rule("register-prompt", "newsletter",
         _p(r"^(?:register|sign up|join)(?: (?:for free|now|today|free))? (?:to|and) (?:join|get|"
            r"access|unlock|receive|participate|share|post|comment|follow|start)\b.{0,300}$"),
         max_words=50),
    # Counters under a post: "3 Likes", "12 replies".
    Rule("reaction-counter", "share-widget",
         _p(r"^\d{1,6} (?:likes?|replies|reply|shares?|reactions?|upvotes?|retweets?|reposts?)$"),
         max_words=3),
    # The same kinds as rows of ``RULES`` in forms those rows do not cover: a byline with a
    # tilde, a share label with a bullet, a wire label with its region, date stamps with an
    # ordinal day, labels in the other languages, a symbol or mis-decoded space before a button.
    Rule("byline-tilde", "byline",
         _cs(rf"^(?i:by) {_NAME}(?:(?:,| and| &) {_NAME}){{0,3}} ?~ ?.{{1,60}}$"), max_words=16),
    Rule("newsletter-receive", "newsletter",
         _p(r"^receive (?:daily|weekly|free)\b.{0,300}\b(?:newsletters?|inbox|headlines?|news|"
            r"updates|alerts?|stories|briefing)\b.{0,200}$"), max_words=45),
    Rule("share-label-bullet", "share-widget",
         _p(r"^(?:[•·▪] ?)?share(?: (?:this|the|on|via|now|article|story|post|page|link|to|"
            r"with)){0,4}\s?[:!]?$"), max_words=6),
    Rule("publisher-label-region", "source-line",
         _p(rf"^(?:{_PUBLISHER_LABEL}) \((?-i:[A-Z]{{2,3}})\)$"), max_words=6),
    Rule("comments-label", "comments",
         _p(r"^(?:leave a (?:reply|comment) (?:below|here)|(?:post|view|show|read|see) "
            r"comments?(?: \(\d{1,6}\))?)\s?[:.!]?$"), max_words=6),
    Rule("discussion-embed-notice", "comments",
         _p(r"^this is a companion discussion topic for the original entry\b.{0,200}$"),
         max_words=30),
    Rule("more-button-symbol", "navigation",
         _p(r"^[^\w\s]{1,3} ?(?:view|see|show|load|read) (?:more|all|less)(?: (?:news|stories|"
            r"articles|posts|comments))?\s?[»›>+]?$"), max_words=5),
    Rule("source-name-more", "source-line",
         _p(r"^(?:article |news |image |chart )?(?:source|fonte(?: notizia)?|fuente|quelle)"
            r"\s?:\s?[\w.&'/ -]{2,60}$"), max_words=6),
    Rule("stray-quote-marks", "separator", _p(r"^[`´\"'“”‘’]{1,8}$"), max_words=1),
    Rule("tags-label-elsewhere", "tags",
         _p(r"^(?:temas|etiquetas|themen|schlagworte|sujets|mots-cl[ée]s|argomenti|assuntos|"
            r"t[óo]picos)\s?:?$"), max_words=3),
    Rule("more-in-section-elsewhere", "related-links",
         _p(r"^(?:m[aá]s en|mais em|plus dans|mehr aus|altro in) [^\W\d_][\w ]{1,30}"
            r"\s?[:»›>.]?$"), max_words=8),
    Rule("advertise-prompt", "advertisement",
         _p(r"^(?:advertise on [\w.]{1,30}|envie d'afficher votre publicit[ée] ?\?|"
            r"annoncez (?:avec|sur|chez) (?:nous|[\w.]{1,30})|an[uú]nciese(?: con nosotros)?|"
            r"anuncie (?:aqui|conosco)|werben sie (?:bei|mit) uns)[.!]?$"), max_words=8),
    Rule("contact-us-label", "contact",
         _p(r"^(?:contact us|contactez-nous|cont[aá]ctenos|contacte-nos|kontaktieren sie uns|"
            r"contattaci)[.!]?$"), max_words=3),
    Rule("dateline-ordinal", "dateline",
         _p(rf"^(?:\w{{3,9}},? )?(?:\d{{1,2}}(?:st|nd|rd|th) {ENGLISH_MONTH},? \d{{4}}|"
            rf"{ENGLISH_MONTH} \d{{1,2}}(?:st|nd|rd|th),? \d{{4}}){_TIME}$"), max_words=10),
)

# Reasons that mark the end of an article: once one of them is followed by nothing but short
# unfinished lines (no closing full stop), those lines are the page around the article (promo
# boxes, footer links, author cards), not body.
ARTICLE_END_REASONS: frozenset[str] = frozenset({
    "repost-notice", "source-line", "disclaimer", "copyright", "credits", "comments", "tags",
    "author-bio", "ai-notice", "newsletter", "contact",
})
AFTER_ARTICLE = "after-article"
# Sections whose items are headlines: one finished paragraph not followed by a teaser's own
# furniture ends them (comment sections hold finished sentences, and run on).
HEADLINE_LIST_REASONS: frozenset[str] = frozenset({"related-links"})
# What goes with a teaser's excerpt in a teaser list: its byline, date, age or share button.
TEASER_ITEM_REASONS: frozenset[str] = frozenset({
    "related-links", "dateline", "share-widget", "reading-time", "byline",
})
AFTER_ARTICLE_MAX_WORDS = 15

# Headings that open a teaser list are furniture; these words in a would-be body paragraph show
# it is itself a teaser excerpt cut short, so a teaser list has not ended there.
TRUNCATION_MARKS: tuple[str, ...] = ("…", "...", "[…]", "[...]", "Read more", "Continue reading")

# Wire-service credits at the head of wire copy, "WASHINGTON (Reuters) -", and who they name.
WIRE_CREDITS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\(Reuters\)\s?[-–—]"), "Reuters"),
    (re.compile(r"\(Bloomberg\)\s?[-–—]{1,2}"), "Bloomberg"),
    (re.compile(r"\((?:AP|The Associated Press)\)\s?[-–—]{0,2}"), "Associated Press"),
    (re.compile(r"\(AFP\)\s?[-–—]"), "AFP"),
    (re.compile(r"/PRNewswire(?:-\w{1,20})?/\s?[-–—]{1,2}"), "PR Newswire"),
    (re.compile(r"\(GLOBE NEWSWIRE\)\s?[-–—]{1,2}"), "GlobeNewswire"),
    (re.compile(r"\(BUSINESS WIRE\)\s?[-–—]{1,2}"), "Business Wire"),
    (re.compile(r"\(ACCESS(?:WIRE| Newswire)\)\s?[-–—]{1,2}"), "ACCESS Newswire"),
    (re.compile(r" / ACCESS(?:WIRE| Newswire) / "), "ACCESS Newswire"),
    (re.compile(r"^Investing\.com\s?[-–—]{1,2}"), "Investing.com"),
    (re.compile(r"/ ?EINPresswire\.com ?/\s?[-–—]{1,2}"), "EIN Presswire"),
    (re.compile(r"/CNW/\s?[-–—]{1,2}"), "Canada NewsWire"),
    (re.compile(r"\(Xinhua\)\s?[-–—]{1,2}"), "Xinhua"),
)


# News agencies as their credits name them in bylines, sign-offs, stamps and source lines
# ("By Jo Kim ~ The Associated Press", "... —AFP", "Xinhua, April 13, 2017"), and the name the
# origin gives them. Case matters: "AP" and "dpa" are credits, "ap" and "DPA" may be words.
CREDITED_AGENCIES: dict[str, str] = {
    "The Associated Press": "Associated Press", "Associated Press": "Associated Press",
    "AP": "Associated Press", "Reuters": "Reuters", "REUTERS": "Reuters",
    "Agence France-Presse": "AFP", "AFP": "AFP", "Sapa-AFP": "Sapa-AFP", "Xinhua": "Xinhua",
    "Kyodo News": "Kyodo", "Kyodo": "Kyodo", "Yonhap": "Yonhap", "dpa-AFX": "dpa-AFX",
    "dpa": "dpa", "Press Trust of India": "Press Trust of India", "PTI": "PTI", "IANS": "IANS",
    "ANI": "ANI",
    "Bernama": "Bernama", "Anadolu Agency": "Anadolu", "EFE": "EFE", "ANSA": "ANSA",
    "Bloomberg": "Bloomberg", "RTTNews": "RTTNews", "The Canadian Press": "The Canadian Press",
    "AAP": "AAP", "UPI": "UPI", "Jiji Press": "Jiji Press", "Europa Press": "Europa Press",
}

# The publisher a stamp line starts with: "Reuters | Updated: 21-01-2026 13:05 IST".
PUBLISHER_STAMP = re.compile(rf"^({_PUBLISHER_LABEL}) ?[|·•]", re.IGNORECASE)

# A wire agency's copyright notice at the foot of its copy, and the agency it names. Only the
# notice alone counts: "© Reuters. FILE PHOTO: ..." credits a picture, not the story.
WIRE_COPYRIGHTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (
        re.compile(
            rf"^(?:©|\(c\)|copyright)\s?(?:©\s?)?(?:\d{{4}}\s?)?(?:{agency})\.?"
            r"(?:\s?all rights reserved\b.{0,300})?$",
            re.IGNORECASE,
        ),
        name,
    )
    for agency, name in (
        (r"Agence France-Presse|AFP", "AFP"),
        (r"(?:The )?Associated Press|AP", "Associated Press"),
        (r"(?:Thomson )?Reuters(?: Limited)?", "Reuters"),
        (r"Bloomberg(?: L\.P\.| LP)?", "Bloomberg"),
    )
)


@dataclass(frozen=True, slots=True)
class HintRule:
    """Furniture the HTML stage can vouch for: the block's tag or its class/id words.

    Plain-text blocks have no tag or hints, so these rows never fire on them.
    """

    name: str
    reason: str
    tag: re.Pattern[str] | None = None
    hints: re.Pattern[str] | None = None
    max_words: int = 40


HINT_RULES: tuple[HintRule, ...] = (
    HintRule("figcaption-tag", "caption", tag=_p(r"^figcaption$"), max_words=120),
    HintRule("caption-class", "caption",
             hints=_p(r"\b(?:wp-caption-text|caption|image-caption|photo-caption)\b"),
             max_words=120),
    HintRule("credit-class", "photo-credit",
             hints=_p(r"\b(?:credit|image-credit|photo-credit|copyright)\b"), max_words=20),
    # "social" alone would take embedded posts ("social-media-embed"), which are the story's.
    HintRule("share-class", "share-widget",
             hints=_p(r"\b(?:share|sharing|share-buttons|sharedaddy|addtoany|"
                      r"social-?(?:share|links|icons|buttons|bar|follow|tools))\b"),
             max_words=15),
    HintRule("related-class", "related-links",
             hints=_p(r"\b(?:related|recommended|more-stories|read-more|read-next|teaser|"
                      r"yarpp|jp-relatedposts)\b"), max_words=60),
    HintRule("ad-class", "advertisement",
             hints=_p(r"\b(?:ad|ads|advert|advertisement|sponsored|dfp|adsbygoogle|promo)\b"),
             max_words=40),
    HintRule("newsletter-class", "newsletter",
             hints=_p(r"\b(?:newsletter|subscribe|subscription|signup|sign-up)\b"), max_words=60),
    HintRule("author-bio-class", "author-bio",
             hints=_p(r"\b(?:author-bio|author-box|about-author|author-info)\b"), max_words=160),
    HintRule("cookie-class", "cookie-notice",
             hints=_p(r"\b(?:cookie|consent|gdpr|cmp)\b"), max_words=160),
    HintRule("comments-class", "comments", hints=_p(r"\b(?:comments?|comment-list|disqus)\b"),
             max_words=400),
)
