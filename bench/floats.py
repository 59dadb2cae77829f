# Float math: arithmetic on float locals, math-module calls, a Mandelbrot
# grid and a numeric integration.
import math


def mandel(w, h, iters):
    inside = 0
    for py in range(h):
        ci = py * 2.0 / h - 1.0
        for px in range(w):
            cr = px * 3.0 / w - 2.0
            zr = zi = 0.0
            n = 0
            while n < iters and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == iters:
                inside += 1
    return inside


def integrate(n):
    dx = math.pi / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * dx
        s += math.sin(x) * math.exp(-x / 4.0) + math.sqrt(x) / (1.0 + x * x)
    return s * dx


def main():
    m = mandel(300, 200, 80)
    s = integrate(1500000)
    print(f"floats {m} {s:.9f}")


main()
