"""``quick_init``: a frozen dataclass's ``__init__`` that stores its fields the cheap way.

A frozen dataclass's own ``__init__`` sets each field with ``object.__setattr__`` (its
``__setattr__`` refuses), a slow call per field: a claim of 17 fields took some 5.5 µs to make,
a finding 6 µs, where a plain class stores a field in a few nanoseconds. A million desk claims
make a million claims, as many findings and 700,000 figures: seconds of the reconcile stage.

The ``__init__`` made here stores the same values in the same places: into the instance's
``__dict__`` (or through the field's descriptor, where the class has one), or, with slots,
through a plain class with the same slots that the instance is made for the time of its
``__init__`` (``__class__`` set twice: two slow calls, not one per field). The class stays
frozen: setting a field afterwards raises ``FrozenInstanceError`` as before.
"""
from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Replace the ``__init__`` of the frozen dataclass ``cls`` (fields with plain defaults, no
    ``default_factory``, no ``__post_init__``) by one that makes the same object faster; a
    subclass that does not define its own ``__init__`` gets the dataclass's own."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__, which quick_init does not call")
    fields = [f for f in dataclasses.fields(cls) if f.init]   # type: ignore[arg-type]  # checked above
    if any(f.default_factory is not dataclasses.MISSING for f in fields):
        raise TypeError(f"{cls.__name__} has a default_factory, which quick_init does not call")
    slots = "__slots__" in cls.__dict__
    namespace: dict[str, Any] = {"_cls": cls, "_plain_init": cls.__init__, "_set": object.__setattr__}
    params_text, body = [], []
    for n, field in enumerate(fields):
        name = field.name
        if field.default is dataclasses.MISSING:
            params_text.append(name)
        else:
            namespace[f"_default_{n}"] = field.default
            params_text.append(f"{name}=_default_{n}")
        stored = cls.__dict__.get(name)
        if slots:
            body.append(f"    self.{name} = {name}")
        elif hasattr(type(stored), "__set__"):   # a data descriptor (``records._Deferred``) stores it its way
            namespace[f"_descriptor_{n}"] = stored
            body.append(f"    _descriptor_{n}.__set__(self, {name})")
        else:
            body.append(f"    values[{name!r}] = {name}")
    signature = ", ".join(["self"] + params_text)
    if slots:
        # a plain class with the same slots: its instances take plain attribute stores
        namespace["_Plain"] = type(f"_{cls.__name__}Fields", (), {"__slots__": cls.__dict__["__slots__"]})
        head = ["    if type(self) is not _cls:   # a subclass's layout may differ",
                f"        return _plain_init({', '.join(['self'] + [f.name for f in fields])})",
                "    _set(self, '__class__', _Plain)"]
        tail = ["    _set(self, '__class__', _cls)"]
    else:
        head, tail = ["    values = self.__dict__"], []
    text = "\n".join([f"def __init__({signature}):"] + head + body + tail) + "\n"
    exec(text, namespace)   # as dataclasses itself makes __init__: a function of the fields' names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init   # type: ignore[method-assign]
    return cls
