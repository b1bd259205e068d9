"""The sources page's small chart: columns archived per week over the last year, as
inline SVG drawn on the server (no script, no image request)."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

WEEKS = 52
WIDTH, HEIGHT, GAP = 260, 48, 1


def week_starts(today: date, weeks: int = WEEKS) -> list[date]:
    """The Mondays of the last `weeks` weeks, oldest first, this week's last."""
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def per_week(days: dict[str, int], starts: list[date]) -> list[int]:
    """Counts per day (`YYYY-MM-DD`: n) summed into the weeks beginning on `starts`."""
    index = {start: n for n, start in enumerate(starts)}
    counts = [0] * len(starts)
    for day, n in days.items():
        try:
            when = date.fromisoformat(day[:10])
        except ValueError:
            continue
        monday = when - timedelta(days=when.weekday())
        if monday in index:
            counts[index[monday]] += n
    return counts


def weekly_svg(counts: list[int], starts: list[date], label: str) -> str:
    """A bar per week; each bar's tooltip says its week and count."""
    top = max(counts, default=0) or 1
    bar = WIDTH / max(len(counts), 1)
    bars = []
    for n, (count, start) in enumerate(zip(counts, starts, strict=True)):
        height = 0 if count == 0 else max(2.0, HEIGHT * count / top)
        bars.append(
            f'<rect x="{n * bar:.1f}" y="{HEIGHT - height:.1f}" width="{bar - GAP:.1f}" '
            f'height="{height:.1f}"><title>week of {start.isoformat()}: {count}</title></rect>'
        )
    total = sum(counts)
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{escape(label)}: {total} columns in {len(counts)} weeks">'
        f'<line x1="0" y1="{HEIGHT - 0.5}" x2="{WIDTH}" y2="{HEIGHT - 0.5}" class="axis"/>'
        + "".join(bars)
        + "</svg>"
    )
