"""Verification codes and certificate numbers: pure functions, no database."""

import secrets

# Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper is not misread.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 16  # 16 symbols x 5 bits = 80 random bits
GROUP = 4
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def group_code(code: str) -> str:
    """ABCD-EFGH-JKMN-PQRS: four groups of four, for reading aloud and typing."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalize_code(text: str) -> str | None:
    """What a person typed (any case, spaces, dashes, O for 0) as the stored code; None if it cannot be."""
    cleaned = "".join(ch for ch in (text or "").upper() if ch not in " -–—._\t\n").translate(_CONFUSABLE)
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def format_number(prefix: str, year: int, month: int, sequence: int) -> str:
    return f"{prefix}/{year}/{month:02d}/{sequence:06d}"
