"""The severity table of the docs: every finding code a profile lists, from `Profile.finding_catalogue`.

One row per listed code and dated state: rule, code, severity, who is bound, the binding words quoted with
their place, the conditions, the library's reading where the text does not settle the question, and the
profile and date that list it. `check` takes each finding's severity from the same data (`Judge.emit`), so
this table and the checks cannot disagree.

Kept apart from the hook (``xingzheng_docs.py`` calls `render` for a ``<!-- xingzheng:severity-table
PROFILE [RULE-PREFIXES] -->`` marker) so the rendering moves with no change wherever the hook goes.
"""

from __future__ import annotations

__all__ = ["render", "rows"]

_SEVERITY = {"error": "错误 error", "warning": "警告 warning", "info": "提示 info"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rows(profile_name: str, prefixes: tuple[str, ...] = ()) -> list[list[str]]:
    """The table's rows for ``profile_name`` (built-in name or TOML path), rules starting with ``prefixes``."""
    from xingzheng.rules import load_profile

    found: list[list[str]] = []
    for origin, entry, state, spec in load_profile(profile_name).finding_catalogue():
        if prefixes and not any(
            entry.rule == prefix or (entry.rule.startswith(prefix) and entry.rule[len(prefix) :].isdigit())
            for prefix in prefixes
        ):
            continue
        words = spec.words
        quoted = ""
        if words is not None:
            quoted = f"{words.title} {words.place_zh()}" + (f"：“{words.quote}”" if words.quote else "")
        found.append(
            [
                entry.rule,
                f"`{spec.code}`",
                _SEVERITY[spec.severity],
                spec.binds or "—",
                quoted or "—",
                spec.when or "—",
                spec.reading or "—",
                f"{origin} {state.since.isoformat()}",
            ]
        )
    return found


def render(profile_name: str, prefixes: str = "") -> str:
    """A Markdown table of the finding codes ``profile_name``'s chain lists (optionally only some rules).

    Args:
        profile_name: a built-in profile name or a TOML path.
        prefixes: comma-separated rule IDs or letters (``"D"``, ``"N,F1"``); empty: every rule.
    """
    wanted = tuple(p.strip() for p in prefixes.split(",") if p.strip())
    body = rows(profile_name, wanted)
    if not body:
        raise ValueError(f"profile {profile_name!r} lists no finding for rules {prefixes!r}")
    head = [
        "规则 Rule",
        "代码 Code",
        "严重程度 Severity",
        "约束对象 Who is bound",
        "约束用语 Binding words",
        "条件 When",
        "本库理解 Reading",
        "配置、起始日 Profile, since",
    ]
    lines = [
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
        *("| " + " | ".join(_cell(c) for c in row) + " |" for row in body),
    ]
    note = (
        f"*由规则配置 `{profile_name}` 的数据生成；一个代码在下级配置和上级配置都列出时，各占一行，"
        "某日适用的是该日已生效的、最近一级配置所列的那一行。 / Generated from the data of profile "
        f"`{profile_name}`; a code listed by a child and its parent has a row for each, and on a date the "
        "nearest profile's row in force applies.*"
    )
    return "\n".join(lines) + "\n\n" + note + "\n"
