"""Import and export of member lists (Excel, CSV)."""
