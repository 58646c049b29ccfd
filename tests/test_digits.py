import pytest

from normalizer import get_step

P = get_step("digits")  # to=persian
LAT = get_step("digits", to="latin")

ROWS = [
    ("عدد 345", "عدد ۳۴۵"),
    ("عدد ٣٤٥", "عدد ۳۴۵"),
    ("عدد 3.14", "عدد ۳.۱۴"),
    ("عدد 1,000", "عدد ۱,۰۰۰"),
    ("ساعت 23:02", "ساعت ۲۳:۰۲"),
    ("2025-12-17 تاریخ", "۲۰۲۵-۱۲-۱۷ تاریخ"),
    # protected: never changed
    ("https://example.com/a?b=12", "https://example.com/a?b=12"),
    ("www.site.ir/page2", "www.site.ir/page2"),
    ("ali99@mail.com", "ali99@mail.com"),
    ("@user2024", "@user2024"),
    ("#tag1402", "#tag1402"),
    ("#تگ۱۲", "#تگ۱۲"),
    ("mp3 H2O COVID-19 v2.1", "mp3 H2O COVID-19 v2.1"),
    ("IR820540102680020817909002", "IR820540102680020817909002"),
    ("ISBN 978-3-16-148410-0", "ISBN 978-3-16-148410-0"),
    ("ISBN: 978-3-16-148410-0 و 12", "ISBN: 978-3-16-148410-0 و ۱۲"),
    ("فایل report_2023.pdf و 5 صفحه", "فایل report_2023.pdf و ۵ صفحه"),
    ("۱۲۳", "۱۲۳"),
    ("بدون عدد", "بدون عدد"),
]


@pytest.mark.parametrize("src,want", ROWS)
def test_to_persian(src, want):
    assert P(src) == want


@pytest.mark.parametrize("src,want", [("۱۲۳ و ١٢٣", "123 و 123"), ("123", "123"), ("3.14", "3.14")])
def test_to_latin(src, want):
    assert LAT(src) == want


def test_to_arabic():
    assert get_step("digits", to="arabic")("عدد 12 ۳۴") == "عدد ١٢ ٣٤"


def test_url_inside_persian_sentence():
    s = "سایت https://x.ir/p?id=42. را ببینید 42"
    assert P(s) == "سایت https://x.ir/p?id=42. را ببینید ۴۲"
