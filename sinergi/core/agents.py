"""Who is asking: a person's browser, or a machine (a crawler, a platform drawing a link preview). Machines are
served like anyone, but never counted as readers or downloads."""

from __future__ import annotations

import re

AUTOMATED = re.compile(r"bot|crawl|spider|facebookexternalhit|whatsapp|telegram|slack|discord|preview|curl|wget|"
                       r"python-requests|ckanapi|go-http-client", re.I)  # fmt: skip


def is_automated(request) -> bool:
    return bool(AUTOMATED.search(request.headers.get("User-Agent", "")[:300]))
