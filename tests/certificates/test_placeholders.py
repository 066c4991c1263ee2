import datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from certificates.codes import ALPHABET, CODE_LENGTH, group_code, new_code, normalize_code
from certificates.placeholders import (
    PLACEHOLDERS,
    evaluate_all,
    fill,
    format_date_range,
    format_hours,
    sample_data,
    unknown_tokens,
)


def test_dates_print_in_indonesian_as_a_day_or_a_range():
    day = datetime.date
    assert format_date_range(day(2025, 11, 5), None) == "5 November 2025"
    assert format_date_range(day(2025, 11, 10), day(2025, 11, 12)) == "10–12 November 2025"
    assert format_date_range(day(2025, 10, 28), day(2025, 11, 2)) == "28 Oktober – 2 November 2025"
    assert format_date_range(day(2025, 12, 30), day(2026, 1, 2)) == "30 Desember 2025 – 2 Januari 2026"
    assert format_date_range(day(2025, 8, 1), day(2025, 8, 1)) == "1 Agustus 2025"


@given(st.dates(), st.one_of(st.none(), st.dates()))
def test_every_date_range_names_both_years_it_spans(start, end):
    text = format_date_range(start, end)
    assert str(start.year) in text
    if end:
        assert str(end.year) in text


def test_hours_use_the_indonesian_decimal_comma():
    assert format_hours(Decimal("12")) == "12"
    assert format_hours(Decimal("12.00")) == "12"
    assert format_hours(Decimal("2.5")) == "2,5"
    assert format_hours(None) == ""


def test_every_placeholder_has_a_label_a_sample_and_evaluates():
    values = evaluate_all(sample_data())
    assert [p.key for p in PLACEHOLDERS] == list(values)
    for placeholder in PLACEHOLDERS:
        assert str(placeholder.label) and placeholder.sample
        assert values[placeholder.key], placeholder.key
    assert values["tanggal"] == "10–12 November 2025"
    assert values["kode"] == "7KQ2-M9XD-R4TB-HW3N"


def test_fill_replaces_known_tokens_and_keeps_typos_visible():
    assert fill("Untuk {nama} ({nmaa})", {"nama": "Siti"}) == "Untuk Siti ({nmaa})"
    assert unknown_tokens("{nama} {nmaa} {jp}") == ["nmaa"]


@given(st.text())
def test_fill_never_fails_on_any_text(text):
    assert isinstance(fill(text, evaluate_all(sample_data())), str)


def test_codes_carry_80_random_bits_grouped_for_reading_aloud():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == CODE_LENGTH and set(code) <= set(ALPHABET)
    assert len(ALPHABET) ** CODE_LENGTH >= 2**80
    assert group_code("7KQ2M9XDR4TBHW3N") == "7KQ2-M9XD-R4TB-HW3N"


def test_typed_codes_are_forgiven_case_spaces_and_look_alike_letters():
    assert normalize_code("7kq2 m9xd r4tb hw3n") == "7KQ2M9XDR4TBHW3N"
    assert normalize_code("7KQ2-M9XD-R4TB-HW3N") == "7KQ2M9XDR4TBHW3N"
    assert normalize_code("OOOO-IIII-LLLL-0000") == "0000111111110000"
    assert normalize_code("7KQ2-M9XD") is None
    assert normalize_code("UUUU-UUUU-UUUU-UUUU") is None
    assert normalize_code("") is None


@given(st.text(alphabet=ALPHABET, min_size=CODE_LENGTH, max_size=CODE_LENGTH))
def test_grouped_codes_normalize_back(code):
    assert normalize_code(group_code(code)) == code
    assert normalize_code(group_code(code).lower()) == code
