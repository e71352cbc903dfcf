"""The resident's journey through a procedure, without Qt: pages, answers reused, what to send.

The window and its screens show a :class:`Journey` and forward input to it;
tests drive it with no widget at all.
"""

from kiosk.journey._journey import Journey, Submission
from kiosk.journey._pages import PAGE_BUDGET, JourneyPage, pages_of
from kiosk.journey._people import card_answers, place_address, requester_as
from kiosk.journey._session import Session

__all__ = [
    "PAGE_BUDGET",
    "Journey",
    "JourneyPage",
    "Session",
    "Submission",
    "card_answers",
    "pages_of",
    "place_address",
    "requester_as",
]
