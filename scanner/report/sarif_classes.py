"""The sarif-om classes the SARIF writer builds, loaded one module each.

`import sarif_om` runs the package's `__init__`, which builds all 53 of its attrs classes
(about 50 ms); each class lives in its own module that imports only `attr`, so the
writer loads the three it builds rule descriptors with from sarif-om's own files.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from types import ModuleType, SimpleNamespace

CLASSES = ("MultiformatMessageString", "ReportingConfiguration", "ReportingDescriptor")


def _module_name(class_name: str) -> str:
    return "_" + re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower()


def _load(directory: str, module: str) -> ModuleType:
    name = f"sarif_om.{module}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, f"{directory}/{module}.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"sarif-om has no module {module}")
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[name] = loaded
    spec.loader.exec_module(loaded)
    return loaded


def load() -> SimpleNamespace:
    if "sarif_om" in sys.modules:
        package = sys.modules["sarif_om"]
        return SimpleNamespace(**{c: getattr(package, c) for c in CLASSES})
    spec = importlib.util.find_spec("sarif_om")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("sarif-om is not installed")
    directory = next(iter(spec.submodule_search_locations))
    return SimpleNamespace(**{c: getattr(_load(directory, _module_name(c)), c) for c in CLASSES})
