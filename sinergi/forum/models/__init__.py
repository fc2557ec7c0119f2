"""The forum and who is in it: agencies, their social accounts, members and their roles; its channel."""

from sinergi.forum.models.agency import Agency, AgencyKind, SocialAccount, SocialPlatform
from sinergi.forum.models.channel import Announcement, AnnouncementReceipt, DigestSent, Mention, Reply, Thread
from sinergi.forum.models.directory_import import DirectoryImport
from sinergi.forum.models.forum import Forum
from sinergi.forum.models.member import AgencyRole, ForumRole, Invitation, Member
from sinergi.forum.models.roles import AgencyRoleKind, ForumRoleKind
from sinergi.forum.models.sign_in import SignInFailure

__all__ = [
    "SignInFailure",
    "Agency",
    "Announcement",
    "AnnouncementReceipt",
    "DigestSent",
    "DirectoryImport",
    "AgencyKind",
    "AgencyRole",
    "AgencyRoleKind",
    "Forum",
    "ForumRole",
    "ForumRoleKind",
    "Invitation",
    "Member",
    "Mention",
    "Reply",
    "SocialAccount",
    "SocialPlatform",
    "Thread",
]
