"""Tell the server the worker is alive while one long answer is being written.

gunicorn's sync workers are killed when silent for ``timeout`` seconds, and a worker busy
with one request is silent: a full bulk export (a million rows, about a minute) would be cut
off. ``gunicorn.conf.py`` puts the worker's heartbeat here; streamed exports call
``notify()`` after each block they hand over, so a worker that is making progress lives and
a stuck one is still killed. Outside gunicorn this does nothing.
"""


def _nothing():
    pass


notify = _nothing


def attach(heartbeat):
    global notify
    notify = heartbeat
