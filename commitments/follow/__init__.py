"""Follow by e-mail: a reader follows a commitment, a ministry, a committee or a search.

No account, only an address: double opt-in (``views``), a daily digest (``digest``, run by
``manage.py send_follow_digest``) and an unsubscribe link in every message that deletes the
address. See docs/follow.md.
"""
