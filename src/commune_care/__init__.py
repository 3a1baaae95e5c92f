"""commune_care — quản lý trẻ em và bảo vệ trẻ em cấp xã."""

import time

__version__ = "0.1.0"

# The earliest moment the app can see: the start-up time it reports is counted from here.
STARTED_AT = time.perf_counter()
