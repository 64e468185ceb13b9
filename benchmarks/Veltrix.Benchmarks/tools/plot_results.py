#!/usr/bin/env python3
"""Draws the charts of docs/benchmarks.md as SVG from BenchmarkDotNet's CSV reports. Standard library only.

    python3 benchmarks/Veltrix.Benchmarks/tools/plot_results.py [results-dir] [output-dir]

results-dir defaults to docs/benchmarks/results (the *-report.csv files of a run, copied there from
BenchmarkDotNet.Artifacts/results); output-dir defaults to docs/benchmarks. It writes:
  read.svg       time per read of one setting, per path (log scale), with bytes allocated
  load.svg       load + bind of a JSON file against its number of keys: time and bytes per path (log-log)
  lookup.svg     time per key lookup against the schema's number of keys (flat is the goal)
  reload.svg     bytes allocated per reload against the schema's number of keys
  generator.svg  generator cold run and one-schema edit against the number of schema types
A chart whose CSV is missing is skipped.
"""

import csv
import html
import math
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
TIME_UNITS = {"ns": 1.0, "μs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}
SIZE_UNITS = {"B": 1.0, "KB": 1024.0, "MB": 1024.0 ** 2, "GB": 1024.0 ** 3}
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#17becf", "#bcbd22"]
VELTRIX = "#1f77b4"


def number(text, units):
    """'1,234.5 ns' -> 1234.5 in the smallest unit; '-' or 'NA' -> 0 (BenchmarkDotNet's 'nothing allocated')."""
    text = text.strip().replace(",", "")
    if text in ("-", "", "NA", "?"):
        return 0.0
    value, _, unit = text.partition(" ")
    return float(value) * units.get(unit, 1.0)


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        row["method"] = row["Method"].strip("'")
        row["ns"] = number(row["Mean"], TIME_UNITS)
        row["bytes"] = number(row.get("Allocated", "-"), SIZE_UNITS)
    return rows


def fmt_time(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def fmt_bytes(b):
    if b == 0:
        return "0 B"
    for unit, scale in (("MB", 1024.0 ** 2), ("KB", 1024.0)):
        if b >= scale:
            return f"{b / scale:.3g} {unit}"
    return f"{b:.0f} B"


class Svg:
    def __init__(self, width, height):
        self.width, self.height, self.parts = width, height, []

    def text(self, x, y, s, size=12, anchor="start", weight="normal", colour="#222"):
        self.parts.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
                          f'font-weight="{weight}" fill="{colour}">{html.escape(s)}</text>')

    def line(self, x1, y1, x2, y2, colour="#ccc", width=1, dash=None):
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" stroke-width="{width}"{extra}/>')

    def rect(self, x, y, w, h, colour):
        self.parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0.5):.1f}" height="{h:.1f}" fill="{colour}"/>')

    def circle(self, x, y, colour):
        self.parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>')

    def polyline(self, points, colour):
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        self.parts.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"/>')

    def save(self, path):
        body = "\n".join(self.parts)
        path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" height="{self.height}" '
                        f'viewBox="0 0 {self.width} {self.height}" font-family="sans-serif">\n'
                        f'<rect width="100%" height="100%" fill="white"/>\n{body}\n</svg>\n', encoding="utf-8")


def log_axis(lo, hi):
    """Decades covering [lo, hi]."""
    lo_exp = math.floor(math.log10(max(lo, 1e-3)))
    hi_exp = math.ceil(math.log10(max(hi, lo * 10)))
    return lo_exp, hi_exp


def bars(rows, title, path, note):
    """Horizontal bars of time per row on a log scale, labelled with time and bytes."""
    label_w, plot_w, row_h, top = 430, 420, 24, 50
    svg = Svg(label_w + plot_w + 170, top + row_h * len(rows) + 50)
    svg.text(10, 22, title, size=15, weight="bold")
    svg.text(10, 40, note, size=11, colour="#555")
    lo_exp, hi_exp = log_axis(min(r["ns"] for r in rows if r["ns"] > 0), max(r["ns"] for r in rows))
    scale = plot_w / (hi_exp - lo_exp)

    def x_of(ns):
        return label_w + (math.log10(max(ns, 10 ** lo_exp)) - lo_exp) * scale

    bottom = top + row_h * len(rows)
    for e in range(lo_exp, hi_exp + 1):
        x = label_w + (e - lo_exp) * scale
        svg.line(x, top - 4, x, bottom, dash="3,3")
        svg.text(x, bottom + 16, fmt_time(10 ** e), size=10, anchor="middle", colour="#555")
    for i, row in enumerate(rows):
        y = top + i * row_h
        colour = VELTRIX if row["method"].startswith("Veltrix") else "#999"
        svg.text(label_w - 8, y + 16, row["label"], size=11, anchor="end")
        svg.rect(label_w, y + 4, x_of(row["ns"]) - label_w, row_h - 8, colour)
        svg.text(x_of(row["ns"]) + 6, y + 16, f'{fmt_time(row["ns"])}, {fmt_bytes(row["bytes"])}', size=11)
    svg.text(label_w + plot_w / 2, bottom + 34, "mean time per operation (log scale); label: time, bytes allocated", size=11, anchor="middle", colour="#555")
    svg.save(path)


def curves(panels, title, path, x_label):
    """Log-log line charts side by side; each panel is (subtitle, y formatter, {series: [(x, y)]})."""
    panel_w, panel_h, left, top = 420, 300, 70, 60
    legend = sorted({name for _, _, series in panels for name in series})
    svg = Svg(len(panels) * (panel_w + left + 20) + 10, top + panel_h + 60 + 16 * len(legend))
    svg.text(10, 22, title, size=15, weight="bold")
    colour_of = {name: (VELTRIX if name.startswith("Veltrix") else COLOURS[1 + i % (len(COLOURS) - 1)]) for i, name in enumerate(legend)}
    for p, (subtitle, fmt, series) in enumerate(panels):
        x0 = 10 + p * (panel_w + left + 20) + left
        xs = sorted({x for points in series.values() for x, _ in points})
        ys = [y for points in series.values() for _, y in points if y > 0]
        if not xs or not ys:
            continue
        y_lo, y_hi = log_axis(min(ys), max(ys))
        x_lo, x_hi = math.log10(xs[0]), math.log10(xs[-1])
        x_span = (x_hi - x_lo) or 1.0

        def px(x):
            return x0 + (math.log10(x) - x_lo) / x_span * panel_w

        def py(y):
            return top + panel_h - (math.log10(max(y, 10 ** y_lo)) - y_lo) / (y_hi - y_lo) * panel_h

        svg.text(x0, top - 12, subtitle, size=12, weight="bold")
        for e in range(y_lo, y_hi + 1):
            svg.line(x0, py(10 ** e), x0 + panel_w, py(10 ** e), dash="3,3")
            svg.text(x0 - 6, py(10 ** e) + 4, fmt(10 ** e), size=10, anchor="end", colour="#555")
        for x in xs:
            svg.line(px(x), top, px(x), top + panel_h, dash="3,3")
            svg.text(px(x), top + panel_h + 16, f"{x:,}", size=10, anchor="middle", colour="#555")
        svg.text(x0 + panel_w / 2, top + panel_h + 34, x_label, size=11, anchor="middle", colour="#555")
        for name, points in series.items():
            points = sorted(p for p in points if p[1] > 0)
            svg.polyline([(px(x), py(y)) for x, y in points], colour_of[name])
            for x, y in points:
                svg.circle(px(x), py(y), colour_of[name])
    for i, name in enumerate(legend):
        y = top + panel_h + 56 + 16 * i
        svg.rect(10 + left, y - 9, 14, 10, colour_of[name])
        svg.text(10 + left + 20, y, name, size=11)
    svg.save(path)


def series_of(rows, key, value, per=None):
    out = {}
    for row in rows:
        x = int(row[key].replace(",", ""))
        y = row[value] / (x if per else 1)
        out.setdefault(row["method"], []).append((x, y))
    return out


def main(argv):
    results = pathlib.Path(argv[0]) if argv else ROOT / "docs" / "benchmarks" / "results"
    out = pathlib.Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "benchmarks"
    out.mkdir(parents=True, exist_ok=True)

    def find(name):
        matches = sorted(results.glob(f"*.{name}-report.csv"))
        return read_rows(matches[0]) if matches else None

    if rows := find("ReadBenchmarks"):
        extra = find("BinderGenReadBenchmarks") or []
        for row in rows + extra:
            row["label"] = row["method"]
        # The binder generator's row comes from its own project's run; it is drawn with the others, marked as such.
        rows += [r for r in extra if "source generator" in r["method"]]
        for r in rows:
            if "source generator" in r["method"]:
                r["label"] += " (own run)"
        rows.sort(key=lambda r: r["ns"])
        bars(rows, "Reading one setting (40-key schema)", out / "read.svg", "BenchmarkDotNet, one run (see docs/benchmarks.md for its conditions); Veltrix in blue")
    if rows := find("LoadBenchmarks"):
        rows += [r for r in (find("BinderGenLoadBenchmarks") or []) if "source generator" in r["method"]]
        curves([("time", fmt_time, series_of(rows, "Keys", "ns")), ("bytes allocated", fmt_bytes, series_of(rows, "Keys", "bytes"))],
               "Load + bind a JSON file", out / "load.svg", "keys in the file")
    if rows := find("LookupScalingBenchmarks"):
        curves([("time per lookup", fmt_time, series_of(rows, "Keys", "ns", per=True))],
               "Key lookup as the schema grows", out / "lookup.svg", "keys in the schema")
    if rows := find("ReloadAllocationBenchmarks"):
        curves([("time per reload", fmt_time, series_of(rows, "Keys", "ns")), ("bytes per reload", fmt_bytes, series_of(rows, "Keys", "bytes"))],
               "Reload from an in-memory source", out / "reload.svg", "keys in the schema")
    if rows := find("GeneratorBenchmarks"):
        curves([("time", fmt_time, series_of(rows, "Schemas", "ns")), ("bytes allocated", fmt_bytes, series_of(rows, "Schemas", "bytes"))],
               "Generator: cold run and one-schema edit", out / "generator.svg", "schema types in the project")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
