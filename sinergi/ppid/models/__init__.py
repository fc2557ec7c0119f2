from sinergi.ppid.models.calendar import CalendarSettings, DeadlineRule, LocalDayOff, Step
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
    "RequestStatus",
    "RequesterType",
    "Step",
]
