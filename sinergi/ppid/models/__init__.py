from sinergi.ppid.models.calendar import CalendarSettings, DeadlineRule, LocalDayOff, Step
from sinergi.ppid.models.event import RequestAction, RequestEvent
from sinergi.ppid.models.request import (
    Channel,
    Delivery,
    InformationRequest,
    RequesterType,
    RequestStatus,
)

__all__ = [
    "CalendarSettings",
    "Channel",
    "DeadlineRule",
    "Delivery",
    "InformationRequest",
    "LocalDayOff",
    "RequestAction",
    "RequestEvent",
    "RequestStatus",
    "RequesterType",
    "Step",
]
