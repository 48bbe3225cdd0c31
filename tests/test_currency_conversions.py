"""A sum in a country's currency named with its adjective ("Syrian pounds", "Turkish lira",
«ليرة تركية», «جنيهاً مصرياً») has that country's currency: the dollars a translator adds in
brackets after it are a conversion (D202 leaves them alone, as it does "500m dirhams
($136m)"), and M804 does not compare Turkish lira with Syrian ones. Reported by a new user's
review; the sentences are invented."""

from __future__ import annotations

import pytest

from tests.example_runs import BY_CODE, fired
from tqa.checks.base import Example
from tqa.text.numbers import quantities
from tqa.text.numbers.currencies import currency_of


@pytest.mark.parametrize(
    ("ar", "en", "fails"),
    [
        ("وبلغ سعر كيلو اللحم ٧٥ ألف ليرة في سوق المدينة.", "A kilo of meat cost 75,000 Syrian pounds ($6) in the town market.", False),
        ("وخصصت البلدية ١٠٠ مليون ليرة تركية للمشروع.", "The municipality set aside 100 million Turkish lira (about $2.9m) for the project.", False),
        ("ورفعت الحكومة سعر الخبز إلى ٤٠٠ ليرة سورية.", "The government raised the price of bread to 400 Syrian pounds (3 US cents).", False),
        ("وبلغت الكلفة ١٠٠ مليون جنيه مصري.", "The cost reached 100 million Egyptian pounds (about $2m).", False),
        # A bracket that converts nothing is a figure added.
        ("وبلغ سعر كيلو اللحم ٧٥ ألف ليرة في سوق المدينة.", "A kilo of meat cost 75,000 Syrian pounds (6 stalls) in the town market.", True),
    ],
)
def test_dollars_in_brackets_after_a_named_currency(ar: str, en: str, fails: bool) -> None:
    assert bool(fired(BY_CODE["D202"], Example(ar=ar, en=en, fails=fails))) is fails


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("It cost 5,000 Syrian pounds.", "en", "SYP"),
        ("It cost 5,000 Lebanese pounds.", "en", "LBP"),
        ("It cost 5,000 pounds.", "en", "GBP"),
        ("It cost 20 Kuwaiti dinars.", "en", "KWD"),
        ("بلغت الكلفة ٥٠٠٠ ليرة تركية.", "ar", "TRY"),
        ("بلغت الكلفة ٥٠٠٠ ليرة.", "ar", "SYP"),
        ("بلغت الكلفة ٥٠ جنيهاً مصرياً.", "ar", "EGP"),
        ("بلغت الكلفة ٥٠ ديناراً عراقياً.", "ar", "IQD"),
    ],
)
def test_a_currency_named_with_its_country(text: str, lang: str, code: str) -> None:
    (amount,) = quantities(text, lang)
    assert currency_of(text, amount, lang) == code
