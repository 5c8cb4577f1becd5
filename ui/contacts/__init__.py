"""The 联系人 module: every contact of every unit, and the contact editor."""
