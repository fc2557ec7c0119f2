from sinergi.ppid.models.access_logs import PersonalDataAccess, StatusCheckFailure
from sinergi.ppid.models.calendar import CalendarSettings, DeadlineRule, LocalDayOff, Step
from sinergi.ppid.models.charter import ServiceCharter
from sinergi.ppid.models.document import DocumentDownload, NoticeDocument
from sinergi.ppid.models.event import OverviewSent, RequestAction, RequestEvent
from sinergi.ppid.models.letter import IssuedLetter, LetterKind
from sinergi.ppid.models.notice import Decision, DeliveryState, HandOver, Held, WrittenNotice
from sinergi.ppid.models.objection import (
    Dispute,
    DisputeResult,
    DisputeStage,
    Objection,
    ObjectionChannel,
    ObjectionGround,
    ObjectionOutcome,
    ObjectionStatus,
)
from sinergi.ppid.models.public_body import PublicBody, PublicBodyKind, PublicBodyUnit
from sinergi.ppid.models.registers import Availability, DikEntry, DipEntry
from sinergi.ppid.models.report import AnnualReport
from sinergi.ppid.models.request import (
    DESK_CHANNELS,
    Channel,
    Delivery,
    InformationRequest,
    RequesterType,
    RequestStatus,
)

__all__ = [
    "AnnualReport",
    "Availability",
    "DikEntry",
    "DipEntry",
    "CalendarSettings",
    "Channel",
    "DESK_CHANNELS",
    "Decision",
    "Held",
    "DeadlineRule",
    "Delivery",
    "DeliveryState",
    "HandOver",
    "Dispute",
    "DocumentDownload",
    "DisputeResult",
    "DisputeStage",
    "InformationRequest",
    "IssuedLetter",
    "LetterKind",
    "LocalDayOff",
    "NoticeDocument",
    "Objection",
    "OverviewSent",
    "ObjectionChannel",
    "ObjectionGround",
    "ObjectionOutcome",
    "ObjectionStatus",
    "PersonalDataAccess",
    "PublicBody",
    "PublicBodyKind",
    "PublicBodyUnit",
    "RequestAction",
    "RequestEvent",
    "RequestStatus",
    "RequesterType",
    "ServiceCharter",
    "StatusCheckFailure",
    "Step",
    "WrittenNotice",
]
