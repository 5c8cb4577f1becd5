"""Calls for nominations (征集), their nominations and applications, the expert pool and the standards roster."""
