# datetime: timedelta arithmetic and forms, date, time, datetime, timezone, ISO formats, strftime/strptime, errors.
from datetime import date, time, datetime, timedelta, timezone
import datetime as dtmod
print(timedelta(days=1, hours=2), timedelta(seconds=-1), repr(timedelta(0)), repr(timedelta(days=1, seconds=5, microseconds=7)))
print(timedelta(hours=1.5), timedelta(milliseconds=1.5), timedelta(weeks=1) / timedelta(days=1), timedelta(days=1) // 3)
print(timedelta(1) * 2.5, -timedelta(hours=3), abs(timedelta(-1)), timedelta(1).total_seconds(), divmod(timedelta(days=1), timedelta(hours=5)))
print(str(timedelta(days=2, microseconds=1)), str(timedelta(days=-2, hours=3)), timedelta.max, timedelta.min, bool(timedelta(0)))
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2024, 1, 1), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d.replace(day=1), d.strftime("%Y/%m/%d %A %B %j"), d.ctime(), date.fromordinal(738000), date.fromisoformat("2023-12-31"))
print(format(d, "%d.%m.%Y"), f"{d:%b %d}", date(2020, 1, 1) < date(2020, 1, 2), date.min, date.max, hash(d) == hash(date(2024, 2, 28)))
t = time(13, 5, 9, 123)
print(t, repr(t), t.isoformat("minutes"), t.isoformat("milliseconds"), time(1, 2), repr(time(1, 2)), t.strftime("%H:%M:%S.%f"))
dt = datetime(2024, 3, 10, 14, 30, 15, 250000)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time(), dt + timedelta(hours=12))
print(dt - datetime(2024, 1, 1), dt.replace(year=2000), dt.timetuple().tm_yday, dt.weekday(), dt.ctime(), dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"))
aware = datetime(2024, 3, 10, 14, 30, tzinfo=timezone.utc)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.timestamp(), aware.isoformat())
tz5 = timezone(timedelta(hours=5, minutes=30))
print(tz5, repr(tz5), aware.astimezone(tz5), repr(timezone(timedelta(hours=-3), "BRT")), timezone.utc, dtmod.UTC is timezone.utc)
print(aware == aware.astimezone(tz5), aware - aware.astimezone(tz5), aware.strftime("%z %Z"))
try:
    aware < dt
except TypeError as e:
    print(e)
print(datetime.fromisoformat("2024-03-10T14:30:15.250000+05:30"), datetime.fromisoformat("2024-03-10"), datetime.fromisoformat("2024-03-10 01:02"))
print(datetime.strptime("2024-03-10 14:30:15", "%Y-%m-%d %H:%M:%S"), datetime.strptime("10 Mar 2024 2:05 PM", "%d %b %Y %I:%M %p"))
print(datetime.strptime("2024-03-10T14:30:15.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z"))
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 13, 1), lambda: time(24), lambda: date.fromisoformat("2024-1-1"),
            lambda: datetime.strptime("2024", "%Y-%m"), lambda: timedelta(days=1e10)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5))
print(datetime.combine(date(2020, 5, 17), time(8, 0)), sorted([date(2021, 1, 1), date(2020, 1, 1)]), max(timedelta(1), timedelta(2)))
now = datetime.now()
print(type(now).__name__, abs((datetime.now() - now).total_seconds()) < 5, date.today().year >= 2024)
print(dt.min, dt.max, datetime.resolution, isinstance(dt, date), issubclass(datetime, date))
