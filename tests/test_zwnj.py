"""The ZWNJ steps: words to join, to split and to leave alone ('|' is a ZWNJ in the tables)."""
import os

import pytest
from hypothesis import example, given, settings, strategies as st

from normalizer import get_step, normalize, preset
from normalizer.pipeline import apply_edits
from conftest import ZWNJ, z

FIX = get_step("fix_zwnj")
CLEAN = get_step("clean_zwnj")

GLUED = [
    # a preverb + a participle + the perfect's clitic, though the lexicon lacks the verb
    ("برتافتهاید", "برتافته|اید"), ("درگرفتهام", "درگرفته|ام"),
    ("استانها", "استان|ها"),
    ("میتواند", "می|تواند"),
    ("میتوانند", "می|توانند"),
    ("نمیتوانند", "نمی|توانند"),
    ("بهرهگیری", "بهره|گیری"),
    ("نقشآفرینی", "نقش|آفرینی"),
    ("اجتنابناپذیر", "اجتناب|ناپذیر"),
    ("چهرهبهچهره", "چهره|به|چهره"),
    ("صرفهجویی", "صرفه|جویی"),
    ("مسئلهمحور", "مسئله|محور"),
    ("وحشتزدگی", "وحشت|زدگی"), ("آسیبدیدگی", "آسیب|دیدگی"),  # the nouns of ‑زده and ‑دیده
    ("واقعبینانه", "واقع|بینانه"), ("توسعهیافتگی", "توسعه|یافتگی"),  # ‑انه and ‑گی of productive parts
    ("میرفتهاند", "می|رفته|اند"),
    ("رفتهاند", "رفته|اند"),
    ("خانهام", "خانه|ام"),
    ("اجتماعیاش", "اجتماعی|اش"),
    ("کتابهایشان", "کتاب|هایشان"),
    ("هستهای", "هسته|ای"),
    # ‑ای after silent heh against the plural of the shorter word: the web counts of the two
    # stems decide as they are (not هفت‌های, نیم‌های, سابق‌های)
    ("هفتهای", "هفته|ای"), ("نیمهای", "نیمه|ای"), ("سابقهای", "سابقه|ای"), ("ماهانهای", "ماهانه|ای"),
    ("کتابهای", "کتاب|های"), ("دستهای", "دست|های"),
    # and where the lexicon lists the ‑ای form of a rarer word (زبانه‌ای, دندانه‌ای)
    ("زبانهای", "زبان|های"), ("دندانهای", "دندان|های"), ("زخمهای", "زخم|های"),
    ("بیشک", "بی|شک"),
    ("بینظیر", "بی|نظیر"),
    ("بزرگترین", "بزرگ|ترین"),
    ("سرمایهگذاریها", "سرمایه|گذاری|ها"),
    ("میشود", "می|شود"),
    ("نمیدانم", "نمی|دانم"),
    # silent heh + ای or a stem + های: the stems' web counts decide
    ("دستهای", "دست|های"),
    ("خانهای", "خانه|ای"),
    ("میوهشان", "میوه|شان"),  # a silent ه after و
    ("مهمتر", "مهم|تر"),  # a stem's inflections are far rarer than it
    ("رنگها", "رنگ|ها"),
    ("کوچکترین", "کوچک|ترین"),
    ("زندگیات", "زندگی|ات"),
    ("میگویی", "می|گویی"),  # a verb form, though میگو + ی could be read
    ("موظفاند", "موظف|اند"), ("مطمئناند", "مطمئن|اند"),  # the copula after an adjective
    # a stem the web or the lexicon's solid list knows: ‑ها and clitics after silent heh
    ("دلتنگیهایش", "دلتنگی|هایش"), ("گذرواژهشان", "گذرواژه|شان"),
    ("برمیدارد", "برمی|دارد"),  # a preverb + می + a verb, though a list has it solid
    ("خانهی", "خانه|ی"), ("لایحهی", "لایحه|ی"), ("همهی", "همه|ی"),  # the ezafe after a silent heh
    # spoken-style verbs after می/نمی, as chats and comments write them
    ("میخوام", "می|خوام"), ("نمیدونم", "نمی|دونم"), ("میکنه", "می|کنه"), ("میگن", "می|گن"),
    # a known compound + an inflection (‑ان, ‑ی, ‑ها, ‑ترین)
    ("سرمایهداران", "سرمایه|داران"),
    ("دوچرخهسواران", "دوچرخه|سواران"),
    ("صاحبنظرانی", "صاحب|نظرانی"),
]

# ‑های (plural + ezafe) needs a word after it: before punctuation or a word that cannot be
# the ezafe's complement, only the ‑ای reading is left
IN_CONTEXT = [
    ("دستهای او", "دست|های او"),
    ("دستهای که", "دسته|ای که"),
    ("دستهای از", "دسته|ای از"),
    ("دستهای،", "دسته|ای،"),
    ("دستهای", "دست|های"),  # a line's end says nothing: text may be wrapped
    # nor can a verb follow an ezafe
    ("نامهای نوشتند.", "نامه|ای نوشتند."), ("دستهای میخرند", "دسته|ای می|خرند"),
    ("دستهای می‌خرند", "دسته|ای می|خرند"),
    ("دستهای روند", "دست|های روند"),  # روند: a noun, though رو + ‑ند reads as a verb
    ("جاهای که", "جاهای که"),  # جاه ends in a sounded ه: no ‑ای reading
]


@pytest.mark.parametrize("src,want", IN_CONTEXT)
def test_heh_ai_in_context(src, want):
    assert FIX(src) == z(want)
    assert normalize(src) == z(want)


UNCHANGED = [
    "میدان", "میدانی", "میلیون", "میز", "میهن", "نمین", "آنها", "اینها", "همچنین",
    "دانشگاه", "بیشتر", "بهتر", "تنها", "دفتر", "دکتر", "بندرها", "داروها", "زیباتر",
    "کشورها", "اسلام", "تمام", "بیمار", "بیست", "سالم", "کم کم", "یکی از", "جمهوری اسلامی",
    z("می|رود"), z("کتاب|ها"), "Python", "محمدرضا",
    "بینیم", "انتهایش", "صدایشان", "آرزویم",  # a verb form; ا/و + ی + a clitic
    z("می|بینیم"), z("بی|انتهایش"), z("زخم|های"),  # joiners in place are kept as they are
    z("وب|مستر"), z("فیلمنامه|نویس"),  # a joined spelling the lexicon lists is not re-split
    # a glued word the web writes at least a fifth as often as the stem of a suffix reading
    "فیلتر", "دکترین", "لوستر",
    "مستر",  # the web writes it over a fifth as often as مس: a word of its own (not مس‌تر)
    "توتالیتر",  # the web writes it, never its would-be stem توتالی
    "بیشترین",  # the superlative of a comparative written solid (بیشتر)
    # inflections of words the lexicon knows solid, though a joined spelling is listed
    "پژوهشگران", "ورزشکاران", "سیاستمداران", "تحلیلگران",
    "بماند", "نماند", "خشکاند", "گرداند",  # verbs, not an adjective + the copula ‑اند
    "اولاند",  # a name the web writes (Hollande), not اول + ‑اند
    "میری", "میاد",  # a surname as well as 'you go'; آمدن's spoken forms are written solid as often
    # ‑ی after a sounded ه is written solid: an Arabic root's ه, a Persian one, الله, after و/ی
    "توجهی", "مشابهی", "فقهی", "مرفهی", "گرهی", "عبداللهی", "گروهی", "شبیهی", "منتهی", "نهی",
    "فرماندهی", "زیگولهی",  # a word the web writes (‑دهی: the stem ده); a stem the lexicon lacks
    "امیدوار", "خانوار", "گوشوار", "سزاوار",  # ‑وار words the lexicon knows solid
    "شخصیات", "حفریات",  # ‑یات: the Arabic plural, not ‑ی + ‑ات
    "رهبانی", "دهداری",  # a two-letter word's ه is sounded
    "نمایاند",  # a past stem: a verb, not نمای + اند
    "نگاهشان", "دانشگاهشان", "آگاهشان", "راهداری", "پناهمند", "دستگاهدار",  # a sounded ه: clitics, ‑مند, ‑دار solid
    "نگاه شان",
]

SPACED = [
    ("استان ها", "استان|ها"),
    ("می تواند", "می|تواند"),
    ("نمی توانند", "نمی|توانند"),
    ("می رفته اند", "می|رفته|اند"),
    ("کتاب های ما", "کتاب|های ما"),
    ("رفته اند", "رفته|اند"),
    ("بزرگ ترین", "بزرگ|ترین"),
    ("بی شک", "بی|شک"),
    # and before a noun + a possessive clitic (after ا or و, ‑یش: انتهایش; after a consonant or a sounded ه: گناهم)
    ("بی انتهایش", "بی|انتهایش"), ("بی نظیرش", "بی|نظیرش"), ("بی گناهم", "بی|گناهم"),
    ("دارو ها", "داروها"),
    ("بهره گیری از", "بهره|گیری از"),  # گیری does not stand alone
    ("بندر ها", "بندرها"),
    # a line that shows spaces typed for joiners: compounds joined too
    ("استان ها با بهره گیری از", "استان|ها با بهره|گیری از"),
    ("دست های او", "دست|های او"),
    ("می دانی", "می|دانی"),  # glued, میدانی is a word; spaced, a verb
    ("می نکوهیم", "می|نکوهیم"),  # a verb the lexicon lacks, after می standing alone
    ("واژه نامهٔ او", "واژه|نامهٔ او"),  # the ezafe mark does not hide نامه
    ("غم انگیزی", "غم|انگیزی"),  # a productive part's ‑ی noun
    ("تمرین زدگی", "تمرین|زدگی"), ("آسیب دیدگی", "آسیب|دیدگی"),  # ‑زدگی and ‑دیدگی are no words
    ("صلح جویانه", "صلح|جویانه"), ("واقع بینانه", "واقع|بینانه"), ("توسعه یافتگی", "توسعه|یافتگی"),
    ("پیش بینی", "پیش|بینی"),  # a prefix word before a productive part: a listed compound
    # and a function word the lexicon also tags as a noun, where it tags the whole
    ("دسته بندی", "دسته|بندی"), ("همه گیری", "همه|گیری"),
    ("بی اعتنایی", "بی|اعتنایی"),
    # بی + a function word where the whole is a common word the lexicon tags
    ("بی شمار", "بی|شمار"), ("بی جهت", "بی|جهت"), ("از خود بی خود", "از خود بی|خود"),
    ("بی شرمانهٔ", "بی|شرمانهٔ"), ("بی هفتهی", "بی|هفته|ی"),  # an ezafe after the word splits nothing
    ("روابط بین المللی", "روابط بین|المللی"),  # المللی is no word of its own
    # on a line with spaces typed for joiners, a compound hazm tags as a word
    ("کتاب ها و جنایت کار", "کتاب|ها و جنایت|کار"),
    # and a known compound + an inflection
    ("کتاب ها و سرمایه داران", "کتاب|ها و سرمایه|داران"),
    ("کتاب ها و دهشت بارترین", "کتاب|ها و دهشت|بارترین"),
    # a word train writes joined LEARNED_ANY_LINE times or more, and never apart: any line
    ("سرمایه داران", "سرمایه|داران"), ("حزب الله", "حزب|الله"), ("پول شویی در بانک", "پول|شویی در بانک"),
    ("تعیین شده است", "تعیین شده است"),  # a participle before an auxiliary: a verb phrase
    ("کتاب ها و واقع شدن", "کتاب|ها و واقع شدن"),  # an infinitive: a verb phrase
    ("کتاب ها و وحشت زده", "کتاب|ها و وحشت|زده"),  # ‑زده: an adjective the lexicon tags
    ("کتاب ها و فیلم دیده", "کتاب|ها و فیلم دیده"),  # a participle of a verb phrase
    # a participle the lexicon tags with its noun joins where an adjective may stand: before
    # a noun, را or a preposition; not before an auxiliary, a conjunction, a suffix, a verb,
    # a mark or the line's end, where it is a verb phrase
    ("کتاب ها و آمار انجام شده از", "کتاب|ها و آمار انجام|شده از"),
    ("کتاب ها زمین های اشغال شده را", "کتاب|ها زمین|های اشغال|شده را"),
    ("کتاب ها انجام شده است", "کتاب|ها انجام شده است"), ("کتاب ها اشغال شده بود", "کتاب|ها اشغال شده بود"),
    ("کتاب ها انجام شده و", "کتاب|ها انجام شده و"), ("کتاب ها انجام شده اند", "کتاب|ها انجام شده|اند"),
    ("کتاب ها داده شده بودیم", "کتاب|ها داده شده بودیم"), ("کتاب ها انجام شده.", "کتاب|ها انجام شده."),
    ("کتاب ها و آمار ارائه شده می گوید", "کتاب|ها و آمار ارائه|شده می|گوید"),  # the subject of a verb
    ("کتاب ها انجام شده", "کتاب|ها انجام شده"),
    ("کتاب ها حل نشده است", "کتاب|ها حل نشده است"),  # a negative participle: a verb phrase too
    # an ezafe on the participle shows the adjective, wherever it stands
    ("کتاب ها سرزمین های اشغال شدهٔ فلسطینی", "کتاب|ها سرزمین|های اشغال|شدهٔ فلسطینی"),
    ("کتاب ها و هزینهٔ اعلام شدهٔ اولیه", "کتاب|ها و هزینهٔ اعلام|شدهٔ اولیه"),
    # after a lone می, an unknown word is a verb only if it is nothing else and has no می
    ("می کتابهایم", "می کتاب|هایم"),
    ("می میهمانیم", "می میهمانیم"),
    # a present stem + ی after a word, where the lexicon lists the compound: its verbal noun
    ("صرفه جویی", "صرفه|جویی"),
    ("در چشم پوشی از", "در چشم|پوشی از"),
    # productive parts that make adjectives of likeness and plurals of agents
    ("برق آسا", "برق|آسا"), ("کابوس وار", "کابوس|وار"),
    ("چپ گرایان", "چپ|گرایان"), ("داستان نویسان", "داستان|نویسان"),
    ("دروازه بان", "دروازه|بان"),  # ‑بان joins after a silent heh (but باغبان, نگهبان)
    # a bound prefix before a word, where the lexicon lists the compound
    ("شبه جزیره", "شبه|جزیره"), ("ذی نفع", "ذی|نفع"),
    # به glued to a word ending in a non-joining letter, and the word again
    ("جابه جا", "جابه|جا"), ("روبه رو شد", "روبه|رو شد"),
    # the plural in ‑گان of a listed compound with a participle (آسیب‌دیده, سیل‌زده)
    ("آسیب دیدگان", "آسیب|دیدگان"), ("سیل زدگان", "سیل|زدگان"),
    ("ستم دیدگان", "ستم|دیدگان"),  # hazm tags the singular solid (ستمدیده): a compound all the same
    # not the ‑گان of a present stem + ه, a noun (گروگان: hostage, not a plural of گروه)
    ("کتاب ها و گروه گروگان", "کتاب|ها و گروه گروگان"), ("کتاب ها و ده روزگان", "کتاب|ها و ده روزگان"),
    ("هم اکنون", "هم|اکنون"), ("هم اینک", "هم|اینک"),  # the adverbs (now)
    # weekdays, spelled as the lexicon spells them more often
    ("روز سه شنبه", "روز سه|شنبه"), ("یک شنبه", "یکشنبه"), ("چهار شنبه", "چهارشنبه"),
    # a noun + a verbal noun that is no word of its own, where no verb is read (اکرام نمایی.:
    # you honour) nor a noun + ی (خوابی: a sleep)
    ("کتاب ها و پول شویی در بانک", "کتاب|ها و پول|شویی در بانک"),
    ("کتاب ها و حکم فرمایی او", "کتاب|ها و حکم|فرمایی او"),
    ("کتاب ها و اکرام نمایی.", "کتاب|ها و اکرام نمایی."), ("کتاب ها و شهر خوابی دید", "کتاب|ها و شهر خوابی دید"),
    # a compound the lexicon lists but does not tag, on a line that shows spaces typed for
    # joiners: its second part is no word, and a ‑ی on it makes a noun of a known compound
    ("کتاب ها و روان پزشکی", "کتاب|ها و روان|پزشکی"), ("کتاب ها و اوقات تلخی", "کتاب|ها و اوقات|تلخی"),
    # compounds of three parts or more the lexicon tags as common words, and Latin acronyms
    # spelled letter by letter: the pairs of their parts cannot see them
    ("بی بی سی گزارش داد", "بی|بی|سی گزارش داد"), ("«بی بی سی» گفت", "«بی|بی|سی» گفت"),
    ("بی بی" + ZWNJ + "سی", "بی|بی|سی"), ("سی تی اسکن", "سی|تی|اسکن"), ("آب شیرین کن", "آب|شیرین|کن"),
    ("شبکه سی ان ان،", "شبکه سی|ان|ان،"), ("جی پی اس", "جی|پی|اس"), ("اس ام اس", "اس|ام|اس"),
    ("آر پی جی", "آرپی|جی"),  # no joiner after a non-joining letter
    ("او اس ام اس فرستاد", "او اس|ام|اس فرستاد"),  # او (he) at a run's edge is no letter
    ("«او جی پی اس دارد", "«او جی|پی|اس دارد"), ("گفت «کی اس ام اس", "گفت «کی اس|ام|اس"),  # with a mark too
    ("ای وای بی چاره", "ای وای بی|چاره"),  # وای (alas) is a word too: no acronym
    ("بی بی پارک", "بی|بی پارک"),
    # a run grows on each side again while the other grew: ‑اش joins بچه‌مدرسه‌ای, not مدرسه‌ای
    ("بچه مدرسه ای اش", "بچه|مدرسه|ای|اش"),
    # a suffix said twice joins once (laughter, or a typo), read on the letters: not after
    # a word that ends so (بها: price)
    ("کتاب ها ها", "کتاب|ها ها"), ("دارو ها ها", "داروها ها"), ("بها ها", "بهاها"),
    ("کتابها ها", "کتاب|ها ها"),  # بی‌بی (lady), as the lexicon tags it: the second بی is no prefix
    # but not an untagged compound whose second part is a word, or an adjective of relation
    ("کتاب ها و امام حسین", "کتاب|ها و امام حسین"), ("کتاب ها و جمهوری اسلامی", "کتاب|ها و جمهوری اسلامی"),
    ("کتاب ها و میراث فرهنگی", "کتاب|ها و میراث فرهنگی"),
    # a present stem + ه is a noun, not a participle: the compound joins (نامه of نامیدن,
    # لرزه of لرزیدن), while a past stem + ه stays a verb phrase (see SPACED_UNCHANGED)
    ("کتاب ها و دوهفته نامه", "کتاب|ها و دوهفته|نامه"), ("زمین لرزه ای آمد", "زمین|لرزه|ای آمد"),
    # a numeral + a noun + ‑ه that is no word of its own: an adjective, on a line that shows
    # the habit (solid after a non-joining letter); not before هفته, شاخه, which are words
    ("کتاب ها و سه جانبه", "کتاب|ها و سه|جانبه"), ("کتاب ها و چند منظوره", "کتاب|ها و چندمنظوره"),
    ("کتاب ها و دو هفته", "کتاب|ها و دو هفته"), ("کتاب ها و سه شاخه", "کتاب|ها و سه شاخه"),
    # a common compound hazm tags, with a function word that is also a noun (پشت, روی), on a
    # line that shows the habit; not with a determiner or numeral (آن قدر, یک دفعه), nor
    # before رو (the spoken را: ماشین‌رو is a word too)
    ("کتاب ها و پشت بام ها", "کتاب|ها و پشت|بام|ها"), ("کتاب ها و زیاده روی", "کتاب|ها و زیاده|روی"),
    ("کتاب ها و آن قدر", "کتاب|ها و آن قدر"), ("کتاب ها و یک دفعه", "کتاب|ها و یک دفعه"),
    ("کتاب ها و ماشین رو بردم", "کتاب|ها و ماشین رو بردم"),
    ("کتاب ها و کم پشت", "کتاب|ها و کم پشت"),  # tagged, but below 50,000 (کم‌پشت: 34,000)
    ("کتاب ها و فرمان بر آن", "کتاب|ها و فرمان بر آن"),  # بر (on), though فرمان‌بر is tagged
    # a preverb + a participle (a regular past stem: گرد + ید) + the perfect's clitic
    ("تو برگردیده ای.", "تو برگردیده|ای."),
    # a productive part that ends in ا, with the ezafe ‑ی; not after a function word (در سرای)
    ("کتاب ها و مرگ آسای", "کتاب|ها و مرگ|آسای"), ("کتاب ها و در سرای ما", "کتاب|ها و در سرای ما"),
    # a compound hazm tags as a word (کاسب‌کار) + an inflection, on a line that shows the habit
    ("کتاب ها و کاسب کارها", "کتاب|ها و کاسب|کارها"),
    # the ezafe after a silent heh, written apart
    ("در خانه ی ما", "در خانه|ی ما"),
    ("منطقه ی آزاد", "منطقه|ی آزاد"), ("درباره ی او", "درباره|ی او"),
]

SPACED_UNCHANGED = [
    "نفت خام", "امام حسین",  # phrases, though a web list joins them
    "بی آن که", "بی تا", "بی اینکه", "بی حال",  # بی before a conjunction (حال: در حالی که)
    "بی آنش", "بی خانهم",  # a function word + a clitic; a clitic glued to a silent heh
    "ای خدا", "یکی از آنها", "کم کم آمد", "رئیس جمهور", "خانه است", "می و مینا",
    "جنایت کار",  # no sign on the line that spaces stand for joiners
    "کشته شده است",  # a participle: a verb phrase
    "آمار انجام شده از",  # an adjective, but no sign that spaces stand for joiners
    "و ایفای نقش",  # ایفای is ایفا + ezafe, not the bound half of وای‌فای
    "کاسب کارها", "سه جانبه", "پشت بام",  # no sign on the line that spaces stand for joiners
    "کنار جویی",  # a stem + ی, but the compound is not listed
    "میراث فرهنگی", "نخستین باری",  # a second part common as a word of its own
    "حرف ی", "گروه ی دیگر", "توجه ی",  # ی apart, but after no silent heh (a sounded ه)
    "زیگوله ی",  # nor after a word the lexicon does not know
    "روز شنبه", "شش شنبه",  # no weekday
    "او هم چنین کاری کرد", "تا اکنون",  # هم (also) before چنین; اکنون after another word
    "شبه خوب",  # a bound prefix, but no listed compound
    "باغ بان",  # ‑بان after a consonant is written solid, not joined
    "تابه داغ",  # a word ending in به, not before itself
    "در برابر دیدگان", "اشک دیدگان",  # دیدگان (eyes): no listed compound before it
    # letter names: two, or none that is only a letter (سی دی: a date), or a phrase with به
    "سی دی", "بی او کی", "چشم به راه", "کی او را دید",
    "سی دی زد",  # زد (hit) is a word too
    "جی پی اس اس اس اس اس اس اس اس",  # a run of more than eight letters is no acronym
    "ها ها ها",  # a suffix said over and over (laughter) joins nothing
    "بر دار",  # no joiner after a non-joining letter (a space there stands for none)
    "فرش شویی در بانک",  # a verbal noun, but no sign that spaces stand for joiners
    "آبی رنگی",  # a learned word train writes joined only twice: not on a line with no sign
    "بی همزمان",  # the lexicon tags هم‌زمان too: as بی هم‌زمان stays, so does this
]


@pytest.mark.parametrize("src,want", GLUED)
def test_glued(src, want):
    assert FIX(src) == z(want)


@pytest.mark.parametrize("src", UNCHANGED)
def test_unchanged(src):
    assert FIX(src) == src


@pytest.mark.parametrize("src,want", SPACED)
def test_spaced(src, want):
    assert FIX(src) == z(want)


@pytest.mark.parametrize("src", SPACED_UNCHANGED)
def test_spaced_unchanged(src):
    assert FIX(src) == src


@pytest.mark.parametrize("preset,want", [
    ("default", "خانه|ی ما"), ("ml", "خانهٔ ما"), ("search", "خانهی ما"),
])
def test_spaced_ezafe_takes_the_chosen_style(preset, want):
    assert normalize("خانه ی ما", preset=preset) == z(want)


@pytest.mark.parametrize("src,want", [
    # the step alone, before the letters step: tatweel inside a suffix (it once raised an
    # IndexError, reading the lone ه left of the tatweel as a participle)
    ("روان شناس هـــا", "روان|شناس هـــا"), ("کتاب ها و روان شناس هـــا", "کتاب|ها و روان|شناس هـــا"),
])
def test_fix_zwnj_alone_on_raw_text(src, want):
    assert FIX(src) == z(want)


def test_options_switch_repairs():
    assert get_step("fix_zwnj", glued=False)("استانها استان ها") == z("استانها استان|ها")
    assert get_step("fix_zwnj", spaced=False)("استانها استان ها") == z("استان|ها استان ها")
    assert get_step("fix_zwnj", compounds=False)("بهرهگیری") == "بهرهگیری"


@pytest.mark.parametrize("src,want", [
    # solid=true (search): the parts it joins are written solid; glued repairs, which only
    # put joiners in, change nothing; joiners already in the text are not its business
    ("استان ها می تواند", "استانها میتواند"), ("استانها میتوانند", "استانها میتوانند"),
    ("بهره گیری کنند", "بهرهگیری کنند"), ("کتاب|ها ها", "کتاب|ها ها"), ("میدان", "میدان"),
])
def test_solid_joins_write_no_joiner(src, want):
    step = get_step("fix_zwnj", solid=True)
    assert step(z(src)) == z(want)
    assert apply_edits(z(src), step.edits(z(src))) == z(want)


@pytest.mark.parametrize("forms", [("می|شد", "میشد", "می شد", "م|ی شد"), ("بی|عیب", "بیعیب", "بی عیب", "ب|ی عیب")])
def test_search_spellings_meet(forms):
    # a stray joiner inside a word is gone before fix_zwnj reads it (issue 15)
    assert len({normalize(z(f), preset="search") for f in forms}) == 1


@pytest.mark.parametrize("ezafe", ["هٔ", "ۀ", "ه|ی"])
def test_spaced_join_reads_every_writing_of_the_ezafe_alike(ezafe):
    # خسته کنندهٔ is joined; so are خسته کنندۀ and خسته کننده‌ی, which ml writes هٔ (issue 15)
    assert normalize(z("خسته کنند" + ezafe)) == z("خسته|کنند" + ezafe)


def test_issue_examples():
    assert normalize("استانها میتوانند بهرهگیری کنند") == z("استان|ها می|توانند بهره|گیری کنند")
    assert normalize("میدان") == "میدان"


def test_punctuation_around_words():
    assert FIX("(استانها)، میتواند.") == z("(استان|ها)، می|تواند.")


@pytest.mark.parametrize("src,want", [
    (z("کتاب||ها"), z("کتاب|ها")),
    (z("بندر|ها"), "بندرها"),
    (z("|کتاب"), "کتاب"),
    (z("کتاب| ها"), "کتاب ها"),
    (z("کتاب|،"), "کتاب،"),
    (z("می|رود"), z("می|رود")),
    (z("खु|द"), z("खु|द")),  # other scripts keep theirs
    # a haraka or hamza mark after the joiner belongs to the letter before it (issue 15)
    (z("کاری|ٔ"), "کاریٔ"), (z("خانه|ٔ من"), "خانهٔ من"), (z("کتاب|َها"), "کتابَها"),
])
def test_clean_zwnj(src, want):
    assert CLEAN(src) == want


# a glued word is not cut inside الله: the web counts hold الل (a piece of الله, which their
# text cut) as a word, and ‑هاست after it read as the plural + است (issue 15)
@pytest.mark.parametrize("src,want", [
    ("اللهاست", "اللهاست"), ("ﷲاست", "اللهاست"), ("بسم اللهاست", "بسم اللهاست"),
    ("اللهها", z("الله|ها")), ("کتابهاست", z("کتاب|هاست")),  # the suffixes are still read
])
def test_glued_word_not_cut_inside_allah(src, want):
    assert normalize(src) == want


# the fast path (needs) must agree with the edits on every non-joining letter, ء and ٔ too:
# a joiner after one is removed whether or not another stray joiner is in the text (issue 15),
# but after ء and ة it is kept: it marks the parts of an Arabic compound (PerDT writes
# ان‌شاء‌الله, دایرة‌المعارف), though nothing shows it
@pytest.mark.parametrize("src,want", [
    (z("ان|شاء|الله"), z("ان|شاء|الله")),
    (z("دایرة|المعارف"), z("دایرة|المعارف")),
    (z("شیء|ها"), z("شیء|ها")),
    (z("شیءٔ|ها"), z("شیءٔ|ها")),
    (z("ماءَ|ها"), z("ماءَ|ها")),
    (z("بندر|ها"), "بندرها"),
    (z("دارو|ها"), "داروها"),
    (z("کتاب|ها"), z("کتاب|ها")),  # a joiner after a joining letter stays
])
def test_clean_zwnj_fast_path_agrees_with_edits(src, want):
    assert CLEAN.apply(src) == apply_edits(src, CLEAN.edits(src)) == want
    # the same text with a stray joiner elsewhere (which sends it past the fast path)
    stray = src + z(" |x")
    assert CLEAN.apply(stray) == apply_edits(stray, CLEAN.edits(stray)) == want + " x"


_word = st.text(alphabet="ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآ", min_size=1, max_size=8)
_sep = st.sampled_from([" ", "", ZWNJ, "  ", "\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_word, _sep), min_size=1, max_size=12))
def test_fix_zwnj_changes_only_joiners_and_spaces(parts):
    text = "".join(w + s for w, s in parts)
    out = FIX(text)
    skeleton = lambda s: s.replace(ZWNJ, "").replace(" ", "")
    assert skeleton(out) == skeleton(text)
    assert out.count("\n") == text.count("\n")


# -- runs of letter names and multi-part compounds -------------------------------------
#: the names of Latin letters as Persian spells them (the acronym rule reads runs of them)
LETTER_NAMES = ["ای", "بی", "سی", "دی", "اف", "جی", "اچ", "آی", "کی", "ال", "ام", "ان", "او", "پی",
                "کیو", "آر", "اس", "تی", "یو", "وی", "دبلیو", "ایکس", "وای", "زد"]


def test_a_spaced_run_joins_at_most_eight_spaces():
    # suffixes said over and over (garbage, or laughter): a run joins at most eight spaces
    # (nine tokens), so that the work grows with the line and not with its square
    # (تر and ها join after each other; ای would not after ها, whose ا does not join)
    toks = ["کتاب"] + ["تر", "ها"] * 6
    out = FIX(" ".join(toks))
    assert out.replace(" ", "").replace(ZWNJ, "") == "".join(toks)
    assert out.split(" ")[0].replace(ZWNJ, "") == "".join(toks[:9])


_letter = st.sampled_from(sorted(LETTER_NAMES)
                         + ["سی" + ZWNJ + "تی", "اسکن", "شیرین", "کن", "«", "»", "،", "کتاب", "ها"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_letter, st.sampled_from([" ", " ", ZWNJ, ""])), min_size=1, max_size=9))
@example([("آر", " ")] * 8 + [("ای", "")])  # (a pair joined at the end of a run too long)
def test_letter_runs_change_only_joiners_and_are_stable(parts):
    # runs of letter names and the parts of multi-part compounds, with marks around them:
    # the repair changes joiners and spaces only, and a second pass changes nothing
    text = "".join(w + s for w, s in parts).strip()
    out = FIX(text)
    skeleton = lambda s: s.replace(ZWNJ, "").replace(" ", "")
    assert skeleton(out) == skeleton(text)
    assert FIX(out) == out


from normalizer import _core  # noqa: E402

_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks", "data")


def _lines(kind):
    with open(os.path.join(_DATA, f"{kind}_perdt_dev.txt"), encoding="utf-8") as f:
        return f.read().split("\n")


_PIECES = ["می", "نمی", "بی", "ها", "های", "ای", "ام", "تر", "ترین", "گیری", "کتاب", "خانه", "بهره",
           "جنایت", "کار", "بین", "المللی", "و", "«می", "ها،", "رفت", "(بی", "اند.", "هاٌ", "ٌ", "نامهٔ",
           "خانهای",
           # the parts of this round's spaced joins (each a trigger of its own)
           "ی", "سه", "شنبه", "هم", "اکنون", "جابه", "جا", "شبه", "جزیره", "صرفه", "جویی", "آسیب",
           "دیدگان", "ضربهٔ", "درباره", "زدگان",
           "های\u200cی"]  # a suffix with a stray joiner inside


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10))
def test_whole_text_pass_agrees_with_lines_on_random_lines(words):
    # the whole-text pass (a line break is a token of its own) agrees with line by line
    line = " ".join(words)
    assert FIX(line + "\n" + line[::-1]) == FIX(line) + "\n" + FIX(line[::-1])


@pytest.mark.parametrize("every", [1, 3, 20])
def test_whole_text_pass_agrees_with_lines(every):
    # spaced lines among gold ones, one in `every`: the gap search takes the lines with
    # evidence one by one where they are few, and the whole text in one pass where they
    # are many. A line that shows spaces typed for joiners, or has too few such lines near
    # it, comes out as it does alone; a line among them, as it does between two of them
    gold, spaced = _lines("gold")[:400], _lines("spaced")[:400]
    lines = [s if i % every == 0 else g for i, (g, s) in enumerate(zip(gold, spaced))]
    whole = FIX("\n".join(lines)).split("\n")
    shows = [_core._zwnj_shows_habit(line) for line in lines]
    w, habit_lines = _core._zwnj_habit()
    among = 0
    for i, (line, out) in enumerate(zip(lines, whole)):
        if shows[i] or sum(shows[max(i - w, 0):i + w + 1]) < habit_lines:
            assert out == FIX(line), line
        else:
            among += 1
            assert out == FIX(f"{_SHOWS}\n{line}\n{_SHOWS}").split("\n")[1], line
    assert (among > 0) == (every < 20)


_SHOWS = "کتاب ها"  # a line that shows spaces typed for joiners


@pytest.mark.parametrize("lines,want", [
    # a line between two that show spaces typed for joiners is repaired as one of them
    ([_SHOWS, "جنایت کار", _SHOWS], "جنایت|کار"),
    ([_SHOWS, "x", "جنایت کار", "y", _SHOWS], "جنایت|کار"),
    ([_SHOWS, _SHOWS, "جنایت کار"], "جنایت|کار"),
    # one such line is not a habit, nor are two lines too far away
    ([_SHOWS, "جنایت کار"], "جنایت کار"),
    (["جنایت کار", _SHOWS], "جنایت کار"),
    ([_SHOWS, "x", "y", "جنایت کار", "z", "w", _SHOWS], "جنایت کار"),
    # the line's own words still decide: a participle before است stays a verb phrase
    ([_SHOWS, "کار انجام شده است", _SHOWS], "کار انجام شده است"),
])
def test_habit_of_the_lines_around(lines, want):
    i = next(k for k, line in enumerate(lines) if line.replace(" ", "") == want.replace("|", "").replace(" ", ""))
    text = "\n".join(lines)
    assert FIX(text).split("\n")[i].replace(ZWNJ, "|") == want
    assert FIX(lines[i]) == lines[i]  # alone, the line has no sign of the habit
    # the edits (behind offsets and explanations) read the lines around a line too
    assert apply_edits(text, FIX.edits(text)) == FIX(text)
    for spaced in (f" {text} ", text.replace("\n", " \n "), "\n" + text + "\n"):
        assert apply_edits(spaced, FIX.edits(spaced)) == FIX.apply(spaced)
    p = preset("default")
    assert p.normalize_aligned(text).text == p.explain(text).text == p(text)
