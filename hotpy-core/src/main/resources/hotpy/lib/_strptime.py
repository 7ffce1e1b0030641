"""time.strptime, parsed by datetime's parser (the common directives, in the C locale)."""

import time
from datetime import _strptime, date

__all__ = []


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """A time.struct_time for data_string parsed with format; tm_isdst is -1 (unknown)."""
    year, month, day, hour, minute, second, _micro, _tz = _strptime(data_string, format)
    d = date(year, month, day)
    return time.struct_time((year, month, day, hour, minute, second, d.weekday(),
                             d.toordinal() - date(year, 1, 1).toordinal() + 1, -1))
