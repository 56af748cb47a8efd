"""Settings from ``[tool.claimcheck]`` in pyproject.toml, found from the working directory upwards.

CLI flags override them. Unknown keys and bad values are errors that name the key::

    [tool.claimcheck]
    select = ["CC101", "reference"]        # run only these (codes or names); default: all
    ignore = ["range-order"]               # never run these
    severity = { reference = "warning" }   # rule -> error | warning | info
    rules = ["house_rules/"]               # rule suites, relative to this file
    facts = ["facts.yaml"]                 # house facts files, relative to this file
    format = "md"                          # md | json | text | html | sarif
    fail-on = "warning"                    # error | warning | never

    [tool.claimcheck.tolerance]            # rule options: "option" for every rule that has it,
    "reference.tolerance" = 0.01           # or "rule.option"; a [tool.claimcheck.tolerance.RULE]
                                           # table of options works too
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    select: list[str] = Field(default_factory=list, description="Run only these rules (codes or names).")
    ignore: list[str] = Field(default_factory=list, description="Never run these rules.")
    severity: dict[str, Literal["error", "warning", "info"]] = Field(
        default_factory=dict, description="Severity overrides: rule code or name -> severity.")
    tolerance: dict[str, float] = Field(
        default_factory=dict, description="Rule options: 'rule.option' or 'option' -> number.")
    rules: list[str] = Field(default_factory=list, description="Rule suite paths, relative to the config file.")
    facts: list[str] = Field(default_factory=list, description="House facts files, relative to the config file.")
    format: Literal["md", "json", "text", "html", "sarif"] | None = None
    fail_on: Literal["error", "warning", "never"] | None = Field(None, alias="fail-on")
    source: str | None = Field(None, exclude=True)

    @field_validator("tolerance", mode="before")
    @classmethod
    def _flatten(cls, value):
        """``[tool.claimcheck.tolerance.reference] tolerance = 0.01`` -> ``{"reference.tolerance": 0.01}``."""
        if not isinstance(value, dict):
            return value
        flat = {}
        for key, item in value.items():
            if isinstance(item, dict):
                flat.update({f"{key}.{option}": v for option, v in item.items()})
            else:
                flat[key] = item
        return flat


KEYS = sorted(f.alias or name for name, f in Config.model_fields.items() if name != "source")


def find_pyproject(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    path = find_pyproject(start)
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"cannot read {path}: {e}") from None
    section = data.get("tool", {}).get("claimcheck")
    if section is None:
        return Config()
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [tool.claimcheck] must be a table")
    section = {k.replace("_", "-") if k == "fail_on" else k: v for k, v in section.items()}
    unknown = [k for k in section if k not in KEYS]
    if unknown:
        raise ConfigError(f"{path}: [tool.claimcheck]: unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    try:
        config = Config.model_validate(section)
    except ValidationError as e:
        err = e.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "?"
        given = f" (got {err['input']!r})" if not isinstance(err.get("input"), dict) else ""
        raise ConfigError(f"{path}: [tool.claimcheck] {key}: {err['msg']}{given}") from None
    base = path.parent
    return config.model_copy(update={
        "rules": [str(base / p) for p in config.rules],
        "facts": [str(base / p) for p in config.facts],
        "source": str(path),
    })
