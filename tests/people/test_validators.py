import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from people.validators import normalize_whatsapp


@pytest.mark.parametrize(
    "typed",
    ["0812-3456-7890", "081234567890", "+62 812 3456 7890", "62812-3456-7890", "(0812) 3456.7890"],
)
def test_common_ways_of_writing_a_number_are_accepted(typed):
    assert normalize_whatsapp(typed) == "+6281234567890"


@pytest.mark.parametrize(
    "typed", ["12345", "0212345678", "+1 555 123 4567", "08123", "0812-3456-7890-1234", "abc"]
)
def test_landlines_foreign_and_garbage_are_refused_with_an_example(typed):
    with pytest.raises(ValidationError) as error:
        normalize_whatsapp(typed)
    assert error.value.code == "invalid_whatsapp"


@given(st.text(alphabet="0123456789", min_size=8, max_size=11))
def test_any_valid_national_number_normalises_to_the_same_international_one(rest):
    national = "08" + rest
    assert normalize_whatsapp(national) == "+628" + rest
    assert normalize_whatsapp("+628" + rest) == "+628" + rest
