"""landscape_records.NamedTuple: typing.NamedTuple's class syntax without importing typing (start-up)."""
from __future__ import annotations

import pickle
import subprocess
import sys
import typing

import browser  # noqa: F401  (puts the repo root on sys.path)
import pytest
from conftest import ROOT

from landscape_records import NamedTuple


class Point(NamedTuple):
    """A point."""
    x: float
    y: float
    label: str = ""

    def moved(self, dx: float) -> Point:
        return self._replace(x=self.x + dx)


class TypedPoint(typing.NamedTuple):
    """A point."""
    x: float
    y: float
    label: str = ""


def test_records_behave_like_typings():
    p, q = Point(1.0, 2.0), TypedPoint(1.0, 2.0)
    assert p == q == (1.0, 2.0, "") and isinstance(p, tuple)
    assert Point._fields == TypedPoint._fields and Point._field_defaults == TypedPoint._field_defaults
    assert Point.__doc__ == TypedPoint.__doc__ == "A point."
    assert list(Point.__annotations__) == list(TypedPoint.__annotations__)
    assert repr(Point(1, 2, "a")) == "Point(x=1, y=2, label='a')"
    assert p.moved(1.5) == Point(2.5, 2.0) and type(p.moved(1)) is Point
    assert pickle.loads(pickle.dumps(Point(3, 4))) == Point(3, 4)
    with pytest.raises(AttributeError):
        p.x = 5


def test_a_field_without_a_default_after_one_with_a_default_is_refused():
    with pytest.raises(TypeError):
        class Bad(NamedTuple):
            a: int = 0
            b: int


def test_a_build_does_not_import_typing():
    code = "import sys, gen_landscape, landscape_layout_cache, landscape_compact_cache; print('typing' in sys.modules)"
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.stdout.strip() == "False", res.stderr
