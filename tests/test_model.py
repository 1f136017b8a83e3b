"""model.quick_frozen_init: a faster __init__ that leaves the value what the dataclass made."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from analyst.model import Interaction, Participant, quick_frozen_init


@dataclass(frozen=True, slots=True)
class _Plain:
    start: int
    name: str | None = None
    tags: tuple[str, ...] = ()


@quick_frozen_init
@dataclass(frozen=True, slots=True)
class _Quick:
    start: int
    name: str | None = None
    tags: tuple[str, ...] = ()


def test_a_quick_record_is_made_as_the_dataclass_makes_it() -> None:
    for args, kwargs in [((1,), {}), ((1, "x"), {}), ((1,), {"tags": ("a",)}), ((), {"start": 2})]:
        plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)
        assert dataclasses.astuple(plain) == dataclasses.astuple(quick)
        # the same fields hash alike in both (the hash is of the field values)
        assert hash(quick) == hash(plain)
        assert quick == _Quick(*args, **kwargs)
        assert pickle.loads(pickle.dumps(quick)) == quick
    with pytest.raises(TypeError):
        _Quick()  # the start is required, as in the dataclass's own __init__
    with pytest.raises(dataclasses.FrozenInstanceError):
        _Quick(1).start = 2  # type: ignore[misc]


def test_the_models_records_keep_their_behaviour() -> None:
    a = Participant("USA", "Donald Trump")
    assert a == Participant(country="USA", name="Donald Trump") and a != Participant("USA")
    assert repr(Participant("USA")) == "Participant(country='USA', name=None)"
    item = Interaction("i", "call", "occurred", (a, Participant("CHN")), ())
    assert dataclasses.replace(item, status="planned").status == "planned"
    assert Interaction.__init__.__qualname__ == "Interaction.__init__"


def test_only_plain_frozen_slotted_records_are_accepted() -> None:
    @dataclass(frozen=True)
    class NoSlots:
        x: int

    @dataclass(frozen=True, slots=True)
    class Factory:
        x: list[int] = field(default_factory=list)

    @dataclass(slots=True)
    class Mutable:
        x: int

    for cls in (NoSlots, Factory, Mutable):
        with pytest.raises(TypeError):
            quick_frozen_init(cls)
