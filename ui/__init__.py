"""The Qt user interface: thin views and dialogs over the core's functions.

Widgets never run SQL: they call core services and show what they return. Text
from the database is always shown as plain text.
"""
