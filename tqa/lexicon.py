"""A small Arabic-English news lexicon, written for tqa, used only as alignment anchors.

Length cannot tell where a sentence was dropped among sentences of similar
length; shared content words can. Each line pairs English stems with Arabic
stems (normalised, without clitics): a word matches a stem it begins with, so
"elect" covers election/elected and "انتخاب" covers انتخابات. Words so common
that they appear in most sentences (said/قال, year/عام) are left out: they
cannot tell one sentence from its neighbour.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tqa.arabic import normalize

_TABLE = """
idea = فكر|افكار
question = سؤال|اسئل
answer = جواب|اجاب|اجوب
problem = مشكل|مشاكل
solution|solve = حل|حلول
story|stories = قص|حكاي
language = لغه|لغات
word = كلم
letter = رسال|رسائل
friend = صديق|اصدقاء
mother|mom = ام|امهات|والد
father|dad = اب|اباء|والد
brother = اخ|اخو|اشقاء|شقيق
sister = اخت|شقيق
son = ابن|ابناء
daughter = ابن|بنات
baby|babies|infant = طفل|رضيع
young|youth = شباب|شاب
old|elderly = مسن|كبار السن|عجوز
life|live|lives = حياه|يعيش|عاش
love = حب|يحب|احب
fear|afraid = خوف|يخاف|خائف
happy|happiness = سعاد|سعيد
sad = حزين|حزن
dream = حلم|احلام
hope = امل
future = مستقبل
world = عالم
earth = ارض
nature = طبيع
light = ضوء|اضواء|نور
dark = ظلام|مظلم
color|colour = لون|الوان
red = احمر|حمراء
blue = ازرق|زرقاء
green = اخضر|خضراء
black = اسود|سوداء
white = ابيض|بيضاء
body = جسم|جسد
eye = عين|عيون
hand = يد|ايدي
head = راس
cell = خليه|خلايا
gene|genetic|dna = جين|وراث
energy = طاقه
ocean = محيط
ice = جليد
lake = بحير
rock|stone = صخر|حجر|احجار
metal = معدن
plastic = بلاستيك
paper = ورق
glass = زجاج
wood = خشب
food|eat = طعام|اكل|غذاء
meat = لحم|لحوم
milk = حليب
fruit = فاكه|ثمار
rice = ارز
plant = نبات|نباتات
flower = زهر|ورود
seed = بذر|بذور
insect = حشر
bee = نحل
mosquito = بعوض
pig = خنزير|خنازير
cow|cattle = بقر|ابقار
horse = حصان|خيول
dinosaur = ديناصور
feather = ريش
wing = جناح|اجنح
tail = ذيل
egg = بيض
fossil = احفور|حفري
galaxy = مجره|مجرات
physic = فيزياء|فيزيائ
chemi = كيمياء|كيميائ
biolog = احياء|بيولوج
mathemat|math = رياضيات
theory = نظري
experiment = تجرب|تجارب
machine = ماكين|الات
robot = روبوت
technolog = تكنولوج|تقني
software|program = برنامج|برمج
network = شبك
satellite = قمر صناعي|اقمار صناعي
rocket = صاروخ
telescope = تلسكوب|مقراب
camera = كاميرا
battery = بطاري
engine = محرك
wheel = عجل
bicycle|bike = دراج
bus = حافل
ticket = تذاكر|تذكره
hotel = فندق|فنادق
restaurant = مطعم
shop|store = متجر|دكان
price|cost = سعر|اسعار|تكلف
salary|wage = راتب|اجور|رواتب
debt = ديون
loan = قرض|قروض
budget = ميزاني
invest = استثمار|مستثمر
profit = ربح|ارباح
loss = خسار
stock market = بورص
inflation = تضخم
unemploy = بطال
project = مشروع|مشاريع
plan = خطه|خطط
decision|decide = قرار|قرر
reform = اصلاح
crisis = ازم
disaster = كارث
accident|crash = حادث|تحطم|اصطدام
fire = حريق
smoke = دخان
damage = ضرر|اضرار|دمار
destroy = دمر|تدمير
build|construct = انشاء|يبني
repair = اصلاح|ترميم
open = افتتاح|فتح
close = اغلاق|اغلق
start|begin = بدء|بداي
end = نهاي|انتهاء|انهاء
increase|rise = ارتفاع|زياد|ارتفع
decrease|fall|decline = انخفاض|تراجع|انخفض
record = رقم قياسي|قياسي
population = سكان
citizen = مواطن
community = مجتمع
tribe = قبائل|عشير
region|area = منطق|مناطق
province = محافظ|ولاي|اقليم
district = حي|قضاء
coast = ساحل|سواحل
valley = وادي
capital = عاصم
neighbo = جيران|مجاور
camp = مخيم
shelter|tent = ماوي|خيم|خيام
prisoner|detainee = معتقل|سجين|اسري|اسير
hostage = رهين|رهائن
kidnap = اختطاف|خطف
kill = قتل
shoot|shot = اطلاق نار|رصاص
gunman = مسلح
bomb = قنبل
ceasefire|truce = وقف اطلاق النار|هدن
militia = ميليشي
rebel = متمرد|ثوار|معارض
opposition = معارض
coup = انقلاب
revolution = ثور
independence = استقلال
constitution = دستور
referendum = استفتاء
poll|survey = استطلاع
majority = اغلبي
candidate = مرشح
seat = مقعد|مقاعد
resign = استقال
appoint = تعيين
visit = زيار|زار
meet|meeting = لقاء|اجتماع|التقي
conference|summit = مؤتمر|قمه
speech = خطاب
announce = اعلن|اعلان
warn = حذر|تحذير
demand = مطالب
refuse|reject = رفض
support = دعم
oppose = عارض|معارض
criticis|criticiz = انتقد|انتقاد
praise = اشاد|اشاد
apolog = اعتذار|اعتذر
thank = شكر
celebrat = احتفال|احتفل
anniversar = ذكري
festival = مهرجان
prize|award = جائز|جوائز
medal = ميدالي
race = سباق
swim = سباح
train = تدريب|قطار
stadium = ملعب
fan = مشجع
concert = حفل
artist = فنان
painting|painter = لوحه|لوحات|رسام
director = مخرج|مدير
author|writer = كاتب|مؤلف
poet|poem = شاعر|قصيد
novel = رواي
magazine = مجله|مجلات
journalist = صحفي|صحافي
email = بريد الكتروني
password = كلم المرور
privacy = خصوصي
hacker|hack = قرصن|اختراق
rain|rainfall = مطر|امطار|الامطار
flood = فيضان|سيول|سيل
storm|hurricane = عاصف|اعصار
snow = ثلج|ثلوج
wind = رياح|ريح
temperature = حرار
weather = طقس
earthquake|quake = زلزال|زلازل
tsunami = تسونامي
fire|blaze = حريق|نيران|نار
water = مياه|ماء
sea = بحر
river = نهر|انهار
desert = صحراء
mountain = جبل|جبال
island = جزير|جزر
hospital = مستشفي|مستشفيات
doctor|physician = طبيب|اطباء
patient = مريض|مرضي
disease|illness = مرض|امراض
virus = فيروس
vaccine = لقاح
health = صحه|صحي
death|dead|died|killed|deaths = موت|وفا|قتل|قتلي|مقتل|توفي
injur|wound = جرح|جرحي|اصاب|مصاب
child|children|boy|girl = طفل|اطفال|صبي|فتا
woman|women = امراه|نساء|سيد
man|men = رجل|رجال
family|families = عائل|اسر
school|schools = مدرس|مدارس
student = طالب|طلاب
university = جامع
teacher = معلم|مدرس
police = شرط
court|judge = محكم|قاض
prison|jail = سجن
arrest = اعتقال|اعتقل|قبض
crime|criminal = جريم|جرائم
murder = قتل
steal|stole|theft|thie = سرق|لصوص|لص
attack = هجوم|هاجم|اعتداء
soldier|troop = جندي|جنود|قوات
army|military = جيش|عسكري
war = حرب
weapon|gun = سلاح|اسلح
bomb|explos = قنبل|انفجار|متفجر
missile|rocket = صاروخ|صواريخ
police officer = ضابط
president = رئيس
minister = وزير|وزراء
government = حكوم
parliament|congress = برلمان|مجلس النواب|الكونغرس|كونغرس
senat = مجلس الشيوخ|الشيوخ
elect|vote|ballot = انتخاب|تصويت|اقتراع|صوت
party = حزب|احزاب
campaign = حمل
law|legal = قانون|قوانين
rule|regulation = قاعد|قواعد|لوائح
policy = سياس
democra = ديمقراط
protest|demonstrat = احتجاج|تظاهر|مظاهر
leader = زعيم|قائد|قاده
king = ملك
queen = ملكه
prince = امير
embassy = سفار
ambassador = سفير
talks|negotiat = محادثات|مفاوضات
agreement|deal|treaty = اتفاق|صفق|معاهد
sanction = عقوب
border = حدود|حدود
refugee = لاجئ
migrant|immigra = مهاجر|هجر
economy|economic = اقتصاد
market = سوق|اسواق
price = سعر|اسعار
bank = بنك|مصرف|مصارف
money|cash = مال|اموال|نقود
tax = ضريب|ضرائب
trade = تجار
export = تصدير|صادرات
import = استيراد|واردات
oil = نفط
gas = غاز
energy|power = طاق
electric = كهرباء
company|firm = شرك
business = اعمال
worker|employee = عامل|عمال|موظف
job|employ = وظيف|وظائف|عمل
factory = مصنع|مصانع
industr = صناع
farm|agricultur = زراع|مزرع
wheat = قمح
food = غذاء|طعام|اغذي
bread = خبز
car|vehicle = سيار
plane|aircraft|flight = طائر|طيران|رحل
airport = مطار
train|railway = قطار
ship|boat = سفين|سفن|قارب
port|harbour = ميناء|مرفا|موانئ
road|street = طريق|طرق|شارع
bridge = جسر
city|town = مدين|مدن|بلد
village = قري
country|nation = بلد|دول|وطن
capital = عاصم
house|home = منزل|بيت|منازل
building = مبني|مباني|بناء
church = كنيس
mosque = مسجد|جامع
temple = معبد
museum = متحف
music|song = موسيق|اغني
film|movie = فيلم|افلام
book = كتاب|كتب
newspaper = صحيف|جريد
television|tv = تلفزيون|تلفاز
phone = هاتف
computer = حاسوب|كمبيوتر
internet|online = انترنت
social media = تواصل الاجتماعي
game|match = مباراه|مباري|لعب
team = فريق|فرق
player = لاعب
football|soccer = كره القدم
goal = هدف|اهداف
win|won|victory = فوز|فاز|انتصار
lose|lost|defeat = خسار|خسر|هزيم
champion = بطول|بطل
olympic = اولمبي
cup = كاس
coach = مدرب
science|scientist = علم|علماء
research = بحث|ابحاث|دراس
study = دراس
space = فضاء
planet = كوكب
star = نجم|نجوم
moon = قمر
sun = شمس
animal = حيوان
dog = كلب
cat = قط
bird = طائر|طيور
fish = سمك|اسماك
shark = قرش
tree = شجر|اشجار
forest = غاب
climate = مناخ
environment = بيئ
pollution = تلوث
church = كنيس
religio = دين|ديني
god = الله|اله
islam|muslim = اسلام|مسلم
christian = مسيحي
jew = يهود
history|historic = تاريخ
war crime = جرائم حرب
peace = سلام
security = امن
terror = ارهاب
victim = ضحي|ضحايا
rescue = انقاذ
aid|help = مساعد|اغاث|معون
hunger|famine = جوع|مجاع
poverty|poor = فقر|فقراء
rich|wealth = ثري|اثرياء|ثرو
million = مليون|ملايين
billion = مليار|مليارات
thousand = الف|الاف
percent|per cent = بالمئه|في المئه|بالمائه|في المائه
dollar = دولار
euro = يورو
pound = جنيه|ليره
week = اسبوع|اسابيع
month = شهر|اشهر
monday = الاثنين|اثنين
tuesday = الثلاثاء|ثلاثاء
wednesday = الاربعاء|اربعاء
thursday = الخميس|خميس
friday = الجمعه|جمعه
saturday = السبت|سبت
sunday = الاحد|احد
morning = صباح
night|evening = ليل|مساء
today = اليوم
tomorrow = غدا
yesterday = امس
north = شمال
south = جنوب
east = شرق
west = غرب
first = اول
second = ثاني
third = ثالث
half = نصف
quarter = ربع
inch = بوص
mile = ميل|اميال
kilometre|kilometer = كيلومتر|كم
metre|meter = متر|امتار
degree = درج
pictur|photo|image = صور
video = فيديو
report = تقرير|تقارير
statement = بيان
interview = مقابل
spokesman|spokeswoman|spokesperson = متحدث|الناطق|ناطق
official = مسؤول
expert = خبير|خبراء
scandal = فضيح
investigat = تحقيق
evidence = دليل|ادل
accus = اتهام|اتهم|متهم
sentence|convict = حكم|ادان|ادين
trial = محاكم
lawyer = محام
fine = غرام
dispute = نزاع|خلاف
crisis = ازم
cancer = سرطان
heart = قلب
brain = دماغ
blood = دم|دماء
drug|medicine = دواء|ادوي|مخدر
smok|cigarette = تدخين|سجائر
alcohol = كحول
sugar = سكر
salt = ملح
coffee = قهوه
tea = شاي
"""

_EN_WORD = re.compile(r"[a-z]+")
_AR_WORD = re.compile(r"[\u0621-\u064A]+")
_AR_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


Index = dict[str, list[tuple[str, str]]]


@lru_cache(maxsize=1)
def _indexes() -> tuple[Index, Index, list[tuple[str, str]], list[tuple[str, str]]]:
    """Stems bucketed by their first two letters; multi-word stems kept apart."""
    english: Index = {}
    arabic: Index = {}
    english_phrases: list[tuple[str, str]] = []
    arabic_phrases: list[tuple[str, str]] = []
    for line in _TABLE.strip().splitlines():
        left, _, right = line.partition("=")
        stems = [w.strip() for w in left.split("|") if w.strip()]
        concept = "w:" + stems[0].replace(" ", "_")
        for stem in stems:
            (english_phrases.append((stem, concept)) if " " in stem else english.setdefault(stem[:2], []).append((stem, concept)))
        for form in (normalize(w.strip()) for w in right.split("|") if w.strip()):
            (arabic_phrases.append((form, concept)) if " " in form else arabic.setdefault(form[:2], []).append((form, concept)))
    return english, arabic, english_phrases, arabic_phrases


def _matches(word: str, stem: str, plural: str) -> bool:
    # Short stems (war, tax, دم) must be the whole word, or its plural: "war" is
    # not "warn" and "tea" is not "team".
    if len(stem) <= 3 if plural == "s" else len(stem) <= 2:
        return word == stem or word == stem + plural
    return word.startswith(stem)


@lru_cache(maxsize=131072)
def _word_concepts(word: str, arabic: bool) -> frozenset[str]:
    english, arabic_index, _, _ = _indexes()
    index = arabic_index if arabic else english
    plural = "ات" if arabic else "s"
    return frozenset(concept for stem, concept in index.get(word[:2], ()) if _matches(word, stem, plural))


def _lookup(words: set[str], arabic: bool) -> set[str]:
    return {concept for word in words for concept in _word_concepts(word, arabic)}


def english_concepts(text: str) -> set[str]:
    phrases = _indexes()[2]
    lowered = text.lower()
    found = _lookup(set(_EN_WORD.findall(lowered)), arabic=False)
    found.update(concept for phrase, concept in phrases if phrase in lowered)
    return found


def arabic_concepts(text: str) -> set[str]:
    phrases = _indexes()[3]
    normalized = normalize(text)
    words = set(_AR_WORD.findall(normalized))
    stems = set(words)
    for word in words:
        stems.update(word[len(p):] for p in _AR_PREFIXES if word.startswith(p) and len(word) - len(p) >= 2)
    found = _lookup(stems, arabic=True)
    found.update(concept for phrase, concept in phrases if phrase in normalized)
    return found
