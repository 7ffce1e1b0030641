# datetime.date and datetime.datetime: construction, arithmetic, calendar methods, formatting.
from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dtmod


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d.isocalendar().week, tuple(d.isocalendar()), d.timetuple(), d.timetuple().tm_yday, d.replace(day=1), d.replace(year=2023, day=28))
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date(2000, 1, 1) - d, d + timedelta(hours=47))
print(date.fromordinal(1), date.fromordinal(738000), date.fromordinal(3652059), date.min, date.max, date.resolution)
for iso in ["2024-01-05", "20240105", "2024-W03-2", "2024W032", "2024-W01", "2020-W53-7", "2024-1-5", "2024-01-5", "x", "2024-13-01", "2021-W53-1"]:
    show(lambda: date.fromisoformat(iso))
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2021, 1, 8))
for bad in [lambda: date(0, 1, 1), lambda: date(2024, 13, 1), lambda: date(2023, 2, 29), lambda: date(2024, 1.5, 1),
            lambda: date("2024", 1, 1), lambda: date(2024), lambda: date(10000, 1, 1), lambda: date.max + timedelta(1),
            lambda: date.min - timedelta(1), lambda: date.fromordinal(0), lambda: date(2024, 1, 1) < datetime(2024, 1, 1),
            lambda: datetime(2024, 1, 1) < date(2024, 1, 1)]:
    show(bad)
print(date(2024, 1, 1) == datetime(2024, 1, 1), date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), hash(d) == hash(date(2024, 2, 29)))
years = [1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999]
print([(y, date(y, 12, 31).timetuple().tm_yday, date(y, 12, 31).isocalendar()[1]) for y in years])
print([date(2024, m, 1).strftime("%a %b %j %U %W %G-%V-%u") for m in range(1, 13)])
for n in (1, 2, 59, 60, 365, 366, 367, 146097, 146098, 730120, 3652059):
    print(n, date.fromordinal(n), date.fromordinal(n).toordinal() == n)

dt = datetime(2024, 1, 15, 12, 30, 45, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.timetz(), dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 1, 15)), repr(datetime(2024, 1, 15, 1)), repr(datetime(2024, 1, 15, 1, 2, 3)), repr(datetime(2024, 1, 15, 0, 0, 0, 5)))
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), dt.isoformat(timespec="milliseconds"), dt.isoformat(sep="_", timespec="hours"))
show(lambda: dt.isoformat(timespec="bogus"))
print(dt.strftime("%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %z %Z %j %U %W %c %x %X %% %G %u %V %Q %e %D %F %T"))
print(format(dt, "%Y/%m/%d"), format(dt, ""), f"{dt:%H:%M}", f"{d:%d.%m.%Y}", dt.ctime(), datetime(2024, 1, 5, 1, 2, 3).ctime())
print(dt + timedelta(days=20, hours=12), dt - timedelta(weeks=3), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(datetime.combine(d, time(8, 15)), datetime.combine(d, time(8, tzinfo=timezone.utc)), datetime.combine(d, time(8), tzinfo=timezone.utc))
print(dt.replace(year=2020, microsecond=0), dt.replace(tzinfo=timezone.utc), dt.timetuple(), dt.weekday(), dt.toordinal())
print(datetime.min, datetime.max, datetime.resolution, dt > datetime(2024, 1, 15), dt == dt.replace(), sorted([dt, datetime(2000, 1, 1)]))
for iso in ["2024-01-05T10:20:30.123+05:30", "2024-01-05 10", "2024-01-05T10:20:30Z", "2024-01-05T1020", "x", "2024-01-05T10:20:30.1234567",
            "2024-01-05", "2024-01-05T10:20:30-03:00", "2024-01-05T10:20:30+00:00", "2024-W03-2T10:00", "20240105T102030", "2024-01-05T25:00",
            "2024-01-05T10:20:30.5", "2024-01-05T10:20:30,25", "2024-01-05T10:20:30+0530", "2024-01-05T10:20:30+05"]:
    show(lambda: datetime.fromisoformat(iso))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1.5), datetime.fromtimestamp(1700000000.25, timezone.utc))
print(datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp(), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2))).timestamp())
show(lambda: datetime.fromtimestamp(1e20, timezone.utc))
print(datetime.strptime("2024-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), datetime.strptime("04/Mar/24 5PM", "%d/%b/%y %I%p"))
print(datetime.strptime("2024-03-04T05:06:07.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z"), datetime.strptime("Monday 1 January 2001", "%A %d %B %Y"))
show(lambda: datetime.strptime("2024-03-04", "%Y/%m/%d"))
show(lambda: datetime.strptime("2024-03-04 extra", "%Y-%m-%d"))
print(isinstance(dt, date), issubclass(datetime, date), dtmod.MINYEAR, dtmod.MAXYEAR, sorted(dtmod.__all__))
now = datetime.now()
print(type(now).__name__, now.year >= 2024, isinstance(date.today(), date), datetime.now(timezone.utc).tzinfo, type(datetime.utcnow()).__name__)
