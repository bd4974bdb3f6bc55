#!/usr/bin/env python3
"""Reads the 1-rank, 1-thread rows of docs/performance.md, fits the slope of log(time) against
log(atoms) for each style, appends the slopes as a table and writes docs/performance_scaling.svg
(time per call against atoms, log-log). Standard library only."""
import html
import math
import sys

path = sys.argv[1]
text = open(path).read()
text = text.split("\n## Scaling with atoms")[0].rstrip("\n") + "\n"    # rerunning replaces it
rows = {}
for line in text.splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 5 or cells[2] != "1 x 1":
        continue
    try:
        atoms, ms = float(cells[1]), float(cells[3])
    except ValueError:
        continue
    rows.setdefault(cells[0], []).append((atoms, ms))

def slope(points):
    xs = [math.log(a) for a, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)

lines = ["", "## Scaling with atoms (1 rank, 1 thread)", "",
         "Slope of log(time per call) against log(atoms); 1 is linear. sq/bt's number of wavevectors",
         "grows with the box volume at fixed q range, so its cost grows as atoms x volume.", "",
         "| style | atoms | slope |", "|---|---|---|"]
for name, pts in rows.items():
    pts = sorted(set(pts))
    if len(pts) >= 2:
        lines.append("| %s | %s | %.2f |" % (name, ", ".join("%.0f" % a for a, _ in pts), slope(pts)))
lines += ["", "![time per call against atoms](performance_scaling.svg)", ""]
open(path, "w").write(text + "\n".join(lines))

# log-log plot
W, H, M = 720, 480, 70
all_pts = [p for pts in rows.values() for p in pts]
ax = [math.log10(a) for a, _ in all_pts]
ay = [math.log10(t) for _, t in all_pts]
x0, x1 = math.floor(min(ax) * 2) / 2, math.ceil(max(ax) * 2) / 2
y0, y1 = math.floor(min(ay)), math.ceil(max(ay))
X = lambda v: M + (math.log10(v) - x0) / (x1 - x0) * (W - 2 * M)
Y = lambda v: H - M - (math.log10(v) - y0) / (y1 - y0) * (H - 2 * M)
colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"]
svg = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">' % (W, H),
       '<rect width="100%" height="100%" fill="white"/>',
       '<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>' % (M, H - M, W - M, H - M),
       '<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>' % (M, M, M, H - M),
       '<text x="%d" y="%d" text-anchor="middle">atoms</text>' % (W / 2, H - 20),
       '<text x="20" y="%d" transform="rotate(-90 20 %d)" text-anchor="middle">ms per call</text>' % (H / 2, H / 2)]
for e in range(int(y0), int(y1) + 1):
    svg.append('<text x="%d" y="%d" text-anchor="end">1e%d</text>' % (M - 6, Y(10 ** e) + 4, e))
for a in sorted(set(a for a, _ in all_pts)):
    svg.append('<text x="%d" y="%d" text-anchor="middle">%.0f</text>' % (X(a), H - M + 16, a))
for i, (name, pts) in enumerate(rows.items()):
    pts = sorted(set(pts))
    c = colours[i % len(colours)]
    svg.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' %
               (c, " ".join("%.1f,%.1f" % (X(a), Y(t)) for a, t in pts)))
    svg.append('<text x="%d" y="%d" fill="%s">%s</text>' % (W - M - 230, M + 16 * i, c, html.escape(name)))
svg.append("</svg>")
open(path.replace(".md", "_scaling.svg"), "w").write("\n".join(svg))
