"""Digit strings as an Arabic writer means them: ٫ is the decimal point and ٬ groups
thousands, and "," and "." are used either way (the number readers and the measures
of tqa.text.numbers share them)."""

from __future__ import annotations


def arabic_digits(text: str) -> float:
    """Value of an Arabic-script digit string: ٫ is the decimal point, ٬ groups thousands.

    Writers also use "," and "." either way; a separator followed by exactly
    three digits (and not the last of a decimal) is read as grouping. With both
    separators, the last is the decimal point and the others group (1,234.5 and the
    European 1.234,5 are both 1234.5; a malformed 4.5,4.5 is read, not a crash).
    """
    text = text.replace("٬", ",").replace("٫", ".")
    if "," in text and "." in text:
        last = max(text.rfind(","), text.rfind("."))
        return float(text[:last].replace(",", "").replace(".", "") + "." + text[last + 1 :])
    for separator in (",", "."):
        if separator in text:
            groups = text.split(separator)
            if len(groups) > 2 or all(len(g) == 3 for g in groups[1:]) and separator == ",":
                return float(text.replace(separator, ""))
            return float(text.replace(separator, "."))
    return float(text)


def arabic_digits_alternative(text: str) -> float | None:
    """The other reading of one "." or "," followed by exactly three digits (20.000:
    twenty thousand in European style, twenty in English style), or None."""
    for separator in (",", "."):
        groups = text.split(separator)
        if len(groups) == 2 and len(groups[1]) == 3 and groups[0].isdigit() and groups[1].isdigit():
            grouping, decimal = float(groups[0] + groups[1]), float(f"{groups[0]}.{groups[1]}")
            return decimal if arabic_digits(text) == grouping else grouping
    return None
