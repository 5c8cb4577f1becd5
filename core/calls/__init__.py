"""Calls for nominations (征集): the expert group, the standards group and new members;
the nominations and applications they bring, their review, and the expert pool and the
standards group roster that approvals fill."""
