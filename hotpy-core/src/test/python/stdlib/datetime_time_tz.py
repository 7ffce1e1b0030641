# datetime.time, timezone and tzinfo subclasses: offsets, naive/aware rules, conversions.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t = time(12, 30, 15, 500)
print(t, repr(t), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(t.isoformat(), t.isoformat("minutes"), t.isoformat(timespec="milliseconds"), t.strftime("%H-%M-%S %f %p %I"), format(t, "%H"), bool(time()))
print(t.replace(hour=1), t.replace(tzinfo=timezone.utc), time(23, 59, 59, 999999) > t, time(1) == time(1, 0), hash(time(1)) == hash(time(1, 0)))
for bad in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 10 ** 6), lambda: time(fold=2),
            lambda: time(tzinfo=1), lambda: time(1, tzinfo=timezone.utc) < time(1), lambda: time(-1)]:
    show(bad)
print(time(1, tzinfo=timezone.utc) == time(1), time(12, tzinfo=timezone(timedelta(hours=2))) == time(10, tzinfo=timezone.utc))
print(time.fromisoformat("10:20:30,5"), time.fromisoformat("T10:20"), time.fromisoformat("10:20:30.123456+01:00"), time.fromisoformat("102030"))
show(lambda: time.fromisoformat("25:00"))
print(repr(time(1, tzinfo=timezone.utc)), time(1, tzinfo=timezone(timedelta(minutes=-90))), time.min, time.max, time.resolution)

print(repr(timezone.utc), repr(UTC), UTC is timezone.utc, str(timezone.utc), repr(timezone(timedelta(hours=1))), str(timezone(timedelta(hours=1))))
print(repr(timezone(timedelta(hours=-5, minutes=-30), "X")), str(timezone(timedelta(hours=-5, minutes=-30))), repr(timezone(timedelta(0))))
print(str(timezone(timedelta(seconds=5))), str(timezone(timedelta(microseconds=-1))), timezone.min, timezone.max, timezone(timedelta(hours=3), "EEST"))
for bad in [lambda: timezone(timedelta(hours=24)), lambda: timezone(1), lambda: timezone(timedelta(hours=1), 3),
            lambda: timezone.utc.utcoffset(5), lambda: timezone.utc.fromutc(datetime(2024, 1, 1))]:
    show(bad)
tz = timezone(timedelta(hours=5, minutes=30), "IST")
print(tz.utcoffset(None), tz.tzname(None), tz.dst(None), tz == timezone(timedelta(hours=5, minutes=30)), hash(tz) == hash(timezone(timedelta(hours=5, minutes=30))))
aware = datetime(2024, 3, 10, 8, 0, tzinfo=tz)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.dst(), aware.astimezone(timezone.utc), aware.astimezone(timezone(timedelta(hours=-8))))
print(aware.isoformat(), aware.strftime("%z %Z %H:%M"), aware.timestamp(), aware.utctimetuple()[:6], aware.timetuple().tm_isdst)
print(aware == datetime(2024, 3, 10, 2, 30, tzinfo=timezone.utc), aware - datetime(2024, 3, 10, tzinfo=timezone.utc), hash(aware) == hash(aware.astimezone(timezone.utc)))
for bad in [lambda: aware - datetime(2024, 1, 1), lambda: aware < datetime(2024, 1, 1), lambda: datetime(2024, 1, 1).astimezone(5)]:
    show(bad)
print(aware == datetime(2024, 1, 1), aware != datetime(2024, 1, 1))


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7


est = Fixed(-5, "EST")
e = datetime(2024, 6, 1, 12, tzinfo=est)
print(e, e.tzname(), e.utcoffset(), e.dst(), e.astimezone(timezone.utc), e.astimezone(Fixed(9, "JST")), e.strftime("%Z %z"))
print(datetime(2024, 6, 1, 17, tzinfo=timezone.utc).astimezone(est), e.timetuple().tm_isdst, time(3, tzinfo=est).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad()).utcoffset())
show(lambda: datetime(2024, 1, 1, tzinfo=Bad()).tzname())
show(lambda: tzinfo().utcoffset(None))
show(lambda: est.fromutc(datetime(2024, 1, 1)))
print(est.fromutc(datetime(2024, 1, 1, 12, tzinfo=est)))
dates = [datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=h))) for h in (-3, 0, 3)]
print(sorted(dates), max(dates).utcoffset(), [d.astimezone(timezone.utc).hour for d in dates])
print(datetime(2024, 1, 1, 23, tzinfo=timezone.utc) + timedelta(hours=2), datetime.fromtimestamp(86400 * 365, tz=tz))
