"""CAMEO event codes: their families and how they read as cooperation or conflict.

One place for what the analysis tables and the HTML view's edge colours both need. A code's
first two digits are its *family* (01 statements … 20 mass violence). Families 01–08 count as
cooperation and 09–20 as conflict; within each, 01–05 and 09–13 are verbal, 06–08 and 14–20
material (CAMEO's "quad classes"). Structural edges (``party_to``…) have no code.
"""

from __future__ import annotations

#: CAMEO family (first two digits of the code) → its name in the CAMEO manual.
CAMEO_FAMILIES: dict[str, str] = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "use unconventional mass violence",
}
#: The families counted as cooperation; every other family is conflict.
COOPERATION_FAMILIES = frozenset(f"{n:02d}" for n in range(1, 9))
#: The families whose acts are words rather than deeds.
VERBAL_FAMILIES = frozenset(
    {*(f"{n:02d}" for n in range(1, 6)), *(f"{n:02d}" for n in range(9, 14))}
)


def cameo_family(code: str | None) -> str | None:
    """The two-digit CAMEO family of ``code``, or ``None`` for a structural edge.

    >>> cameo_family("016"), cameo_family("112"), cameo_family("")
    ('01', '11', None)
    """
    family = str(code or "").strip()[:2]
    return family if family in CAMEO_FAMILIES else None


def stance(code: str | None) -> str | None:
    """``"cooperation"`` (families 01–08), ``"conflict"`` (09–20) or ``None`` (no code).

    >>> stance("057"), stance("120"), stance("")
    ('cooperation', 'conflict', None)
    """
    family = cameo_family(code)
    if family is None:
        return None
    return "cooperation" if family in COOPERATION_FAMILIES else "conflict"


def quad_class(code: str | None) -> str:
    """CAMEO quad class: verbal or material cooperation or conflict; "other" without a code.

    >>> quad_class("030"), quad_class("173"), quad_class("")
    ('verbal cooperation', 'material conflict', 'other')
    """
    family = cameo_family(code)
    if family is None:
        return "other"
    kind = "verbal" if family in VERBAL_FAMILIES else "material"
    return f"{kind} {stance(code)}"
