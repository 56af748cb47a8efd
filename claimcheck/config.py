"""Settings from ``[tool.claimcheck]`` in pyproject.toml, found from the working directory upwards.

CLI flags override them. Unknown keys and bad values are errors that name the key.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

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
    format: Literal["md", "json", "text"] | None = None
    fail_on: Literal["error", "warning", "never"] | None = Field(None, alias="fail-on")
    source: str | None = Field(None, exclude=True)


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
    try:
        config = Config.model_validate(section)
    except ValidationError as e:
        err = e.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or "?"
        raise ConfigError(f"{path}: [tool.claimcheck] {key}: {err['msg']}") from None
    base = path.parent
    return config.model_copy(update={
        "rules": [str(base / p) for p in config.rules],
        "facts": [str(base / p) for p in config.facts],
        "source": str(path),
    })
