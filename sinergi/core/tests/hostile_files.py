"""Hostile files, built in the test: each is small, and each once cost the server a worker or a 500.

Shared by the upload tests and the input-fuzz test; nothing here is a test itself.
"""

from __future__ import annotations

import io
import struct
import zlib

TEXT_OPERATOR = b"BT /F1 12 Tf (x) Tj ET\n"


def pdf(content: bytes, *, compress: bool = True, pages: int = 1) -> bytes:
    """A PDF whose every page draws `content` (a content stream), Flate-compressed unless told not to."""
    stream = zlib.compress(content, 9) if compress else content
    flate = b" /Filter /FlateDecode" if compress else b""
    kids = b" ".join(b"%d 0 R" % (5 + number) for number in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Length %d%s >>\nstream\n" % (len(stream), flate) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    objects += [page] * pages
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def text_operator_bomb(repeats: int = 250_000) -> bytes:
    """About 15 KB: one page repeating a text operator; pypdf spends 12 s and 300 MB reading its text."""
    return pdf(TEXT_OPERATOR * repeats)


def token_limit_bomb() -> bytes:
    """About 26 KB: the same, long enough that pypdf, after 7-9 s, gives up with LimitReachedError."""
    return text_operator_bomb(450_000)


def long_report(pages: int = 150) -> bytes:
    """A harmless PDF of many pages, each one word among many drawing operators: reading it all takes
    longer than a small budget, though each page is quick."""
    return pdf(b"BT /F1 10 Tf 72 720 Td (laporan) Tj ET\n" + b"q Q " * 5000, pages=pages)


def quick_limit_pdf() -> bytes:
    """Under 1 KB: an array of 100,001 numbers, over pypdf's element limit: LimitReachedError within a second."""
    return pdf(b"[" + b"0 " * 100_001 + b"] pop\n")


def encrypted_pdf(user_password: str = "rahasia", owner_password: str = "pemilik") -> bytes:
    """A one-page PDF encrypted with AES-256; an empty `user_password` opens it without asking."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(b"BT /F1 12 Tf 72 720 Td (Rahasia) Tj ET"))))
    writer.encrypt(user_password, owner_password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png(*chunks: bytes, width: int = 1, height: int = 1) -> bytes:
    """A valid small grey PNG with `chunks` (made by `_chunk`) placed before its pixels."""
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    pixels = _chunk(b"IDAT", zlib.compress((b"\x00" + b"\x80" * width) * height))  # filter byte, then grey pixels
    return b"\x89PNG\r\n\x1a\n" + header + b"".join(chunks) + pixels + _chunk(b"IEND", b"")


def png_ztxt_bomb(inflated: int = 8 * 1024 * 1024) -> bytes:
    """A few KB: a zTXt chunk that inflates to `inflated` bytes, past Pillow's limit for one chunk."""
    return png(_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"a" * inflated, 9)))


def png_iccp_bomb(inflated: int = 8 * 1024 * 1024) -> bytes:
    """A few KB: an iCCP colour profile that inflates to `inflated` bytes, past Pillow's limit for one chunk."""
    return png(_chunk(b"iCCP", b"icc\x00\x00" + zlib.compress(b"\x00" * inflated, 9)))


def pixel_bomb_png(side: int = 30_000) -> bytes:
    """A small PNG whose header claims side × side pixels (900 megapixels by default)."""
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + _chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + _chunk(b"IEND", b"")


TOO_COMPLEX = "Berkas ini terlalu rumit untuk diperiksa"
# Each hostile file with the start of the message it must be refused with (Indonesian).
REFUSED_WITH = [
    ("operator-bomb.pdf", text_operator_bomb, TOO_COMPLEX),
    ("token-limit.pdf", token_limit_bomb, TOO_COMPLEX),
    ("array-limit.pdf", quick_limit_pdf, "Berkas ini tidak dapat dibaca"),
    ("aes.pdf", encrypted_pdf, "PDF ini dilindungi kata sandi"),
    ("ztxt.png", png_ztxt_bomb, "Gambar ini tidak dapat dibaca"),
    ("iccp.png", png_iccp_bomb, "Gambar ini tidak dapat dibaca"),
    ("pixels.png", pixel_bomb_png, "Gambar ini terlalu besar"),
]
