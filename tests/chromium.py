"""Where the browser tests find Chromium: an environment variable, else Debian's.

``CHROMIUM_PATH`` (or Playwright's own ``PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH``) names the
executable, e.g. a Chromium from Homebrew or a snap; without either, ``/usr/bin/chromium``
or a ``chromium`` on the PATH. Playwright never downloads a browser here.
"""

import os
import shutil

DEBIAN_CHROMIUM = "/usr/bin/chromium"
ENVIRONMENT_VARIABLES = ("CHROMIUM_PATH", "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH")


class ChromiumMissing(Exception):
    """No usable Chromium; the message says what to set or install."""


def find_chromium(environ=os.environ) -> str:
    for name in ENVIRONMENT_VARIABLES:
        value = environ.get(name)
        if value:
            if os.path.isfile(value) and os.access(value, os.X_OK):
                return value
            raise ChromiumMissing(f"{name}={value} is not an executable file")
    if os.path.exists(DEBIAN_CHROMIUM):
        return DEBIAN_CHROMIUM
    found = shutil.which("chromium", path=environ.get("PATH"))
    if found:
        return found
    raise ChromiumMissing(
        f"no Chromium: set CHROMIUM_PATH, or install {DEBIAN_CHROMIUM} (apt-get install chromium)"
    )
