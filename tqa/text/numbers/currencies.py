"""The currency of a figure: its sign ($800bn, SYP 5,000) or the word after it (800 million
dollars, ٨٠٠ مليون دولار), as one code. The out-of-line amount check (M804) compares
amounts in one currency; a conversion in brackets (tqa.checks.conversions) is one in another."""

from __future__ import annotations

import re

from tqa import patterns
from tqa.lang.en import matched_key
from tqa.text.numbers.quantity import Quantity

# Signs as the number finder leaves them in the figure's text (tqa.text.numbers.english reads
# exactly these before a figure), and words, normalised to one code.
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "SYP": "SYP", "LBP": "LBP", "TL": "TRY", "TRY": "TRY", "₺": "TRY",
          "SR": "SAR", "SAR": "SAR", "QR": "QAR", "QAR": "QAR", "AED": "AED", "Dh": "AED", "Dhs": "AED", "EGP": "EGP", "LE": "EGP",
          "JD": "JOD", "JOD": "JOD", "KD": "KWD", "KWD": "KWD", "BD": "BHD", "BHD": "BHD", "OMR": "OMR",
          "DA": "DZD", "DZD": "DZD", "TND": "TND", "MAD": "MAD", "LD": "LYD", "LYD": "LYD", "IQD": "IQD", "YER": "YER", "SDG": "SDG"}
_EN_WORDS = patterns.compile(
    r"\s*(?:(?P<adjective>US|American|Syrian|Lebanese|Egyptian|Sudanese|Turkish|Iraqi|Jordanian|Kuwaiti|Bahraini|Libyan|Algerian|"
    r"Tunisian|Saudi|Qatari|Omani|Yemeni|Iranian|Moroccan|Emirati|UAE)\s)?(?P<word>dollars?|euros?|pounds?|lira|liras|riyals?|rials?|"
    r"dirhams?|dinars?|cents?)\b",
    re.IGNORECASE,
)
# The adjective of the country after the word in Arabic (ليرة سورية، جنيه مصري، دينار عراقي).
_AR_WORDS = patterns.compile(
    r"\s*(?:[وب]?ال)?(?P<word>دولار|يورو|ليرة|ليره|ليرات|جنيه|ريال|درهم|دينار)(?:ات|اً|ًا|ا)?"
    r"(?:\s+(?:ال)?(?P<adjective>سوري|لبناني|تركي|مصري|سوداني|عراقي|أردني|اردني|كويتي|بحريني|ليبي|جزائري|تونسي|سعودي|قطري|عماني|"
    r"يمني|إيراني|ايراني|مغربي|إماراتي|اماراتي|أمريكي|امريكي|أميركي|اميركي)(?:ة|ه|ين|ون|اً|ًا|ا)?(?![\u0621-\u064A]))?"
)
_WORD_CODES = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "lira": "TRY", "riyal": "SAR", "rial": "OMR", "dirham": "AED", "dinar": "JOD",
               "دولار": "USD", "يورو": "EUR", "ليرة": "SYP", "ليره": "SYP", "ليرات": "SYP", "جنيه": "EGP", "ريال": "SAR", "درهم": "AED", "دينار": "JOD"}
# A country's name for its currency: "Syrian pounds" are SYP, not sterling; «ليرة تركية» is TRY.
_COUNTRY_CODES = {
    "us": "USD", "american": "USD", "syrian": "SYP", "lebanese": "LBP", "egyptian": "EGP", "sudanese": "SDG", "turkish": "TRY",
    "iraqi": "IQD", "jordanian": "JOD", "kuwaiti": "KWD", "bahraini": "BHD", "libyan": "LYD", "algerian": "DZD", "tunisian": "TND",
    "saudi": "SAR", "qatari": "QAR", "omani": "OMR", "yemeni": "YER", "iranian": "IRR", "moroccan": "MAD", "emirati": "AED", "uae": "AED",
    "سوري": "SYP", "لبناني": "LBP", "تركي": "TRY", "مصري": "EGP", "سوداني": "SDG", "عراقي": "IQD", "أردني": "JOD", "اردني": "JOD",
    "كويتي": "KWD", "بحريني": "BHD", "ليبي": "LYD", "جزائري": "DZD", "تونسي": "TND", "سعودي": "SAR", "قطري": "QAR", "عماني": "OMR",
    "يمني": "YER", "إيراني": "IRR", "ايراني": "IRR", "مغربي": "MAD", "إماراتي": "AED", "اماراتي": "AED",
    "أمريكي": "USD", "امريكي": "USD", "أميركي": "USD", "اميركي": "USD",
}


def currency_of(text: str, quantity: Quantity, lang: str | None = None) -> str | None:
    """The currency of a figure: its sign, or the currency word right after it. Without
    `lang`, the figure's digits tell the language (Western digits: English)."""
    found = currency_and_end(text, quantity, lang)
    return found[0] if found is not None else None


def currency_and_end(text: str, quantity: Quantity, lang: str | None = None) -> tuple[str, int] | None:
    """The currency of a figure and where it ends: the figure's own end for a sign."""
    sign = re.match(r"(US\$|\$|£|€|₺|[A-Z]{2,3}|Dhs?)\s?\d", quantity.text)
    if sign:
        code = CURRENCY_SIGNS.get(sign.group(1))
        return (code, quantity.end) if code is not None else None
    english = quantity.text.isascii() if lang is None else lang == "en"
    match = (_EN_WORDS if english else _AR_WORDS).match(text, quantity.end)
    if match is None:
        return None
    word, adjective = matched_key(match["word"]), match["adjective"]
    if adjective is not None:
        return _COUNTRY_CODES[matched_key(adjective)], match.end()
    if word.startswith("cent"):
        return None  # cents of which currency: only "US cents" says
    code = _WORD_CODES.get(word) or _WORD_CODES.get(word.rstrip("s"))
    return (code, match.end()) if code is not None else None
