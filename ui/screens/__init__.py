"""The kiosk's screens: each renders state and emits intents; none calls a service."""

from ui.screens._catalog import CatalogScreen
from ui.screens._consent import ConsentScreen
from ui.screens._feedback import FeedbackScreen
from ui.screens._home import HomeScreen
from ui.screens._intro import IntroScreen
from ui.screens._lookup import LookupScreen
from ui.screens._receipt import ReceiptScreen
from ui.screens._review import ReviewScreen
from ui.screens._staff import StaffScreen
from ui.screens._wizard import WizardScreen

__all__ = [
    "CatalogScreen",
    "ConsentScreen",
    "FeedbackScreen",
    "HomeScreen",
    "IntroScreen",
    "LookupScreen",
    "ReceiptScreen",
    "ReviewScreen",
    "StaffScreen",
    "WizardScreen",
]
