"""Demo announcements and discussions of the Kepulauan Meranti forum, in the project's own words.

Keyed by title, so loading the demo again creates nothing new.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from sinergi.forum import announcements, threads
from sinergi.forum.models import Announcement, Member, Reply, Thread

# (days ago, author, title, body, audience: forum/agency role codes; empty = everyone)
ANNOUNCEMENTS = [
    (20, "moderator@demo.test", "Sinergi dipakai untuk semua rilis mulai bulan ini",
     "Mulai bulan ini rilis setiap instansi dikirim lewat Sinergi agar bisa diselaraskan sebelum terbit. "
     "Admin media sosial menulis draf, pejabat humas menyetujui, sekretariat forum memeriksa keselarasan.",
     []),
    (6, "prokopim@demo.test", "Coffee morning bulan depan membahas kalender narasi tunggal",
     "Mohon setiap pejabat humas membawa rencana publikasi instansinya untuk satu bulan ke depan.",
     ["agency:pejabat_humas"]),
]  # fmt: skip

# (days ago, author, title, body, [(hours later, author, reply)])
THREADS = [
    (9, "admin.dinkes@demo.test", "Angka cakupan imunisasi: pakai data siapa?",
     "Rilis kami dan unggahan kecamatan kemarin memuat angka cakupan yang berbeda. Sebaiknya semua instansi "
     "merujuk ke satu sumber. @walidata bisakah Diskominfotik menetapkan rujukannya?",
     [(3, "walidata@demo.test", "Rujukannya dataset Dinkes yang diverifikasi walidata. Tautannya akan kami "
                                "bagikan di sini setelah terbit."),
      (20, "humas.dinkes@demo.test", "Setuju. Kecamatan kami minta menautkan dataset itu, bukan menyalin angka.")]),
    (2, "admin.imigrasi@demo.test", "Templat infografis layanan paspor",
     "Kami punya templat infografis ukuran unggahan Instagram dan WhatsApp. Ada instansi lain yang mau memakai?",
     [(5, "pranata.bpbd@demo.test", "BPBD mau, untuk infografis siaga banjir rob.")]),
]  # fmt: skip


def load_demo_channel(forum) -> int:
    """Create the demo announcements and discussions that do not exist yet; returns how many."""
    people = {member.email: member for member in Member.objects.filter(email__endswith="@demo.test")}
    now, created = timezone.now(), 0
    for days, author, title, body, audience in ANNOUNCEMENTS:
        if author not in people or Announcement.objects.filter(forum=forum, title=title).exists():
            continue
        item = announcements.publish(forum, people[author], title, body, audience)
        Announcement.objects.filter(pk=item.pk).update(created_at=now - dt.timedelta(days=days))
        created += 1
    for days, author, title, body, replies in THREADS:
        if author not in people or Thread.objects.filter(forum=forum, title=title).exists():
            continue
        started = now - dt.timedelta(days=days)
        thread = threads.start(forum, people[author], title, body)
        last = started
        for hours, who, text in replies:
            if who in people:
                post = threads.reply(thread, people[who], text)
                last = started + dt.timedelta(hours=hours)
                Reply.objects.filter(pk=post.pk).update(created_at=last)
        Thread.objects.filter(pk=thread.pk).update(created_at=started, last_activity_at=last)
        created += 1
    return created
