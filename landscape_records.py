"""typing.NamedTuple's class syntax without importing `typing`, which costs about 3 ms of every
generator run (start-up time is a target, and nothing else on a build's path imports it).

    class Edge(NamedTuple):
        source: str
        reason: str = ""

makes the same thing typing's does: a collections.namedtuple class with those fields and defaults,
the class body's docstring, methods and annotations added. Standard library only.
"""
from __future__ import annotations

import collections

_CLASS_KEYS = {"__module__", "__qualname__", "__annotations__"}


class _NamedTupleMeta(type):
    def __new__(mcls, name: str, bases: tuple, namespace: dict):
        if not bases:                   # NamedTuple itself
            return super().__new__(mcls, name, bases, namespace)
        annotations = namespace.get("__annotations__", {})
        fields = tuple(annotations)
        defaults = [namespace[f] for f in fields if f in namespace]
        if any(f not in namespace for f in fields[len(fields) - len(defaults):]):
            raise TypeError(f"{name}: a field without a default follows one with a default")
        record = collections.namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
        record.__annotations__ = dict(annotations)
        for key, value in namespace.items():
            if key not in fields and key not in _CLASS_KEYS:
                setattr(record, key, value)
        return record


class NamedTuple(metaclass=_NamedTupleMeta):
    """Subclass it like typing.NamedTuple: annotated fields, trailing ones with defaults."""
