"""Member units (成员单位), their contacts, committees and history.

``choices`` holds the fixed vocabularies (levels, unit types, statuses);
``units`` and ``contacts`` the services a clerk's actions call; ``committees``
the ten professional committees and their lead units; ``queries`` the filtered,
sorted lists behind the tables.
"""
