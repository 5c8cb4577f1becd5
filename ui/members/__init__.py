"""The 成员单位 module: list of member units, filters, the unit editor."""
