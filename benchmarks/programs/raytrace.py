"""Raytrace: a small recursive ray tracer (spheres, a checkered plane, point
lights, Phong shading, hard shadows and mirror reflections) rendering a square
image and reducing it to a checksum.

Measures operator overloading on a Vector class (__add__, __sub__, __mul__,
__neg__), many short-lived objects, virtual dispatch across shape classes,
recursion and float math. SIZE is the image width and height in pixels.
"""
# tern-bench: small=24,1 default=130,3

import sys
import time
import math

EPSILON = 1e-6
MAX_DEPTH = 4


class Vector(object):

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        return Vector(self.x / n, self.y / n, self.z / n)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


class Color(object):

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def modulate(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)

    def to_bytes(self):
        return (to_byte(self.r), to_byte(self.g), to_byte(self.b))


BLACK = Color(0.0, 0.0, 0.0)


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0 + 0.5)


class Ray(object):

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material(object):

    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):

    def __init__(self, color, other, size, diffuse, specular, shininess, reflect):
        Material.__init__(self, color, diffuse, specular, shininess, reflect)
        self.other = other
        self.size = size

    def color_at(self, point):
        ix = int(math.floor(point.x / self.size))
        iz = int(math.floor(point.z / self.size))
        if (ix + iz) % 2 == 0:
            return self.color
        return self.other


class Shape(object):

    def __init__(self, material):
        self.material = material


class Sphere(Shape):

    def __init__(self, center, radius, material):
        Shape.__init__(self, material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):

    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Light(object):

    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene(object):

    def __init__(self):
        self.shapes = []
        self.lights = []
        self.ambient = 0.08
        self.background = Color(0.05, 0.07, 0.12)

    def nearest(self, ray):
        best_t = None
        best_shape = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_shape = shape
        return best_shape, best_t

    def in_shadow(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            return self.background
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        return self.shade(ray, shape, point, normal, depth)

    def shade(self, ray, shape, point, normal, depth):
        mat = shape.material
        base = mat.color_at(point)
        result = base.scale(self.ambient)
        lifted = point + normal * 1e-4
        for light in self.lights:
            offset = light.position - lifted
            distance = offset.length()
            to_light = offset * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0:
                continue
            if self.in_shadow(lifted, to_light, distance):
                continue
            result = result + base.modulate(light.color).scale(lambert * mat.diffuse)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                result = result + light.color.scale(mat.specular * spec ** mat.shininess)
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            bounce = Ray(lifted, ray.direction.reflect(normal).normalized())
            result = result + self.trace(bounce, depth + 1).scale(mat.reflect)
        return result


class Camera(object):

    def __init__(self, eye, target, up, fov_degrees):
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.half = math.tan(math.radians(fov_degrees) / 2.0)

    def ray_for(self, px, py, width, height):
        u = (2.0 * (px + 0.5) / width - 1.0) * self.half
        v = (1.0 - 2.0 * (py + 0.5) / height) * self.half
        direction = self.forward + self.right * u + self.up * v
        return Ray(self.eye, direction.normalized())


def build_scene():
    scene = Scene()
    floor = Checker(Color(0.9, 0.9, 0.9), Color(0.15, 0.15, 0.2), 1.0, 0.8, 0.2, 10.0, 0.25)
    scene.shapes.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor))
    scene.shapes.append(Sphere(Vector(0.0, 1.0, 0.0), 1.0,
                               Material(Color(0.9, 0.2, 0.2), 0.7, 0.6, 40.0, 0.35)))
    scene.shapes.append(Sphere(Vector(-2.1, 0.7, 1.0), 0.7,
                               Material(Color(0.2, 0.8, 0.3), 0.8, 0.3, 20.0, 0.1)))
    scene.shapes.append(Sphere(Vector(1.9, 0.6, 1.4), 0.6,
                               Material(Color(0.25, 0.35, 0.95), 0.6, 0.8, 60.0, 0.5)))
    scene.shapes.append(Sphere(Vector(0.6, 0.3, 2.2), 0.3,
                               Material(Color(0.95, 0.85, 0.2), 0.9, 0.4, 30.0, 0.0)))
    scene.lights.append(Light(Vector(-4.0, 6.0, 5.0), Color(0.8, 0.8, 0.75)))
    scene.lights.append(Light(Vector(5.0, 4.0, 2.0), Color(0.3, 0.3, 0.4)))
    camera = Camera(Vector(0.5, 2.2, 6.5), Vector(0.0, 0.8, 0.0), Vector(0.0, 1.0, 0.0), 55.0)
    return scene, camera


def render(size):
    scene, camera = build_scene()
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            ray = camera.ray_for(px, py, size, size)
            row.append(scene.trace(ray, 0).to_bytes())
        rows.append(row)
    return rows


def summarize(rows):
    checksum = 0
    total = [0, 0, 0]
    for row in rows:
        for (r, g, b) in row:
            checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 2147483647
            total[0] += r
            total[1] += g
            total[2] += b
    return checksum, total


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 130
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rows = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        rows = render(size)
        t1 = time.perf_counter()
        sys.stderr.write("#iter %.6f\n" % (t1 - t0))
    checksum, total = summarize(rows)
    print("checksum = %d" % checksum)
    print("sum rgb = %d %d %d" % (total[0], total[1], total[2]))
    mid = size // 2
    print("center pixel = %r" % (rows[mid][mid],))


main()
