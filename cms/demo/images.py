"""Demo images drawn with Pillow, so the demo needs no downloads and no binary files.

Each image is a simple deterministic graphic: a gradient with a few shapes and a label,
a portrait with initials, or a box-and-arrow diagram. Images are found by title, so a
second run reuses them.
"""

import hashlib
from dataclasses import dataclass, field
from io import BytesIO

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

HERO_SIZE = (1600, 900)
PORTRAIT_SIZE = (256, 256)
BLOCK_SIZE = (1200, 675)
WHITE = (255, 255, 255)
INK = (31, 41, 55)


@dataclass(frozen=True)
class ImageSpec:
    title: str
    style: str  # "hero", "portrait" or "diagram"
    label: str
    colors: tuple[str, str]
    # For diagrams: columns of box labels, each box joined to every box in the next column.
    columns: tuple[tuple[str, ...], ...] = field(default_factory=tuple)

    @property
    def size(self):
        return {"hero": HERO_SIZE, "portrait": PORTRAIT_SIZE, "diagram": BLOCK_SIZE}[self.style]


IMAGES = {
    # Blog heroes
    "hero-cloud-call-centers": ImageSpec(
        "Cloud call centre for a financial firm", "hero", "Cloud call centers", ("#0f766e", "#1e3a8a")
    ),
    "hero-fintech-ux": ImageSpec("Fintech app screens on a gradient", "hero", "Fintech UX/UI", ("#7c3aed", "#db2777")),
    "hero-trading-systems": ImageSpec(
        "Trading system charts on a gradient", "hero", "Trading systems", ("#1f2937", "#2563eb")
    ),
    "hero-api-design": ImageSpec("API design sketch on a gradient", "hero", "Designing APIs", ("#b45309", "#be123c")),
    # Author photos
    "author-maya": ImageSpec("Portrait of Maya Lindqvist", "portrait", "ML", ("#0ea5e9", "#1d4ed8")),
    "author-tomas": ImageSpec("Portrait of Tomás Okafor", "portrait", "TO", ("#f97316", "#9333ea")),
    "author-priya": ImageSpec("Portrait of Priya Raman", "portrait", "PR", ("#10b981", "#0f766e")),
    # Images inside page bodies
    "diagram-load-balancer": ImageSpec(
        "Diagram: a load balancer in front of three servers",
        "diagram",
        "Load balancing",
        ("#eff6ff", "#dbeafe"),
        (("Clients",), ("Load balancer",), ("Server 1", "Server 2", "Server 3")),
    ),
    "diagram-microservices": ImageSpec(
        "Diagram: an API gateway in front of three microservices",
        "diagram",
        "Microservices",
        ("#f0fdf4", "#dcfce7"),
        (("Web app", "Mobile app"), ("API gateway",), ("Orders", "Payments", "Catalogue")),
    ),
    "diagram-onboarding": ImageSpec(
        "Diagram: the three steps of a fintech onboarding flow",
        "diagram",
        "Onboarding in three steps",
        ("#fdf4ff", "#fae8ff"),
        (("Sign up",), ("Verify identity",), ("Fund account",)),
    ),
}


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def mix(start, end, ratio):
    return tuple(round(a + (b - a) * ratio) for a, b in zip(start, end, strict=True))


def seeded_numbers(text, count):
    """Stable pseudo-random numbers in [0, 1) derived from the text, for shape placement."""
    digest = hashlib.sha256(text.encode()).digest()
    while len(digest) < count * 2:
        digest += hashlib.sha256(digest).digest()
    return [int.from_bytes(digest[i * 2 : i * 2 + 2], "big") / 65536 for i in range(count)]


def font(size):
    return ImageFont.load_default(size=size)


def gradient(size, colors):
    width, height = size
    start, end = (hex_to_rgb(color) for color in colors)
    canvas = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(canvas)
    for y in range(height):
        draw.line([(0, y), (width, y)], fill=mix(start, end, y / max(height - 1, 1)))
    return canvas


def draw_hero(spec):
    canvas = gradient(spec.size, spec.colors).convert("RGBA")
    width, height = spec.size
    overlay = PILImage.new("RGBA", spec.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    numbers = seeded_numbers(spec.title, 18)
    for i in range(6):
        x, y, r = numbers[i * 3 : i * 3 + 3]
        radius = int(80 + r * 260)
        centre = (int(x * width), int(y * height))
        box = [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius]
        draw.ellipse(box, fill=(255, 255, 255, 28 + i * 6))
    canvas = PILImage.alpha_composite(canvas, overlay).convert("RGB")
    draw = ImageDraw.Draw(canvas)
    draw.rectangle([80, height - 220, 96, height - 100], fill=WHITE)
    draw.text((130, height - 160), spec.label, font=font(88), fill=WHITE, anchor="lm")
    return canvas


def draw_portrait(spec):
    canvas = gradient(spec.size, spec.colors)
    width, height = spec.size
    draw = ImageDraw.Draw(canvas)
    margin = 28
    draw.ellipse([margin, margin, width - margin, height - margin], outline=WHITE, width=6)
    draw.text((width // 2, height // 2), spec.label, font=font(92), fill=WHITE, anchor="mm")
    return canvas


def draw_diagram(spec):
    canvas = gradient(spec.size, spec.colors)
    width, height = spec.size
    draw = ImageDraw.Draw(canvas)
    draw.text((width // 2, 60), spec.label, font=font(44), fill=INK, anchor="mm")
    box_width, box_height = 240, 90
    columns = len(spec.columns)
    column_gap = (width - columns * box_width) / (columns + 1)
    boxes = []
    for index, labels in enumerate(spec.columns):
        left = column_gap + index * (box_width + column_gap)
        row_gap = (height - 120 - len(labels) * box_height) / (len(labels) + 1)
        boxes.append([(left, 120 + row_gap + row * (box_height + row_gap), label) for row, label in enumerate(labels)])
    for column, next_column in zip(boxes, boxes[1:], strict=False):
        for left, top, _label in column:
            for next_left, next_top, _next_label in next_column:
                start = (left + box_width, top + box_height / 2)
                end = (next_left, next_top + box_height / 2)
                draw.line([start, end], fill=INK, width=4)
                draw.ellipse([end[0] - 7, end[1] - 7, end[0] + 7, end[1] + 7], fill=INK)
    for column in boxes:
        for left, top, label in column:
            draw.rounded_rectangle(
                [left, top, left + box_width, top + box_height], radius=16, fill=WHITE, outline=INK, width=4
            )
            draw.text((left + box_width / 2, top + box_height / 2), label, font=font(30), fill=INK, anchor="mm")
    return canvas


DRAWERS = {"hero": draw_hero, "portrait": draw_portrait, "diagram": draw_diagram}


def render_png(spec):
    buffer = BytesIO()
    DRAWERS[spec.style](spec).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


class DemoImages:
    """Finds or creates the demo images by title, counting the ones it creates."""

    def __init__(self, specs=None):
        self.specs = IMAGES if specs is None else specs
        self.created = 0
        self._cache = {}

    def get(self, key):
        if key not in self._cache:
            self._cache[key] = self._find_or_create(self.specs[key])
        return self._cache[key]

    def id(self, key):
        return self.get(key).pk

    def _find_or_create(self, spec):
        image_model = get_image_model()
        existing = image_model.objects.filter(title=spec.title).order_by("pk").first()
        if existing is not None:
            return existing
        png = render_png(spec)
        image = image_model(
            title=spec.title,
            file=ImageFile(BytesIO(png), name=f"{slugify(spec.title)[:80]}.png"),
            file_size=len(png),
            file_hash=hash_filelike(BytesIO(png)),
        )
        image.save()
        self.created += 1
        return image
