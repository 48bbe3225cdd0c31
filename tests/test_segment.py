import pytest

from tqa.model import Block, Document
from tqa.text.segment import segment_document, split_sentences

AR_CASES = [
    ("وصل الرئيس إلى موسكو. والتقى بوتين.", ["وصل الرئيس إلى موسكو.", "والتقى بوتين."]),
    ("هل ستبقى القواعد؟ لم يتضح بعد.", ["هل ستبقى القواعد؟", "لم يتضح بعد."]),
    ("قال الوزير إن الاتفاق نهائي؛ وأضاف أن التنفيذ يبدأ غداً.", ["قال الوزير إن الاتفاق نهائي؛", "وأضاف أن التنفيذ يبدأ غداً."]),
    ("التقى د. سمير حداد بالوزير.", ["التقى د. سمير حداد بالوزير."]),
    ("قال: «الزيارة ناجحة. والعلاقات قوية». ثم غادر.", ["قال: «الزيارة ناجحة. والعلاقات قوية».", "ثم غادر."]),
    ("ارتفع النمو إلى ٤.٥ في المئة. وهذا جيد!", ["ارتفع النمو إلى ٤.٥ في المئة.", "وهذا جيد!"]),
    ("انتظر الجميع… ثم جاء الرد.", ["انتظر الجميع…", "ثم جاء الرد."]),
    ("المدن الكبرى، دمشق وحلب، تأثرت.", ["المدن الكبرى، دمشق وحلب، تأثرت."]),
    ("عاش أوتزي عام 3300 ق.م تقريباً. وعثر عليه متجمداً.", ["عاش أوتزي عام 3300 ق.م تقريباً.", "وعثر عليه متجمداً."]),
    ("انتهت المحادثات. . وغادر الوفدان.", ["انتهت المحادثات. .", "وغادر الوفدان."]),
    # An abbreviation right after an opening quotation mark, and Latin initials spelt out.
    ('وقالت: "د. هالة منصور تشرف على العلاج".', ['وقالت: "د. هالة منصور تشرف على العلاج".']),
    ("افتتح المعرض إم. جي. فرنانديز صباح أمس.", ["افتتح المعرض إم. جي. فرنانديز صباح أمس."]),
    # A stray full stop (an English abbreviation's, carried over) cuts a phrase off its
    # sentence: a definite noun and adjective, or a closing prepositional or time phrase.
    ("الوزير البريطاني. يزور عمّان لبحث ملف اللاجئين", ["الوزير البريطاني. يزور عمّان لبحث ملف اللاجئين"]),
    ("افتُتح الجسر الجديد أمس. بالمدينة القديمة.", ["افتُتح الجسر الجديد أمس. بالمدينة القديمة."]),
    ("انقطعت الكهرباء الساعة ٩ مساءً. يوم الخميس.", ["انقطعت الكهرباء الساعة ٩ مساءً. يوم الخميس."]),
    # Real short sentences stay: an indefinite predicate, a verb, a phrase not at the end.
    ("المياه ملوثة. ولم يحذر أحد السكان.", ["المياه ملوثة.", "ولم يحذر أحد السكان."]),
    ("سألنا الحارس عن الطريق. أرشدنا بلطف.", ["سألنا الحارس عن الطريق.", "أرشدنا بلطف."]),
    ("رفضوا العرض. بالتأكيد. وغادروا القاعة.", ["رفضوا العرض.", "بالتأكيد.", "وغادروا القاعة."]),
    # An answer is a sentence («على الأغلب لا»: most likely not), and من is also "who".
    ("هل ستُفتح المدرسة هذا العام؟ على الأغلب لا.", ["هل ستُفتح المدرسة هذا العام؟", "على الأغلب لا."]),
    ("خسرنا المحصول كله. من سيدفع لنا.", ["خسرنا المحصول كله.", "من سيدفع لنا."]),
    # An opening « of a quotation never closed opens the next sentence, not the end of this one.
    ("انقطعت الكهرباء. «لن نسكت بعد اليوم، قال أحد السكان.", ["انقطعت الكهرباء.", "«لن نسكت بعد اليوم، قال أحد السكان."]),
]
EN_CASES = [
    ("The U.S. envoy arrived. He met Dr. Smith.", ["The U.S. envoy arrived.", "He met Dr. Smith."]),
    ("Growth reached 4.5 per cent. Prices rose.", ["Growth reached 4.5 per cent.", "Prices rose."]),
    ("The deal is worth $6bn. It was signed on Monday.", ["The deal is worth $6bn.", "It was signed on Monday."]),
    ("Will the bases stay? Nobody knows.", ["Will the bases stay?", "Nobody knows."]),
    ("“We agree. It is done,” he said. Then he left.", ["“We agree. It is done,” he said.", "Then he left."]),
    ("Gen. Ali Mahmoud spoke first.", ["Gen. Ali Mahmoud spoke first."]),
    # A stray full stop (a bad paste) is no sentence of its own: it would pair with nothing.
    (". Scientists say the bird was brown.", [". Scientists say the bird was brown."]),
    ("The talks ended. . Both sides left.", ["The talks ended. .", "Both sides left."]),
    ('"Dr. Haddad will operate," she said.', ['"Dr. Haddad will operate," she said.']),
    # US, UK, UN, EU as nouns take "the"; bare, they qualify the next word ("US." for U.S.).
    ("The visit follows UK. Foreign Secretary talks in Cairo.", ["The visit follows UK. Foreign Secretary talks in Cairo."]),
    ("Aid was cut by the EU. Farmers protested.", ["Aid was cut by the EU.", "Farmers protested."]),
    # So does an opening “ of a quotation never closed; one glued to the word before stays.
    ("The harvest failed. “We will sow again, the farmer said.", ["The harvest failed.", "“We will sow again, the farmer said."]),
]


@pytest.mark.parametrize(("text", "expected"), AR_CASES)
def test_arabic_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "ar") == expected


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text, "en") == expected


def test_headings_stay_whole_and_paragraphs_are_numbered() -> None:
    doc = Document("x.md", "markdown", (Block("العنوان. الفرعي", heading=True), Block("جملة أولى. جملة ثانية.")))
    article = segment_document(doc, "ar")
    assert [(s.id, s.paragraph, s.heading) for s in article.segments] == [(0, 0, True), (1, 1, False), (2, 1, False)]


def test_a_paragraph_of_marks_only_is_kept() -> None:
    assert split_sentences("* * *", "en") == ["* * *"]


# A quoted question or exclamation goes on into its attribution (issue #11): cut there,
# "she asked." pairs with nothing and is reported as an addition.
ATTRIBUTION_CASES = [
    ("en", '"Where will the boats dock? he asked. The port was closed.', ['"Where will the boats dock? he asked.', "The port was closed."]),
    ("en", '"Who pays for the repairs?" asked the mayor.', ['"Who pays for the repairs?" asked the mayor.']),
    ("en", '"Is this the end?" Nadia Karam asked. Nobody answered.', ['"Is this the end?" Nadia Karam asked.', "Nobody answered."]),
    ("en", '“Enough!” Al-Tamimi said at the meeting.', ["“Enough!” Al-Tamimi said at the meeting."]),
    # A capitalised word after the quotation that goes on past the verb opens a sentence.
    ("en", '"Why now?" Officials said the vote was delayed.', ['"Why now?"', "Officials said the vote was delayed."]),
    ("en", "Will the bridge open? Engineers said no.", ["Will the bridge open?", "Engineers said no."]),
    ("ar", '"من سيدفع ثمن الإصلاح؟" قالت سلمى حداد.', ['"من سيدفع ثمن الإصلاح؟" قالت سلمى حداد.']),
    # A sentence of its own that reports speech ("قال الوزير إن ...") stays one.
    ("ar", "«لماذا الآن؟» قال الوزير إن الموعد تأجل بسبب الأمطار الغزيرة.", ["«لماذا الآن؟»", "قال الوزير إن الموعد تأجل بسبب الأمطار الغزيرة."]),
    # The verb alone carries its subject (she asked), and other speech verbs attribute too.
    ("ar", "«من يعوض المزارعين عن خسائرهم؟» تساءلت. ولم يرد أحد.", ["«من يعوض المزارعين عن خسائرهم؟» تساءلت.", "ولم يرد أحد."]),
    ("ar", "«كفى!» قال.", ["«كفى!» قال."]),
    ("ar", "«وهل تملك البلدية خطة بديلة؟» تابعت المهندسة.", ["«وهل تملك البلدية خطة بديلة؟» تابعت المهندسة."]),
    ("ar", "«ومن قال إننا نرفض؟» ردّ رئيس النقابة.", ["«ومن قال إننا نرفض؟» ردّ رئيس النقابة."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ATTRIBUTION_CASES)
def test_a_quoted_question_keeps_its_attribution(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected  # type: ignore[arg-type]



def test_a_stray_straight_quote_does_not_join_sentences_that_hold_no_mark() -> None:
    # The first quotation is never closed: sentencex pairs the other marks across it and
    # held the two sentences between them together, though neither holds a mark.
    text = (
        '"The delays hurt every farmer in the valley, said the economist Omar Saleh of the Basra Institute. '
        'Lenders "want guarantees before they put in any more money," Saleh added. '
        "The bank is due to open a branch in Tal Afar, west of the city, early next month. "
        "Yousef said the bank would publish its loans and the names of Gen. Ali Hamid's borrowers online. "
        'He said that credit "is not a favour but a right".'
    )
    sentences = split_sentences(text, "en")
    assert sentences[2:4] == [
        "The bank is due to open a branch in Tal Afar, west of the city, early next month.",
        "Yousef said the bank would publish its loans and the names of Gen. Ali Hamid's borrowers online.",
    ]
    assert len(sentences) == 5
