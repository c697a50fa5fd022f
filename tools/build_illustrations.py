#!/usr/bin/env python3
"""Generate the exercise illustrations in assets/svg/illustrations/.

Run from the repository root:  python tools/build_illustrations.py

Standard library only.  Every figure is posed by joint coordinates: a few
"world" points (x right, y down, z towards the viewer, in SVG units) are
projected with a small oblique shift (sx = x + cx*z, sy = y + cy*z) so that
crossed legs read clearly in a side view.  Limbs are smooth tapered capsules
between two joints; the torso, head and feet are rigid outlines in their own
local frame.  Parts that belong together are drawn as one "union" group: the
outline is painted first with a double-width stroke, then the fills on top, so
only the outer 2 px of the outline stay visible and joints show no seams.

Scale: a standing adult is 270 units tall (head about 1/7.5 of that).
Output: plain SVG Tiny 1.2 friendly markup (path, circle, ellipse, line, rect, g).
"""

from __future__ import annotations

import math
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "svg" / "illustrations"

W, H = 480, 300
FLOOR = 286.0

SKIN = "#e9dfd6"
SKIN_FAR = "#d8cabd"
INK = "#5b4a42"
PROP = "#9a948e"
PROP_FILL = "#efedea"
TARGET = "#d55e00"
ARROW = "#0072b2"

# Segment lengths (standing height 270).
THIGH = 66.0
SHIN = 66.0
UPPER_ARM = 50.0
FOREARM = 40.0
HAND = 26.0
HIP_Z = 12.0  # half the distance between the hip joints
SHOULDER_Z = 17.0

# Width profiles: (t along the segment, anterior half-width, posterior half-width).
# Ends must be round (equal widths) because they close with a semicircle.
P_THIGH = [(0, 13.5, 13.5), (0.3, 12.6, 12.8), (0.72, 10.0, 9.6), (1, 8.4, 8.4)]
P_SHIN = [(0, 8.4, 8.4), (0.28, 7.2, 11.6), (0.62, 5.6, 7.6), (1, 4.6, 4.6)]
P_UPPER_ARM = [(0, 7.6, 7.6), (0.45, 6.4, 6.9), (1, 5.1, 5.1)]
P_FOREARM = [(0, 5.1, 5.1), (0.3, 5.6, 5.2), (1, 3.6, 3.6)]
P_HAND = [(0, 3.6, 3.6), (0.45, 4.6, 4.0), (1, 2.9, 2.9)]
P_NECK = [(0, 9.5, 9.5), (0.5, 7.8, 7.8), (1, 7.5, 7.5)]

# Rigid outlines in local frames (x forward, u up).
TORSO = [  # origin: hip joint; shoulder joint at (-2, 76)
    (9, -8),
    (15.5, 6),
    (14.5, 27),
    (16, 44),
    (19, 58),
    (16, 73),
    (9, 84),
    (-6, 88),
    (-14, 81),
    (-17, 67),
    (-14, 47),
    (-12.5, 31),
    (-17, 14),
    (-20.5, -1),
    (-17, -14),
    (-6, -19),
    (4, -15),
]
HEAD = [  # origin: head centre; cranium on a circle, face profile in front
    (12.5, 11.5),
    (1.9, 18.2),
    (-10.5, 15.5),
    (-17.2, 4.9),
    (-14.5, -7.5),
    (-6, -12),
    (5, -17),
    (12.5, -14),
    (14, -8.5),
    (17, -3.5),
    (15, 2),
]
FOOT = [  # origin: ankle joint; sole at u = -11, heel at x = -9, toes at x = 32
    (-4.5, 5),
    (-9, -3),
    (-7.5, -9.5),
    (-1, -11),
    (13, -10.2),
    (27, -11),
    (32, -8.5),
    (29.5, -5.5),
    (16, -2.5),
    (5, 4.5),
]
SHOULDER_LOCAL = (-2.0, 76.0)
NECK_BASE_LOCAL = (0.0, 82.0)
HEAD_PIVOT_LOCAL = (0.0, 86.0)
HEAD_OFFSET = (4.0, 23.0)  # head centre relative to the pivot, upright


# ---------------------------------------------------------------- numbers


def num(v: float) -> str:
    s = f"{round(v, 1):.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    if s == "-0":
        s = "0"
    if s.startswith("0."):
        s = s[1:]
    elif s.startswith("-0."):
        s = "-" + s[2:]
    return s


def nums(*vs: float) -> str:
    out = ""
    for v in vs:
        s = num(v)
        if out and not s.startswith("-"):
            out += " "
        out += s
    return out


def rnd(p):
    return (round(p[0], 1), round(p[1], 1))


# ---------------------------------------------------------------- vectors


def add(a, b):
    return tuple(x + y for x, y in zip(a, b, strict=True))


def sub(a, b):
    return tuple(x - y for x, y in zip(a, b, strict=True))


def mul(a, k):
    return tuple(x * k for x in a)


def dot(a, b):
    return sum(x * y for x, y in zip(a, b, strict=True))


def norm(a):
    return math.sqrt(dot(a, a))


def unit(a):
    n = norm(a)
    return mul(a, 1.0 / n)


def lerp(a, b, t):
    return add(a, mul(sub(b, a), t))


def cross3(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def along(p, direction, length):
    """Point at distance length from p in the given 3D direction."""
    return add(p, mul(unit(direction), length))


def ik(root, target, l1, l2, pole):
    """Middle joint of a two-bone chain from root to target, bent towards pole."""
    v = sub(target, root)
    d = norm(v)
    if d > l1 + l2 - 0.01:
        raise ValueError(f"target out of reach: {d:.1f} > {l1 + l2}")
    vh = mul(v, 1 / d)
    a = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - a * a, 0))
    p = sub(pole, mul(vh, dot(pole, vh)))
    return add(add(root, mul(vh, a)), mul(unit(p), h))


def deg(a):
    return math.radians(a)


# ---------------------------------------------------------------- path writing


class Path2:
    """Writes a compact path: absolute M, then relative commands from rounded points."""

    def __init__(self):
        self.parts: list[str] = []
        self.cur = (0.0, 0.0)

    def move(self, p):
        p = rnd(p)
        self.parts.append("M" + nums(*p))
        self.cur = p

    def curve(self, c1, c2, p):
        c1, c2, p = rnd(c1), rnd(c2), rnd(p)
        x, y = self.cur
        self.parts.append(
            "c" + nums(c1[0] - x, c1[1] - y, c2[0] - x, c2[1] - y, p[0] - x, p[1] - y)
        )
        self.cur = p

    def arc(self, r, sweep, p):
        p = rnd(p)
        x, y = self.cur
        self.parts.append("a" + nums(r, r) + " 0 0 " + str(sweep) + " " + nums(p[0] - x, p[1] - y))
        self.cur = p

    def line(self, p):
        p = rnd(p)
        x, y = self.cur
        self.parts.append("l" + nums(p[0] - x, p[1] - y))
        self.cur = p

    def close(self):
        self.parts.append("z")

    def d(self):
        return "".join(self.parts)


def closed_spline(pts, tension=1.0):
    """Closed Catmull-Rom spline through pts as path data."""
    n = len(pts)
    pth = Path2()
    pth.move(pts[0])
    for i in range(n):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[(i + 1) % n], pts[(i + 2) % n]
        c1 = add(p1, mul(sub(p2, p0), tension / 6))
        c2 = sub(p2, mul(sub(p3, p1), tension / 6))
        pth.curve(c1, c2, p2)
    pth.close()
    return pth.d()


def signed_area(pts):
    return 0.5 * sum(pts[i - 1][0] * pts[i][1] - pts[i][0] * pts[i - 1][1] for i in range(len(pts)))


def oriented(pts):
    """Clockwise on screen (positive area with y down) so that fills of one group union."""
    return list(pts) if signed_area(pts) > 0 else list(reversed(pts))


def spline_side(pth, pts, t_start, t_end):
    """Open spline through pts (pts[0] is the current point) with given end tangents."""
    n = len(pts)
    tans = []
    for i in range(n):
        if i == 0:
            tans.append(mul(t_start, norm(sub(pts[1], pts[0]))))
        elif i == n - 1:
            tans.append(mul(t_end, norm(sub(pts[-1], pts[-2]))))
        else:
            tans.append(mul(sub(pts[i + 1], pts[i - 1]), 0.5))
    for i in range(n - 1):
        pth.curve(
            add(pts[i], mul(tans[i], 1 / 3)), sub(pts[i + 1], mul(tans[i + 1], 1 / 3)), pts[i + 1]
        )


def limb(a, b, profile):
    """Tapered capsule from joint a to joint b (screen points)."""
    u = unit(sub(b, a))
    na = (u[1], -u[0])  # anterior side for a figure facing right
    ant = [add(lerp(a, b, t), mul(na, wa)) for t, wa, _ in profile]
    post = [add(lerp(a, b, t), mul(na, -wp)) for t, _, wp in profile]
    r0, r1 = profile[0][1], profile[-1][1]
    # traverse clockwise on screen: choose order by orientation of na vs u
    clockwise = (na[0] * u[1] - na[1] * u[0]) > 0  # rotating na -> u is clockwise
    pth = Path2()
    if clockwise:
        pth.move(ant[0])
        spline_side(pth, ant, u, u)
        pth.arc(r1, 1, post[-1])
        spline_side(pth, post[::-1], mul(u, -1), mul(u, -1))
        pth.arc(r0, 1, ant[0])
    else:
        pth.move(post[0])
        spline_side(pth, post, u, u)
        pth.arc(r1, 1, ant[-1])
        spline_side(pth, ant[::-1], mul(u, -1), mul(u, -1))
        pth.arc(r0, 1, post[0])
    pth.close()
    return pth.d()


def band(a, b, profile, t0, t1, side, inset=1.6, inner=0.15, steps=4):
    """Closed outline of a muscle belly on one side of a limb, between t0 and t1.

    side=-1: posterior, +1: anterior.  The inner edge runs close to the axis.
    """
    u = unit(sub(b, a))
    na = (u[1], -u[0])

    def width(t):
        for (ta, aa, pa), (tb, ab, pb) in zip(profile, profile[1:], strict=False):
            if ta <= t <= tb:
                s = (t - ta) / (tb - ta)
                wa = aa + (ab - aa) * s
                wp = pa + (pb - pa) * s
                return wa if side > 0 else wp
        raise ValueError(t)

    outer, inn = [], []
    for i in range(steps + 1):
        t = t0 + (t1 - t0) * i / steps
        c = lerp(a, b, t)
        w = width(t)
        taper = math.sin(math.pi * i / steps) ** 0.6
        outer.append(add(c, mul(na, side * (w - inset))))
        inn.append(
            add(c, mul(na, side * (w - inset - (w - inset) * (1 - inner) * max(taper, 0.0))))
        )
    pts = outer + inn[::-1][1:-1]
    return closed_spline(oriented(pts))


# ---------------------------------------------------------------- frames


class Frame:
    """Rigid 2D frame: origin, forward angle (deg).  lean=0 is upright, facing right."""

    def __init__(self, origin, lean):
        self.o = origin
        t = deg(lean)
        self.f = (math.cos(t), math.sin(t))
        self.up = (math.sin(t), -math.cos(t))

    def __call__(self, p):
        x, u = p
        return (
            self.o[0] + x * self.f[0] + u * self.up[0],
            self.o[1] + x * self.f[1] + u * self.up[1],
        )


def shape(frame, pts, sx=1.0):
    return closed_spline(oriented([frame((x * sx, u)) for x, u in pts]))


# ---------------------------------------------------------------- figure


class Figure:
    def __init__(self, hip, lean, cx=0.0, cy=0.0, head_tilt=0.0, head_shift=(0.0, 0.0)):
        """hip: world (x, y) of the hip-joint centre; lean: torso angle from vertical."""
        self.cx, self.cy = cx, cy
        self.hip = (hip[0], hip[1], 0.0)
        self.torso = Frame(hip, lean)
        self.lean = lean
        piv = HEAD_PIVOT_LOCAL
        t = deg(head_tilt)
        hx, hu = HEAD_OFFSET
        off = (hx * math.cos(t) + hu * math.sin(t), -hx * math.sin(t) + hu * math.cos(t))
        self.head_local = (piv[0] + off[0] + head_shift[0], piv[1] + off[1] + head_shift[1])
        self.head = Frame(self.torso(self.head_local), lean + head_tilt)
        sh = self.torso(SHOULDER_LOCAL)
        self.shoulder = {+1: (sh[0], sh[1], SHOULDER_Z), -1: (sh[0], sh[1], -SHOULDER_Z)}
        self.hips = {+1: (hip[0], hip[1], HIP_Z), -1: (hip[0], hip[1], -HIP_Z)}

    def p(self, w):
        """Project a world point to the screen."""
        if len(w) == 2:
            return w
        return (w[0] + self.cx * w[2], w[1] + self.cy * w[2])

    # --- parts as path data
    def torso_d(self):
        return [shape(self.torso, TORSO)]

    def neck_head_d(self):
        base = self.torso(NECK_BASE_LOCAL)
        top = self.head((-2.0, -6.0))
        return [limb(base, top, P_NECK), shape(self.head, HEAD)]

    def leg_d(self, side, knee, ankle, foot_angle, foot_scale=1.0):
        h, k, a = self.p(self.hips[side]), self.p(knee), self.p(ankle)
        foot = Frame(a, foot_angle)  # foot_angle: direction of the toes, 0 = pointing right
        # Frame's "lean" rotates the up-vector; foot frame: forward = toes, up = dorsum
        return [limb(h, k, P_THIGH), limb(k, a, P_SHIN), shape(foot, FOOT, foot_scale)]

    def arm_d(self, side, elbow, wrist, hand_tip):
        s, e, w, t = self.p(self.shoulder[side]), self.p(elbow), self.p(wrist), self.p(hand_tip)
        return [limb(s, e, P_UPPER_ARM), limb(e, w, P_FOREARM), limb(w, t, P_HAND)]


def union(ds, fill):
    d = "".join(ds)
    return (
        f'<path d="{d}" fill="none" stroke="{INK}" stroke-width="4" '
        'stroke-linejoin="round" stroke-linecap="round"/>'
        f'<path d="{d}" fill="{fill}"/>'
    )


def hand_tip(wrist, direction, length=HAND):
    return along(wrist, direction, length)


def arrow(points, head_len=9.0, head_w=5.5):
    """Curved arrow through 3 points (quadratic) with a filled head at the last point."""
    p0, p1, p2 = points
    tip = p2
    u = unit(sub(p2, p1))
    base = sub(tip, mul(u, head_len))
    n = (-u[1], u[0])
    end = sub(tip, mul(u, head_len * 0.6))
    body = f"M{nums(*rnd(p0))}Q{nums(*rnd(p1))} {nums(*rnd(end))}"
    hd = Path2()
    hd.move(tip)
    hd.line(add(base, mul(n, head_w)))
    hd.line(add(base, mul(n, -head_w)))
    hd.close()
    return (
        f'<g id="arrow"><path d="{body}" fill="none" stroke="{ARROW}" stroke-width="2.5" '
        f'stroke-linecap="round"/><path d="{hd.d()}" fill="{ARROW}" stroke="{ARROW}" '
        f'stroke-width="1" stroke-linejoin="round"/></g>'
    )


def target(d):
    return f'<path id="target" d="{d}" fill="{TARGET}" opacity=".55"/>'


def floor_line(x0=12, x1=468, y=FLOOR):
    return (
        f'<line x1="{num(x0)}" y1="{num(y + 1)}" x2="{num(x1)}" y2="{num(y + 1)}" '
        f'stroke="{PROP}" stroke-width="2" stroke-linecap="round"/>'
    )


# Each picture is cropped to its figure (measured from a Qt render of the full frame,
# ignoring the floor line) plus a margin, down to the bottom of the frame so the floor
# shows. Every picture keeps the same scale, so the app shows them at one scale too.
CROP = {
    "adductor-side-lunge": (142, 69, 344),
    "figure-four": (145, 150, 334),
    "gastrocnemius-standing-stretch": (145, 11, 335),
    "hamstring-self-stretch-long-sitting": (153, 154, 328),
    "knee-to-chest": (132, 176, 406),
    "kneeling-hip-flexor": (96, 79, 313),
    "pigeon": (121, 131, 360),
    "quadratus-lumborum-side-bend": (199, 9, 375),
    "seated-chair": (175, 73, 306),
    "self-massage-ball-wall": (182, 11, 298),
    "soleus-standing-stretch": (160, 11, 315),
    "standing-quadriceps": (138, 13, 341),
    "tfl-standing-cross-over": (196, 11, 346),
    "toe-extension-sole": (134, 108, 248),
}
MARGIN = 14


def svg(title_id, body):
    x0, y0, x1 = CROP[title_id]
    x0, y0, x1 = max(0, x0 - MARGIN), max(0, y0 - MARGIN), min(W, x1 + MARGIN)
    w, h = x1 - x0, H - y0
    # Qt's renderer does not clip to the viewBox: the floor spans the cropped frame only.
    body = [floor_line(x0 + 6, x1 - 6) if part == floor_line() else part for part in body]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{w}" height="{h}" viewBox="{x0} {y0} {w} {h}">\n' + "\n".join(body) + "\n</svg>\n"
    )


# ---------------------------------------------------------------- poses
# (filled in below)

POSES = {}


def pose(name):
    def deco(fn):
        POSES[name] = fn
        return fn

    return deco


def wall_line(x, y0=12, y1=FLOOR + 1):
    return (
        f'<line x1="{num(x)}" y1="{num(y0)}" x2="{num(x)}" y2="{num(y1)}" stroke="{PROP}" '
        f'stroke-width="2" stroke-linecap="round"/>'
    )


def standing_wall(back_step, leg_lean, back_knee, torso_lean, x0, wall_gap):
    """Shared set-up of the two standing calf stretches, wall on the right.

    back_step: horizontal distance back ankle -> front ankle; leg_lean: angle of the
    back shin from vertical; back_knee: flexion of the back knee (deg).
    Returns (figure, joints) with the near leg behind (the stretched one).
    """
    ay = FLOOR - 12.0
    back_ankle = (x0, ay, HIP_Z)
    knee = along(back_ankle, (math.sin(deg(leg_lean)), -math.cos(deg(leg_lean)), 0), SHIN)
    t = deg(leg_lean - back_knee)
    hip_n = along(knee, (math.sin(t), -math.cos(t), 0), THIGH)
    fig = Figure((hip_n[0], hip_n[1]), torso_lean, cx=-0.25)
    front_ankle = (x0 + back_step, ay, -HIP_Z)
    front_knee = ik(fig.hips[-1], front_ankle, THIGH, SHIN, (1, 0, 0))
    sh = fig.shoulder[1]
    wall_x = sh[0] + wall_gap
    return fig, dict(
        back_ankle=back_ankle,
        back_knee=knee,
        front_ankle=front_ankle,
        front_knee=front_knee,
        wall_x=wall_x,
    )


def wall_arms(fig, wall_x, wrist_y):
    out = {}
    for side in (-1, 1):
        sh = fig.shoulder[side]
        wrist = (wall_x - 5.5, wrist_y, sh[2] * 0.9)
        elbow = ik(sh, wrist, UPPER_ARM, FOREARM, (0, 1, side * 0.6))
        tip = (wall_x - 5.5, wrist_y - HAND, sh[2] * 0.9)
        out[side] = fig.arm_d(side, elbow, wrist, tip)
    return out


def calf_stretch(wall, wrist_dy, band_range, arrow_from_hip):
    """Facing a wall, hands on it; the back leg's calf marked between two fractions of
    the shin (knee 0 .. ankle 1), an arrow placed relative to the hip."""
    fig, j = standing_wall(**wall)
    arms = wall_arms(fig, j["wall_x"], fig.shoulder[1][1] + wrist_dy)
    near_leg = fig.leg_d(1, j["back_knee"], j["back_ankle"], 0)
    far_leg = fig.leg_d(-1, j["front_knee"], j["front_ankle"], 0)
    k, a = fig.p(j["back_knee"]), fig.p(j["back_ankle"])
    tgt = band(k, a, P_SHIN, *band_range, -1, inset=1.3, inner=0.0)
    hip = fig.p(fig.hip)
    return [
        floor_line(),
        wall_line(j["wall_x"]),
        union(arms[-1], SKIN_FAR),
        union(far_leg, SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d() + near_leg, SKIN),
        target(tgt),
        union(arms[1], SKIN),
        arrow([(hip[0] + dx, hip[1] + dy) for dx, dy in arrow_from_hip]),
    ]


@pose("gastrocnemius-standing-stretch")
def gastrocnemius():
    # Back knee straight, heel down: the upper calf; arrow: hips towards the wall.
    return calf_stretch(
        dict(back_step=112, leg_lean=27, back_knee=0, torso_lean=29, x0=160, wall_gap=76),
        4,
        (0.06, 0.55),
        [(24, -4), (40, -10), (58, -10)],
    )


@pose("soleus-standing-stretch")
def soleus():
    # Short step, both knees bent, heel down: the low calf; arrow: bend the knees.
    return calf_stretch(
        dict(back_step=46, leg_lean=28, back_knee=48, torso_lean=19, x0=198, wall_gap=82),
        2,
        (0.4, 0.9),
        [(-40, -36), (-44, -16), (-38, 4)],
    )


BUTTOCK = [
    (-7, 10),
    (-15, 12.5),
    (-19.2, 4),
    (-18.6, -7),
    (-13.5, -13.5),
    (-5.5, -12.5),
    (-2.5, -1),
]
BUTTOCK_UPPER = [(-5, 21), (-13, 23), (-18.4, 16), (-19.6, 4), (-16, -6), (-8, -5), (-3, 7)]


def buttock(fig, pts=BUTTOCK):
    return closed_spline(oriented([fig.torso(p) for p in pts]))


def angle_of(v):
    return math.degrees(math.atan2(v[1], v[0]))


@pose("hamstring-self-stretch-long-sitting")
def hamstring():
    hx, hy = 177.0, FLOOR - 15.5
    fig = Figure((hx, hy), 41, cx=-0.25, head_tilt=8)
    legs = {}
    for side in (-1, 1):
        h = fig.hips[side]
        ankle = (hx + 131.5, FLOOR - 10.5, h[2])
        knee = lerp(h, ankle, 0.5)
        legs[side] = (knee, ankle, fig.leg_d(side, knee, ankle, -92))
    arms = {}
    for side in (-1, 1):
        knee, ankle, _ = legs[side]
        sh = fig.shoulder[side]
        wrist = lerp(knee, ankle, 0.5)
        wrist = (wrist[0], wrist[1] - 10.5, wrist[2] + side * 3)
        # slide the hand along the shin until the arm is almost straight
        while norm(sub(wrist, sh)) < 86.5:
            wrist = add(wrist, (0.5, 0.03, 0))
        elbow = ik(sh, wrist, UPPER_ARM, FOREARM, (0, -1, side * 0.5))
        tip = add(wrist, (HAND * 0.99, HAND * 0.12, 0))
        arms[side] = fig.arm_d(side, elbow, wrist, tip)
    h, k = fig.p(fig.hips[1]), fig.p(legs[1][0])
    tgt = band(h, k, P_THIGH, 0.16, 0.92, -1, inner=0.0, steps=6)
    head = fig.head((0, 0))
    return [
        floor_line(),
        union(arms[-1], SKIN_FAR),
        union(legs[-1][2], SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d() + legs[1][2], SKIN),
        target(tgt),
        union(arms[1], SKIN),
        arrow(
            [
                (head[0] - 34, head[1] - 30),
                (head[0] + 4, head[1] - 44),
                (head[0] + 34, head[1] - 30),
            ]
        ),
    ]


@pose("figure-four")
def figure_four():
    # Posed directly in screen space: the crossed leg is drawn as seen slightly from
    # above, so that the "4" reads (its thigh and shin are foreshortened, not longer).
    hx, hy = 275.0, FLOOR - 23
    fig = Figure((hx, hy), -93, head_tilt=-4, head_shift=(-3.0, 0.0))
    H = (hx, hy)
    # far leg: the one "on the floor", its thigh drawn towards the chest
    tdir = (math.cos(deg(106)), -math.sin(deg(106)))
    far_knee = add(H, mul(tdir, THIGH))
    sdir = (math.cos(deg(-12)), math.sin(deg(-12)))
    far_ankle = add(far_knee, mul(sdir, SHIN))
    far_leg = fig.leg_d(-1, far_knee, far_ankle, angle_of((sdir[1], -sdir[0])))
    # near (crossed) leg: knee out to the side, ankle resting across the far thigh
    ant = (tdir[1], -tdir[0])
    near_ankle = add(add(H, mul(tdir, THIGH * 0.84)), mul(ant, 11))
    near_knee = add(H, (37, -37))
    nleg = fig.leg_d(1, near_knee, near_ankle, -100, 0.8)
    # hands reach through the gap and hold the back of the far thigh
    S = fig.p(fig.shoulder[1])
    wrist = add(H, (-2, -22))
    elbow = add(lerp(S, wrist, 0.55), (0, -4))  # elbows flare out sideways: foreshortened arm
    arm_n = fig.arm_d(1, elbow, wrist, add(wrist, (5, -15)))
    wf = add(H, (-6, -30))
    ef = add(lerp(S, wf, 0.55), (0, -4))
    arm_f = fig.arm_d(-1, ef, wf, add(wf, (-7, -11)))
    fk, fa = far_knee, far_ankle
    return [
        floor_line(),
        union(arm_f, SKIN_FAR),
        union(far_leg, SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d(), SKIN),
        union(arm_n, SKIN),
        union(nleg, SKIN),
        target(buttock(fig)),
        arrow([(fa[0] - 14, fk[1] - 34), (fk[0] + 14, fk[1] - 52), (fk[0] - 22, fk[1] - 40)]),
    ]


@pose("pigeon")
def pigeon():
    hx, hy = 288.0, FLOOR - 26
    fig = Figure((hx, hy), 7, cx=0.15)
    hf = fig.hips[-1]
    # back leg straight behind, knee straight, top of the foot on the floor
    far_ankle = (hx - 130, FLOOR - 8, -14)
    far_ankle = along(hf, sub(far_ankle, hf), THIGH + SHIN - 0.2)
    far_knee = lerp(hf, far_ankle, 0.5)
    far_leg = fig.leg_d(-1, far_knee, far_ankle, 179)
    # front leg, posed on screen: knee on the floor ahead, the shin (which runs across
    # in front of the pelvis) seen foreshortened, lying on the floor back towards the groin
    near_knee = (hx + 62, FLOOR - 9)
    near_ankle = (hx + 4, FLOOR - 11)
    thigh_n, shin_n, foot_n = fig.leg_d(1, near_knee, near_ankle, -8, 0.72)
    arms = {}
    for side in (-1, 1):
        sh = fig.shoulder[side]
        wrist = (hx + 22, FLOOR - 15, side * 24)
        elbow = ik(sh, wrist, UPPER_ARM, FOREARM, (-1, 0, side * 0.3))
        arms[side] = fig.arm_d(side, elbow, wrist, add(wrist, (HAND * 0.8, HAND * 0.52, 0)))
    hip = fig.p(fig.hip)
    return [
        floor_line(),
        union(arms[-1], SKIN_FAR),
        union(far_leg, SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d() + [thigh_n], SKIN),
        target(buttock(fig)),
        union([shin_n, foot_n], SKIN),
        union(arms[1], SKIN),
        arrow([(hip[0] - 46, hip[1] - 70), (hip[0] - 47, hip[1] - 50), (hip[0] - 46, hip[1] - 32)]),
    ]


def chair(x0, seat_y, depth=70, back_h=84):
    c = []
    leg = f'stroke="{PROP}" stroke-width="2" stroke-linecap="round"'
    c.append(
        f'<line x1="{num(x0 + 4)}" y1="{num(seat_y)}" x2="{num(x0 + 4)}" '
        f'y2="{num(FLOOR + 1)}" {leg}/>'
    )
    c.append(
        f'<line x1="{num(x0 + depth - 6)}" y1="{num(seat_y)}" x2="{num(x0 + depth - 6)}" '
        f'y2="{num(FLOOR + 1)}" {leg}/>'
    )
    c.append(
        f'<rect x="{num(x0 - 2)}" y="{num(seat_y - back_h)}" width="7" '
        f'height="{num(back_h + 4)}" rx="3" '
        f'fill="{PROP_FILL}" stroke="{PROP}" stroke-width="2"/>'
    )
    c.append(
        f'<rect x="{num(x0 - 2)}" y="{num(seat_y)}" width="{num(depth + 2)}" height="8" rx="3" '
        f'fill="{PROP_FILL}" stroke="{PROP}" stroke-width="2"/>'
    )
    return c


@pose("seated-chair")
def seated_chair():
    cx0, seat = 178.0, FLOOR - 74
    hx, hy = cx0 + 26, seat - 13
    fig = Figure((hx, hy), 30, head_tilt=6)
    H = (hx, hy)
    hf = fig.p(fig.hips[-1])
    far_ankle = (hx + 68, FLOOR - 12)
    far_knee = ik(hf, far_ankle, THIGH, SHIN, (1, -0.4))
    far_leg = fig.leg_d(-1, far_knee, far_ankle, 0)
    # crossed leg, posed on screen as seen slightly from the front: the knee points
    # out towards us (thigh foreshortened), the shin lies across the far knee
    near_knee = add(H, (27, -24))
    tdir = unit(sub(far_knee, hf))
    near_ankle = add(add(far_knee, mul(tdir, -9)), (0, -13.5))
    near_leg = fig.leg_d(1, near_knee, near_ankle, -14, 0.8)
    # near hand presses gently on the raised knee (elbow out to the side)
    S = fig.p(fig.shoulder[1])
    wn = add(near_knee, (-1, -12))
    en = add(lerp(S, wn, 0.5), (5, -2))
    arm_n = fig.arm_d(1, en, wn, add(wn, (HAND * 0.8, HAND * 0.45)))
    # far hand holds the crossed ankle
    Sf = fig.p(fig.shoulder[-1])
    wf = add(near_ankle, (4, -10))
    ef = ik(Sf, wf, UPPER_ARM * 0.9, FOREARM * 0.9, (-0.2, 1))
    arm_f = fig.arm_d(-1, ef, wf, add(wf, (HAND * 0.75, HAND * 0.5)))
    head = fig.head((0, 0))
    return chair(cx0, seat) + [
        floor_line(),
        union(arm_f, SKIN_FAR),
        union(far_leg, SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d(), SKIN),
        union(near_leg, SKIN),
        target(buttock(fig)),
        union(arm_n, SKIN),
        arrow(
            [
                (head[0] - 40, head[1] - 26),
                (head[0] - 4, head[1] - 40),
                (head[0] + 26, head[1] - 26),
            ]
        ),
    ]


@pose("self-massage-ball-wall")
def ball_wall():
    wall = 183.0
    lean = 1
    ball_r = 6.5
    ball_local = (-20.5 - ball_r + 2.5, 13)
    # place the hip so that the ball touches the wall
    t = deg(lean)
    bx_off = ball_local[0] * math.cos(t) + ball_local[1] * math.sin(t)
    hx = wall + 1 + ball_r - bx_off
    foot_ahead = 44
    hy = FLOOR - 12 - math.sqrt(125**2 - foot_ahead**2)
    fig = Figure((hx, hy), lean, cx=-0.25)
    legs = {}
    for side in (-1, 1):
        h = fig.hips[side]
        ankle = (hx + foot_ahead + (3 if side < 0 else 0), FLOOR - 12, h[2])
        knee = ik(h, ankle, THIGH, SHIN, (1, 0, 0))
        legs[side] = fig.leg_d(side, knee, ankle, 0)
    arms = {}
    for side in (-1, 1):
        sh = fig.shoulder[side]
        wrist = add(sh, (30, 80, side * 4))
        elbow = ik(sh, wrist, UPPER_ARM, FOREARM, (-1, 0, 0))
        arms[side] = fig.arm_d(side, elbow, wrist, add(wrist, (9, HAND - 2, 0)))
    b = fig.torso(ball_local)
    ball = (
        f'<circle cx="{num(b[0])}" cy="{num(b[1])}" r="{num(ball_r)}" fill="#d2cdc7" '
        f'stroke="{INK}" stroke-width="2"/>'
    )
    hip = fig.p(fig.hip)
    return [
        floor_line(),
        wall_line(wall),
        union(arms[-1], SKIN_FAR),
        union(legs[-1], SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d() + legs[1], SKIN),
        target(buttock(fig, BUTTOCK_UPPER)),
        ball,
        union(arms[1], SKIN),
        arrow([(hip[0] + 62, hip[1] - 12), (hip[0] + 50, hip[1] - 14), (hip[0] + 34, hip[1] - 12)]),
    ]


# ---------------------------------------------------------------- front / back view
# A second kind of figure for movements that happen sideways (side bends, crossing a leg,
# a side lunge): seen from the front or from behind.  Same scale and the same segment
# lengths as the side view.  The trunk is one outline in a local frame (x to the right
# of the picture, u up, origin midway between the hip joints); a side bend curves it
# smoothly between the waist and the chest instead of tipping it over at the hips.

F_HIP_X = 14.0  # hip joint from the midline
F_SHOULDER = (25.0, 74.0)
F_NECK_BASE = 82.0
F_HEAD_CENTRE = 109.0
F_THIGH = [(0, 13.5, 13.5), (0.3, 12.6, 12.6), (0.72, 9.8, 9.8), (1, 8.4, 8.4)]
F_SHIN = [(0, 8.4, 8.4), (0.26, 9.4, 9.4), (0.62, 6.9, 6.9), (1, 4.6, 4.6)]
TORSO_FRONT_HALF = [  # right half of the picture, bottom to top; mirrored for the left
    (0, -13),
    (12, -14),
    (22, -6),
    (26, 5),
    (24.5, 16),
    (21, 29),
    (21.5, 43),
    (24, 56),
    (25.5, 66),
    (30, 73),
    (27, 81),
    (17, 84.5),
    (8.5, 87),
]
HEAD_FRONT_HALF = [(0, 18), (9.5, 15.5), (13.5, 7), (13.3, -2), (11, -10), (6.5, -15.5)]
FOOT_FRONT_HALF = [(4.8, 3), (6.2, -3.5), (8.6, -9), (7.6, -11.2)]  # toes towards us


def mirrored(half):
    """A symmetric outline from its right half (points on the midline are not doubled)."""
    return list(half) + [(-x, u) for x, u in reversed(half) if x != 0]


def smoothstep(a, b, v):
    if v <= a:
        return 0.0
    if v >= b:
        return 1.0
    t = (v - a) / (b - a)
    return t * t * (3 - 2 * t)


class FrontFigure:
    """A figure seen from the front (or from behind: the outline is the same).

    pelvis: screen point midway between the hip joints; tilt: lean of the pelvis and
    everything above it (deg, positive = top towards the right of the picture); bend:
    side bend of the trunk (deg, same sense), spread between the waist and the chest.
    """

    def __init__(
        self,
        pelvis,
        tilt=0.0,
        bend=0.0,
        head_tilt=0.0,
        bend_from=16.0,
        bend_to=66.0,
        stoop=0.0,
    ):
        self.o = pelvis
        self.tilt, self.bend = tilt, bend
        self.bend_from, self.bend_to = bend_from, bend_to
        # the spine as a polyline, one point per unit of u, from u = -20 to 130; a
        # forward stoop (deg) shortens it above the waist, as seen from the front
        self._spine = {}
        p = self._base(-20.0)
        for i in range(-20, 131):
            a = self.angle(i)
            self._spine[i] = (p, a)
            t = deg(a)
            k = math.cos(deg(stoop * smoothstep(bend_from, bend_to, i)))
            p = (p[0] + k * math.sin(t), p[1] - k * math.cos(t))
        self.head = Frame(self.at((0.0, F_HEAD_CENTRE)), self.angle(F_HEAD_CENTRE) + head_tilt)
        self.hips = {+1: self.at((F_HIP_X, 0.0)), -1: self.at((-F_HIP_X, 0.0))}
        sx, su = F_SHOULDER
        self.shoulders = {+1: self.at((sx, su)), -1: self.at((-sx, su))}

    def _base(self, u):
        t = deg(self.tilt)
        return (self.o[0] + u * math.sin(t), self.o[1] - u * math.cos(t))

    def angle(self, u):
        return self.tilt + self.bend * smoothstep(self.bend_from, self.bend_to, u)

    def at(self, p):
        """Screen position of a point of the trunk given in its local frame."""
        x, u = p
        u = min(max(u, -20.0), 129.999)
        i = math.floor(u)
        (p0, a0), (p1, a1) = self._spine[i], self._spine[i + 1]
        f = u - i
        c = lerp(p0, p1, f)
        t = deg(a0 + (a1 - a0) * f)
        return (c[0] + x * math.cos(t), c[1] + x * math.sin(t))

    def trunk_d(self):
        return [closed_spline(oriented([self.at(p) for p in mirrored(TORSO_FRONT_HALF)]))]

    def neck_head_d(self):
        base = self.at((0.0, F_NECK_BASE))
        top = self.head((0.0, -9.0))
        head = closed_spline(oriented([self.head(p) for p in mirrored(HEAD_FRONT_HALF)]))
        return [limb(base, top, P_NECK), head]

    def leg_d(self, side, knee, ankle, foot_turn=0.0):
        h = self.hips[side]
        foot = Frame(ankle, foot_turn)
        return [
            limb(h, knee, F_THIGH),
            limb(knee, ankle, F_SHIN),
            closed_spline(oriented([foot(p) for p in mirrored(FOOT_FRONT_HALF)])),
        ]

    def arm_d(self, side, elbow, wrist, tip):
        s = self.shoulders[side]
        return [
            limb(s, elbow, P_UPPER_ARM),
            limb(elbow, wrist, P_FOREARM),
            limb(wrist, tip, P_HAND),
        ]

    def region(self, pts):
        return closed_spline(oriented([self.at(p) for p in pts]))


def ik2(root, target, l1, l2, bend_towards):
    """2D two-bone chain: the middle joint, on the side of bend_towards (a direction)."""
    r = (root[0], root[1], 0.0)
    t = (target[0], target[1], 0.0)
    m = ik(r, t, l1, l2, (bend_towards[0], bend_towards[1], 0.0))
    return (m[0], m[1])


def stance(px, ankle_r, ankle_l, length=131.4):
    """Pelvis height and tilt for two nearly straight legs: the pelvis centre at x = px
    and the hip joints each `length` from their ankles (ankle_r: right of the picture)."""

    def heights(theta):
        t = deg(theta)
        ys = []
        for side, a in ((+1, ankle_r), (-1, ankle_l)):
            hx = px + side * F_HIP_X * math.cos(t)
            dy = math.sqrt(length * length - (hx - a[0]) ** 2)
            ys.append(a[1] - dy - side * F_HIP_X * math.sin(t))
        return ys

    def gap(theta):
        yr, yl = heights(theta)
        return yr - yl

    lo, hi = -30.0, 30.0
    sign_lo = gap(lo) > 0
    for _ in range(60):
        mid = (lo + hi) / 2
        if (gap(mid) > 0) == sign_lo:
            lo = mid
        else:
            hi = mid
    theta = (lo + hi) / 2
    return (px, heights(theta)[0]), theta


def straight_leg(fig, side, ankle, bend=(0.0, -1.0)):
    """Knee of a (nearly) straight leg: on the line, or just off it if it is short."""
    h = fig.hips[side]
    d = norm(sub(ankle, h))
    if d >= THIGH + SHIN - 0.2:
        return lerp(h, ankle, 0.5)
    return ik2(h, ankle, THIGH, SHIN, bend)


def arm_at_angles(shoulder, a_upper, a_fore, a_hand):
    """Arm by the direction of each segment (deg from straight up, clockwise on screen)."""

    def step(p, a, n):
        t = deg(a)
        return (p[0] + n * math.sin(t), p[1] - n * math.cos(t))

    elbow = step(shoulder, a_upper, UPPER_ARM)
    wrist = step(elbow, a_fore, FOREARM)
    return elbow, wrist, step(wrist, a_hand, HAND)


@pose("quadratus-lumborum-side-bend")
def ql_side_bend():
    # Seen from behind: the stretched side is the figure's left, on the left of the
    # picture.  Left arm overhead, right hand on the hip, bending away from the raised
    # arm; the hips drift a little towards the stretched side.
    cx = 240.0
    ay = FLOOR - 11.0
    ankle_l, ankle_r = (cx - 23, ay), (cx + 23, ay)
    pelvis, theta = stance(cx - 10, ankle_r, ankle_l)
    fig = FrontFigure(pelvis, tilt=theta, bend=33, head_tilt=4, bend_from=14, bend_to=70)
    legs = {}
    for side, a in ((+1, ankle_r), (-1, ankle_l)):
        knee = straight_leg(fig, side, a, (side, -0.3))
        legs[side] = fig.leg_d(side, knee, a, 0)
    top = fig.angle(90)
    e, w, t = arm_at_angles(fig.shoulders[-1], top + 4, top + 50, top + 66)
    arm_up = fig.arm_d(-1, e, w, t)
    hip_r = fig.at((23.0, 15.0))
    wr = add(hip_r, (5.0, -2.0))
    er = ik2(fig.shoulders[+1], wr, UPPER_ARM, FOREARM, (1, 0.15))
    arm_hip = fig.arm_d(+1, er, wr, add(wr, (-13.0, 17.0)))
    ql = fig.region(
        [(-5.5, 15), (-13.5, 15), (-18.5, 21), (-18.5, 33), (-14.5, 41.5), (-7.5, 43), (-5, 31)]
    )
    hand = t
    return [
        floor_line(),
        union(fig.trunk_d() + fig.neck_head_d() + legs[1] + legs[-1], SKIN),
        cleft(fig),
        target(ql),
        union(arm_hip, SKIN),
        union(arm_up, SKIN),
        arrow(
            [
                (hand[0] + 6, hand[1] - 14),
                (hand[0] + 34, hand[1] - 14),
                (hand[0] + 44, hand[1] + 12),
            ]
        ),
    ]


def cleft(fig):
    """A short line up from the crotch: the one sign that we see the figure from behind."""
    pth = Path2()
    pth.move(fig.at((0.0, -12.0)))
    pth.line(fig.at((0.0, 3.0)))
    return (
        f'<path d="{pth.d()}" fill="none" stroke="{INK}" stroke-width="2" stroke-linecap="round"/>'
    )


def limb_edge(a, b, profile, t, side, inset):
    """A point on the outline of the capsule a->b at fraction t, `inset` inside it.
    side +1: the edge on the left of the direction a->b turned a quarter clockwise
    (the anterior side of a side-view limb; the right-hand edge of a leg seen going
    down the picture)."""
    u = unit(sub(b, a))
    na = (u[1], -u[0])
    for (ta, aa, pa), (tb, ab, pb) in zip(profile, profile[1:], strict=False):
        if ta <= t <= tb:
            f = (t - ta) / (tb - ta)
            w = (aa + (ab - aa) * f) if side > 0 else (pa + (pb - pa) * f)
            return add(lerp(a, b, t), mul(na, side * (w - inset)))
    raise ValueError(t)


@pose("tfl-standing-cross-over")
def tfl_cross_over():
    # Seen from the front: the figure's left side (right of the picture) is towards the
    # wall.  The left leg crosses behind the right one; the hips lean towards the wall.
    cx = 232.0
    ay = FLOOR - 11.0
    ankle_front, ankle_back = (cx - 6, ay), (cx - 24, ay)
    pelvis, theta = stance(cx + 13, ankle_back, ankle_front)
    fig = FrontFigure(pelvis, tilt=theta, bend=-24, head_tilt=8, bend_from=10, bend_to=72)
    back_knee = straight_leg(fig, +1, ankle_back, (1, -0.2))
    front_knee = straight_leg(fig, -1, ankle_front, (-1, -0.2))
    back_leg = fig.leg_d(+1, back_knee, ankle_back, 0)
    front_leg = fig.leg_d(-1, front_knee, ankle_front, 0)
    top = fig.angle(90)
    sh = fig.shoulders[+1]
    wall_x = sh[0] + 62
    wrist = (wall_x - 5.5, sh[1] + 4)
    elbow = ik2(sh, wrist, UPPER_ARM, FOREARM, (0.2, 1))
    arm_wall = fig.arm_d(+1, elbow, wrist, (wall_x - 5.5, wrist[1] - HAND))
    e, w, t = arm_at_angles(fig.shoulders[-1], 180 + top + 6, 180 + top + 2, 180 + top)
    arm_side = fig.arm_d(-1, e, w, t)
    hb = fig.hips[+1]
    tfl = closed_spline(
        oriented(
            [
                fig.at((18.5, 16.5)),
                fig.at((24.0, 11.0)),
                limb_edge(hb, back_knee, F_THIGH, 0.04, +1, 2.0),
                limb_edge(hb, back_knee, F_THIGH, 0.34, +1, 2.0),
                limb_edge(hb, back_knee, F_THIGH, 0.30, +1, 8.5),
                fig.at((17.0, 2.0)),
            ]
        )
    )
    hip_out = fig.at((27.0, 4.0))
    return [
        floor_line(),
        wall_line(wall_x),
        union(back_leg, SKIN_FAR),
        union(fig.trunk_d() + fig.neck_head_d() + front_leg, SKIN),
        target(tfl),
        union(arm_side, SKIN),
        union(arm_wall, SKIN),
        arrow(
            [
                (hip_out[0] + 5, hip_out[1] + 2),
                (hip_out[0] + 14, hip_out[1] + 1),
                (hip_out[0] + 27, hip_out[1] + 2),
            ],
        ),
    ]


@pose("adductor-side-lunge")
def adductor_side_lunge():
    # Seen from the front: legs wide apart, the figure's right knee (left of the
    # picture) bent with both hands on it, the left leg straight; the stretch is felt
    # on the inside of the straight thigh.  Leaning over the bent knee (a forward stoop
    # and a side bend) lets both hands reach it.
    cx = 240.0
    ay = FLOOR - 11.0
    ankle_bent, ankle_straight = (cx - 72, ay), (cx + 92, ay)
    px = cx - 14
    hip_s = (px + F_HIP_X, 0.0)
    # the straight leg sets the height of the pelvis (kept level)
    dy = math.sqrt((THIGH + SHIN - 0.6) ** 2 - (ankle_straight[0] - hip_s[0]) ** 2)
    fig = FrontFigure(
        (px, ay - dy), tilt=-6, bend=-10, head_tilt=4, bend_from=10, bend_to=72, stoop=42
    )
    knee_s = straight_leg(fig, +1, ankle_straight, (0.3, -1))
    knee_b = ik2(fig.hips[-1], ankle_bent, THIGH, SHIN, (-1, -0.35))
    leg_s = fig.leg_d(+1, knee_s, ankle_straight, -4)
    leg_b = fig.leg_d(-1, knee_b, ankle_bent, 4)
    # both hands rest on the bent knee, the far one reaching across
    sr = fig.shoulders[-1]
    wr = add(knee_b, (-3.0, -17.0))
    er = ik2(sr, wr, UPPER_ARM, FOREARM, (-1, -0.2))
    arm_r = fig.arm_d(-1, er, wr, add(wr, (0.0, 21.0)))
    sl = fig.shoulders[+1]
    reach = add(knee_b, (10.0, -12.0))
    wl = along(sl, sub(reach, sl), 87.0)
    el = ik2(sl, wl, UPPER_ARM, FOREARM, (0.4, 1))
    arm_l = fig.arm_d(+1, el, wl, along(wl, sub(reach, wl), HAND))
    hs = fig.hips[+1]
    inner = band(hs, knee_s, F_THIGH, 0.14, 0.95, -1, inner=0.0, steps=6)
    crotch = fig.at((0.0, -14.0))
    return [
        floor_line(),
        union(fig.trunk_d() + fig.neck_head_d() + leg_s + leg_b, SKIN),
        target(inner),
        union(arm_l, SKIN),
        union(arm_r, SKIN),
        arrow(
            [
                (crotch[0] + 6, crotch[1] + 20),
                (crotch[0] - 10, crotch[1] + 28),
                (crotch[0] - 28, crotch[1] + 28),
            ]
        ),
    ]


LOW_BACK = [(-5.5, 19), (-12, 18.5), (-13, 31), (-12.2, 44), (-7, 45.5), (-4.5, 32)]


def screen_dir(a, n=1.0):
    """A screen vector of length n at angle a (deg, counter-clockwise from the right)."""
    return (n * math.cos(deg(a)), -n * math.sin(deg(a)))


@pose("knee-to-chest")
def knee_to_chest():
    # Lying on the back, head to the left; the near knee hugged towards the chest with
    # both hands around the shin below the knee; the far leg straight on the floor.
    hx, hy = 262.0, FLOOR - 23
    fig = Figure((hx, hy), -93, head_tilt=-4, head_shift=(-3.0, 0.0))
    H = (hx, hy)
    far_ankle = (hx + 131.0, FLOOR - 10.5)
    far_knee = lerp(H, far_ankle, 0.5)
    far_leg = fig.leg_d(-1, far_knee, far_ankle, -92)
    knee = add(H, screen_dir(122, THIGH))
    ankle = add(knee, screen_dir(-8, SHIN))
    near_leg = fig.leg_d(1, knee, ankle, -66)
    arms = {}
    for side, t, dy in ((-1, 0.3, 3.0), (1, 0.2, 1.0)):
        sh = fig.p(fig.shoulder[side])
        wrist = add(lerp(knee, ankle, t), (0.0, dy))
        elbow = ik2(sh, wrist, UPPER_ARM, FOREARM, (0.0, -1.0))
        arms[side] = fig.arm_d(side, elbow, wrist, add(wrist, (4.0, 16.0)))
    tgt = buttock(fig) + closed_spline(oriented([fig.torso(q) for q in LOW_BACK]))
    return [
        floor_line(),
        union(arms[-1], SKIN_FAR),
        union(far_leg, SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d() + near_leg, SKIN),
        target(tgt),
        union(arms[1], SKIN),
        arrow(
            [
                (knee[0] + 30, knee[1] - 6),
                (knee[0] + 8, knee[1] - 34),
                (knee[0] - 26, knee[1] - 22),
            ]
        ),
    ]


def mat(x0, x1, y=FLOOR, h=6.0):
    """A folded towel or mat lying on the floor."""
    return (
        f'<rect x="{num(x0)}" y="{num(y - h)}" width="{num(x1 - x0)}" height="{num(h + 1)}" '
        f'rx="3" fill="{PROP_FILL}" stroke="{PROP}" stroke-width="2"/>'
    )


FRONT_HIP = [(5, 26), (11.5, 24.5), (12.5, 10), (10.5, -3), (6.5, -9), (3, -2), (3.5, 12)]


@pose("kneeling-hip-flexor")
def kneeling_hip_flexor():
    # Half kneeling, facing right: the near knee down on a folded towel (the stretched
    # side), the far foot flat in front; trunk upright, tailbone tucked, hips eased forward.
    mat_h = 6.0
    kx = 196.0
    knee = (kx, FLOOR - mat_h - 8.4)
    t = deg(17)  # the thigh leans forward from the knee: the hip is extended
    hip = (knee[0] + THIGH * math.sin(t), knee[1] - THIGH * math.cos(t))
    fig = Figure(hip, -2, cx=-0.25, head_tilt=2)
    # the near knee and ankle in world space, so that they project where planned
    near_knee = (knee[0] - fig.cx * HIP_Z, knee[1], HIP_Z)
    near_ankle = (kx - SHIN + 1.0 - fig.cx * HIP_Z, FLOOR - 6.5, HIP_Z)
    near_leg = fig.leg_d(1, near_knee, near_ankle, 174)
    far_ankle = (hip[0] + 60.0, FLOOR - 12.0, -HIP_Z)
    far_knee = ik(fig.hips[-1], far_ankle, THIGH, SHIN, (1, -0.6, 0))
    far_leg = fig.leg_d(-1, far_knee, far_ankle, 0)
    arms = {}
    for side in (-1, 1):
        sh = fig.shoulder[side]
        wrist = fig.torso((-3.0, 27.0))
        wrist = (wrist[0], wrist[1], sh[2] * 1.1)
        elbow = ik(sh, wrist, UPPER_ARM, FOREARM, (-1, 0.1, side * 0.3))
        tip = add(wrist, (5.0, 22.0, 0.0))
        arms[side] = fig.arm_d(side, elbow, wrist, tip)
    tgt = closed_spline(oriented([fig.torso(q) for q in FRONT_HIP]))
    h = fig.p(fig.hip)
    return [
        floor_line(),
        mat(kx - 20, kx + 16, h=mat_h),
        union(arms[-1], SKIN_FAR),
        union(far_leg, SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d() + near_leg, SKIN),
        target(tgt),
        union(arms[1], SKIN),
        arrow([(h[0] + 24, h[1] - 30), (h[0] + 36, h[1] - 31), (h[0] + 50, h[1] - 30)]),
    ]


def lens(a, b, t0, t1, offset, half):
    """A spindle along the segment a->b between t0 and t1, shifted `offset` towards
    the anterior side, `half` wide at its middle: a muscle belly seen face on."""
    u = unit(sub(b, a))
    na = (u[1], -u[0])
    pts = []
    n = 6
    for i in range(n + 1):
        t = t0 + (t1 - t0) * i / n
        w = half * math.sin(math.pi * i / n) ** 0.7
        pts.append(add(lerp(a, b, t), mul(na, offset + w)))
    for i in range(n - 1, 0, -1):
        t = t0 + (t1 - t0) * i / n
        w = half * math.sin(math.pi * i / n) ** 0.7
        pts.append(add(lerp(a, b, t), mul(na, offset - w)))
    return closed_spline(oriented(pts))


@pose("standing-quadriceps")
def standing_quadriceps():
    # Standing tall on the far leg, facing right, the far hand on a chair back for
    # balance; the near knee bent, its heel drawn towards the buttock by the near hand,
    # the knees side by side.
    hx = 208.0
    ay = FLOOR - 12.0
    fig = Figure((hx, ay - 131.0), 0, cx=-0.25, head_tilt=3)
    far_ankle = (hx + 2.0, ay, -HIP_Z)
    far_knee = ik(fig.hips[-1], far_ankle, THIGH, SHIN, (1, 0, 0))
    far_leg = fig.leg_d(-1, far_knee, far_ankle, 0)
    hn = fig.hips[1]
    knee = along(hn, (0.04, 1, 0), THIGH)
    a = deg(37)  # the shin folds back up behind the thigh
    ankle = add(knee, (-SHIN * math.sin(a), -SHIN * math.cos(a), 0.0))
    thigh_n, shin_n, foot_n = fig.leg_d(1, knee, ankle, 128)
    # far hand on the chair back in front
    cx0, seat = hx + 62.0, FLOOR - 74
    sh = fig.shoulder[-1]
    wf = (cx0 + 2.0, seat - 84 - 5.0, sh[2])
    ef = ik(sh, wf, UPPER_ARM, FOREARM, (0, 1, 0))
    arm_f = fig.arm_d(-1, ef, wf, add(wf, (HAND * 0.85, HAND * 0.5, 0)))
    # near hand holds the ankle
    sn = fig.shoulder[1]
    wn = add(ankle, (3.0, -9.0, 2.0))
    en = ik(sn, wn, UPPER_ARM, FOREARM, (-0.3, 1, 0))
    arm_n = fig.arm_d(1, en, wn, add(wn, (HAND * 0.2, HAND * 0.98, 0)))
    h, k = fig.p(hn), fig.p(knee)
    tgt = lens(h, k, 0.12, 0.74, 4.0, 6.2)
    an = fig.p(ankle)
    return chair(cx0, seat) + [
        floor_line(),
        union(arm_f, SKIN_FAR),
        union(far_leg, SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d() + [thigh_n], SKIN),
        target(tgt),
        union([shin_n, foot_n], SKIN),
        union(arm_n, SKIN),
        arrow([(an[0] - 22, an[1] + 40), (an[0] - 34, an[1] + 14), (an[0] - 20, an[1] - 8)]),
    ]


# A foot standing on its toes with the toes bent back flat on the floor: the rear of the
# foot in a frame at the ball of the foot (x from the ball towards the heel, u towards
# the instep), the toes as a short capsule lying forward on the floor.
TUCKED_REARFOOT = [
    (0, -1.5),
    (9, -1.2),
    (19, -0.6),
    (27, -0.2),
    (31.5, 2.5),
    (32, 7.5),
    (27.5, 10.5),
    (21, 13),
    (15, 13.8),
    (7, 9.5),
    (1.5, 6.5),
    (-1.8, 3),
]
P_TOES = [(0, 3.6, 3.6), (0.5, 3.3, 3.3), (1, 2.6, 2.6)]
SOLE = [(2.5, 0.2), (11, 0.1), (20, 0.5), (27.5, 1.1), (30, 4.5), (25, 6.6), (13, 6.4), (3, 5.6)]


def tucked_foot(ball, angle):
    """Rear foot rising from the ball of the foot at `angle` (deg above the floor, heel
    behind, facing right); returns (frame, path data of the foot and toes)."""
    a = deg(angle)
    xdir = (-math.cos(a), -math.sin(a))
    udir = (math.sin(a), -math.cos(a))

    def f(p):
        return add(ball, add(mul(xdir, p[0]), mul(udir, p[1])))

    rear = closed_spline(oriented([f(q) for q in TUCKED_REARFOOT]))
    toes = limb(add(ball, (1.0, 0.6)), add(ball, (13.0, 1.0)), P_TOES)
    return f, [rear, toes]


@pose("toe-extension-sole")
def toe_extension_sole():
    # Kneeling with the toes tucked under, sitting back on the heels, trunk upright,
    # hands on the thighs: the soles are stretched.
    bx = 170.0
    ball = (bx, FLOOR - 3.6)
    f, near_foot = tucked_foot(ball, 68)
    ankle = f((22.0, 10.5))
    knee_y = FLOOR - 8.4
    knee = (ankle[0] + math.sqrt(SHIN**2 - (knee_y - ankle[1]) ** 2), knee_y)
    hip_y = FLOOR - 49.0
    hip = (knee[0] - math.sqrt(THIGH**2 - (knee_y - hip_y) ** 2), hip_y)
    fig = Figure(hip, 4, cx=-0.25, head_tilt=6)
    shift = (fig.cx * -HIP_Z, 0.0)  # the far leg sits a little to the right on screen
    far = [add(q, shift) for q in (ball, ankle, knee)]
    ff, far_foot = tucked_foot(far[0], 68)
    far_leg = [limb(fig.p(fig.hips[-1]), far[2], P_THIGH), limb(far[2], far[1], P_SHIN)]
    near_thigh = limb(fig.p(fig.hips[1]), knee, P_THIGH)
    near_shin = limb(knee, ankle, P_SHIN)
    arms = {}
    for side, t in ((-1, 0.42), (1, 0.36)):
        sh = fig.shoulder[side]
        k = far[2] if side < 0 else knee
        h = fig.p(fig.hips[side])
        w2 = lerp(h, k, t)
        wrist = (w2[0], w2[1] - 10.5, sh[2] * 0.8)
        elbow = ik(sh, wrist, UPPER_ARM, FOREARM, (-0.2, 1, 0))
        arms[side] = fig.arm_d(side, elbow, wrist, add(wrist, (HAND * 0.97, HAND * 0.22, 0)))
    sole = closed_spline(oriented([f(q) for q in SOLE]))
    hp = fig.p(fig.hip)
    return [
        floor_line(),
        union(arms[-1], SKIN_FAR),
        union(far_leg + far_foot, SKIN_FAR),
        union(fig.torso_d() + fig.neck_head_d() + [near_thigh], SKIN),
        union([near_shin] + near_foot, SKIN),
        target(sole),
        union(arms[1], SKIN),
        arrow([(hp[0] - 42, hp[1] - 40), (hp[0] - 43, hp[1] - 22), (hp[0] - 42, hp[1] - 4)]),
    ]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fn in POSES.items():
        body = fn()
        text = svg(name, body)
        (OUT / f"{name}.svg").write_text(text, encoding="utf-8")
        print(f"{name}.svg  {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
