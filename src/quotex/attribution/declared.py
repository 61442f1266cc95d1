"""Choosing declared objects (attribution rules, reported-speech strategies) by name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

N = TypeVar("N", bound="Named")


class Named(Protocol):
    @property
    def name(self) -> str: ...


def select_named(declared: tuple[N, ...], names: Sequence[str] | None, what: str) -> tuple[N, ...]:
    """Of declared objects (rules, strategies), those named, in the order given (all of them,
    in their order, when None). An unknown name raises ValueError naming the known ones."""
    if names is None:
        return declared
    by_name = {item.name: item for item in declared}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise ValueError(f"unknown {what} {', '.join(unknown)}; known: {', '.join(by_name)}")
    return tuple(by_name[name] for name in names)
